using Osby.TeamsBot.Api;
using Osby.TeamsBot.Storage;

namespace Osby.TeamsBot.Hosting;

/// <summary>The whole bot composed in one place, for <c>Program.cs</c> and for anything that hosts it the same way (the benchmarks).</summary>
internal static class OsbyApplication
{
    /// <summary>Registers every service of the bot: answers, storage, the Teams bot, health checks, the item API, digests,
    /// delivery and reminders.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddOsbyTeamsBot(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services
            .AddOsbyAnswers()
            .AddOsbyStorage()
            .AddOsbyBot()
            .AddOsbyHealthChecks()
            .AddOsbyItemApi()
            .AddOsbyDigests()
            .AddOsbyDelivery()
            .AddOsbyReminders();
    }

    /// <summary>Maps the bot's endpoints: <c>/api/messages</c>, health, and the item API with its OpenAPI document.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The same application.</returns>
    public static WebApplication MapOsbyTeamsBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOsbyBotEndpoints();
        app.MapOsbyItemApi();
        return app;
    }
}
