using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Osby.TeamsBot.Hosting;

namespace Osby.TeamsBot.Benchmarks.Stored;

/// <summary>The bot's application composed as <c>Program.cs</c> composes it, on a seeded database and the benchmark
/// mailbox directory, with the clock standing still at <see cref="BenchmarkDatabase.Now"/>.</summary>
internal static class BenchmarkBotHost
{
    /// <summary>Builds (does not start) the bot's application.</summary>
    /// <param name="databasePath">The seeded database.</param>
    /// <returns>The application.</returns>
    public static WebApplication Build(string databasePath)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            "--Osby:Storage:Path", databasePath,
            "--Osby:MailboxDirectory:Path", BenchmarkDatabase.DirectoryPath,
        ]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // Registered before AddOsbyTeamsBot, whose TryAdd (in AddOsbyAnswers) then keeps it: every service reads this clock.
        builder.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(BenchmarkDatabase.Now.ToDateTimeOffset()));
        builder.Services.AddOsbyTeamsBot();

        WebApplication app = builder.Build();
        app.MapOsbyTeamsBot();
        return app;
    }

    /// <summary>A clock that stands still; timers run on the system's.</summary>
    /// <param name="now">The time it shows.</param>
    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
