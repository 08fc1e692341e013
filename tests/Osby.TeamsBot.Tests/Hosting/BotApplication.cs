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

/// <summary>The bot in memory, with optional configuration and service overrides, on a database of its own; one per test.</summary>
/// <remarks>Each instance stores in a new SQLite file under the temporary folder (<see cref="DatabasePath"/>), deleted on
/// dispose, so tests never touch the user's data folder and never share a database. A test may still set
/// <c>Osby:Storage:Path</c> in <c>settings</c>.</remarks>
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

    /// <summary>Gets the folder of this instance's database, under the temporary folder.</summary>
    public string DatabaseFolder { get; } = Path.Combine(Path.GetTempPath(), "osby-teamsbot-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Gets the SQLite file the bot stores in (unless the settings name another).</summary>
    public string DatabasePath => Path.Combine(DatabaseFolder, "osby-teamsbot.db");

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

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Storage.TestDatabase.Delete(DatabaseFolder, DatabasePath);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Osby:Storage:Path"] = DatabasePath }));
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
