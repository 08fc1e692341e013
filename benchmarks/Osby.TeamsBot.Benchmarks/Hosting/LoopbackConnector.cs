using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Osby.TeamsBot.Benchmarks.Hosting;

/// <summary>
/// A Bot Connector stand-in on a random loopback port that accepts the bots' replies as fast as it can:
/// <c>POST /v3/conversations/{id}/activities[/{replyToId}]</c> is drained and answered <c>{"id":"reply-N"}</c>.
/// </summary>
/// <remarks>It counts replies and any other request, so a run can check that every message got its reply.</remarks>
internal sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private long replies;
    private long unexpected;

    private LoopbackConnector()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        builder.Logging.ClearProviders();
        app = builder.Build();

        app.UseRouting();
        app.MapPost(
            "/v3/conversations/{conversationId}/activities/{replyToId?}",
            async (HttpRequest request) =>
            {
                await request.Body.CopyToAsync(Stream.Null);
                var id = Interlocked.Increment(ref replies);
                return Results.Text($$"""{"id":"reply-{{id}}"}""", "application/json");
            });
        app.Map(
            "/{**path}",
            () =>
            {
                Interlocked.Increment(ref unexpected);
                return Results.NotFound();
            });
    }

    /// <summary>Gets the URL to put in an activity's <c>serviceUrl</c>.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Gets the number of replies received so far.</summary>
    public long Replies => Interlocked.Read(ref replies);

    /// <summary>Gets the number of requests that were not a reply.</summary>
    public long UnexpectedRequests => Interlocked.Read(ref unexpected);

    /// <summary>Starts a connector on a free loopback port.</summary>
    /// <returns>The started connector.</returns>
    public static async Task<LoopbackConnector> StartAsync()
    {
        var connector = new LoopbackConnector();
        await connector.app.StartAsync();
        connector.ServiceUrl = new Uri(connector.app.Urls.Single().TrimEnd('/') + "/");
        return connector;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
