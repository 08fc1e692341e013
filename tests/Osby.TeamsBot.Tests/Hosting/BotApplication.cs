using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Osby.TeamsBot.Tests.Hosting;

/// <summary>The bot in memory, with optional configuration and service overrides; one per test.</summary>
/// <param name="settings">Configuration values laid over appsettings.json.</param>
/// <param name="configureServices">Service replacements, applied after the app's own registrations.</param>
/// <param name="now">The bot's current time, Stockholm local; the real clock when null.</param>
internal sealed class BotApplication(
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? configureServices = null,
    LocalDateTime? now = null) : WebApplicationFactory<Program>
{
    /// <summary>Gets the fake time the bot runs on when a <c>now</c> was given.</summary>
    public FakeTimeProvider? Time { get; } = now is { } local
        ? new FakeTimeProvider(local.InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Stockholm"]).ToDateTimeOffset())
        : null;

    /// <summary>Configuration for an Azure Bot registration with made-up credentials.</summary>
    public static IReadOnlyDictionary<string, string?> RegisteredBotSettings { get; } = new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = "7f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppTenantId"] = "0d5a9e2b-7c4f-4a1e-8b3d-6f7e8d9c0b1a",
    };

    /// <summary>Gets the log records written so far.</summary>
    public IReadOnlyList<FakeLogRecord> Logs => Services.GetFakeLogCollector().GetSnapshot();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (settings is not null)
        {
            builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        }

        builder.ConfigureLogging(logging => logging.ClearProviders().AddFakeLogging());
        if (Time is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
        }

        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }
}
