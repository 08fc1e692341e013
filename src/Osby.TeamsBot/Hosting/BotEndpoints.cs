using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace Osby.TeamsBot.Hosting;

/// <summary>Maps the bot's HTTP endpoints.</summary>
internal static class BotEndpoints
{
    /// <summary>The path the Bot Framework channel posts activities to.</summary>
    public const string MessagesPath = "/api/messages";

    /// <summary>The liveness endpoint's path.</summary>
    public const string HealthPath = "/health";

    /// <summary>
    /// Maps <see cref="MessagesPath"/>, which hands each request to the Bot Framework adapter,
    /// and <see cref="HealthPath"/>, which runs the live checks and returns no details.
    /// </summary>
    /// <param name="endpoints">The endpoint route builder.</param>
    /// <returns><paramref name="endpoints"/>, for chaining.</returns>
    public static IEndpointRouteBuilder MapOsbyBotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        // The adapter authenticates the request, runs the turn and writes the response itself.
        endpoints.MapPost(
            MessagesPath,
            (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
                adapter.ProcessAsync(request, response, bot, cancellationToken));

        endpoints.MapHealthChecks(HealthPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(BotServiceCollectionExtensions.LiveTag),
        });

        return endpoints;
    }
}
