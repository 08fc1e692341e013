namespace Osby.TeamsBot.Hosting;

/// <summary>Makes the bot listen on the Bot Framework's customary local URL unless told otherwise.</summary>
internal static class DefaultUrlExtensions
{
    /// <summary>The URL the Bot Framework Emulator, the Agents Playground and the samples expect.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>
    /// Listens on <see cref="DefaultUrl"/> when no URL, port or Kestrel endpoint is configured.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <remarks>
    /// A <c>"Urls"</c> entry in appsettings.json would do the same for <c>dotnet run</c>, but it
    /// also silently beats <c>ASPNETCORE_URLS</c> and <c>ASPNETCORE_HTTP_PORTS</c> (which hosting
    /// platforms and container images set), because appsettings.json is read after the
    /// <c>ASPNETCORE_</c> environment variables. So the default applies only when none of
    /// <c>urls</c>, <c>http_ports</c>, <c>https_ports</c> and <c>Kestrel:Endpoints</c> is set,
    /// from any source.
    /// </remarks>
    public static WebApplicationBuilder UseDefaultUrlUnlessConfigured(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        var configuration = builder.Configuration;
        var configured =
            !string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey]) ||
            !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey]) ||
            !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey]) ||
            configuration.GetSection("Kestrel:Endpoints").Exists();

        if (!configured)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }
}
