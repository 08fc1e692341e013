using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Osby.TeamsBot.Tests.Hosting;

/// <summary>
/// A Bot Connector stand-in on a loopback port: records the activities the bot sends to
/// <c>/v3/conversations/{id}/activities[/{replyToId}]</c> (POST) and updates there (PUT), creates 1:1 conversations
/// (<c>POST /v3/conversations</c>), and answers like the real service, unless a test scripted the next answers
/// (<see cref="FailNext"/>).
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<SentActivity> sent = new();
    private readonly ConcurrentQueue<SentActivity> updated = new();
    private readonly ConcurrentQueue<string> unexpected = new();
    private readonly ConcurrentDictionary<string, JsonObject> members = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ConnectorRequest> requests = new();
    private readonly ConcurrentQueue<JsonObject> created = new();
    private readonly ConcurrentQueue<ScriptedResponse> script = new();
    private readonly ConcurrentQueue<SentActivity> held = new();
    private readonly CancellationTokenSource release = new();
    private volatile bool holdActivityPosts;
    private int nextId;
    private int nextConversation;
    private int memberLookups;

    private FakeConnector()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        app = builder.Build();

        app.Use(async (context, next) =>
        {
            requests.Enqueue(new ConnectorRequest(context.Request.Method, Uri.UnescapeDataString(context.Request.Path.Value ?? string.Empty), Clock?.GetUtcNow()));
            if (script.TryDequeue(out var scripted))
            {
                await scripted.WriteAsync(context.Response).ConfigureAwait(false);
                return;
            }

            if (holdActivityPosts && HttpMethods.IsPost(context.Request.Method) && IsActivityPath(context.Request.Path.Value))
            {
                await HoldAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        app.UseRouting();
        app.MapPost(
            "/v3/conversations",
            async (HttpRequest request) =>
            {
                var parameters = (await JsonNode.ParseAsync(request.Body).ConfigureAwait(false))!.AsObject();
                created.Enqueue(parameters);
                return Results.Json(new JsonObject { ["id"] = $"a:new-{Interlocked.Increment(ref nextConversation)}" }, statusCode: StatusCodes.Status201Created);
            });
        app.MapPost(
            "/v3/conversations/{conversationId}/activities/{replyToId?}",
            async (string conversationId, string? replyToId, HttpRequest request) =>
            {
                var activity = (await JsonNode.ParseAsync(request.Body).ConfigureAwait(false))!.AsObject();
                string id = $"fake-{Interlocked.Increment(ref nextId)}";
                sent.Enqueue(new SentActivity(conversationId, replyToId, request.Headers.Authorization.ToString(), activity) { Id = id });
                return Results.Json(new JsonObject { ["id"] = id });
            });
        app.MapPut(
            "/v3/conversations/{conversationId}/activities/{activityId}",
            async (string conversationId, string activityId, HttpRequest request) =>
            {
                var activity = (await JsonNode.ParseAsync(request.Body).ConfigureAwait(false))!.AsObject();
                updated.Enqueue(new SentActivity(conversationId, activityId, request.Headers.Authorization.ToString(), activity));
                return Results.Json(new JsonObject { ["id"] = activityId });
            });
        app.MapGet(
            "/v3/conversations/{conversationId}/members/{userId}",
            (string conversationId, string userId) =>
            {
                Interlocked.Increment(ref memberLookups);
                return FindMember(userId) is { } member
                    ? Results.Json(member)
                    : Results.Json(
                        new JsonObject { ["error"] = new JsonObject { ["code"] = "MemberNotFoundInConversation", ["message"] = "The member is not in the conversation." } },
                        statusCode: StatusCodes.Status404NotFound);
            });
        app.MapGet(
            "/v3/conversations/{conversationId}/pagedmembers",
            (string conversationId, int? pageSize, string? continuationToken) =>
            {
                var all = members.Values.OrderBy(m => (string?)m["id"], StringComparer.Ordinal).ToList();
                int start = int.TryParse(continuationToken, out int token) ? token : 0;
                int size = pageSize is > 0 ? pageSize.Value : 200;
                var page = new JsonArray([.. all.Skip(start).Take(size).Select(m => (JsonNode)m.DeepClone())]);
                var result = new JsonObject { ["members"] = page };
                if (start + size < all.Count)
                {
                    result["continuationToken"] = (start + size).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return Results.Json(result);
            });
        app.Map(
            "/{**path}",
            (HttpRequest request) =>
            {
                unexpected.Enqueue($"{request.Method} {request.Path}");
                return Results.NotFound();
            });
    }

    /// <summary>Gets the URL to put in an activity's <c>serviceUrl</c>.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Gets the activities the bot has sent, in order.</summary>
    public IReadOnlyList<SentActivity> Sent => [.. sent];

    /// <summary>Gets the activities the bot has updated in place (PUT), in order; <see cref="SentActivity.ReplyToId"/> is the updated activity's id.</summary>
    public IReadOnlyList<SentActivity> Updated => [.. updated];

    /// <summary>Gets the requests that were not an activity post ("METHOD path").</summary>
    public IReadOnlyList<string> UnexpectedRequests => [.. unexpected];

    /// <summary>Gets or sets the clock that stamps <see cref="Requests"/> (the bot's fake time); unstamped when null.</summary>
    public TimeProvider? Clock { get; set; }

    /// <summary>Gets every request received, scripted answers included, in order.</summary>
    public IReadOnlyList<ConnectorRequest> Requests => [.. requests];

    /// <summary>Gets the parameters of the conversations created (<c>POST /v3/conversations</c>), in order; each got the id <c>a:new-1</c>, <c>a:new-2</c>, ….</summary>
    public IReadOnlyList<JsonObject> CreatedConversations => [.. created];

    /// <summary>Answers the next <paramref name="count"/> requests, whatever they are, with an error instead of serving them.</summary>
    /// <param name="count">How many requests.</param>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="code">The error code in the body (<c>{ "error": { "code": …, "message": … } }</c>).</param>
    /// <param name="retryAfter">The <c>Retry-After</c> header, if any (seconds or an HTTP date).</param>
    public void FailNext(int count, int status, string code, string? retryAfter = null)
    {
        for (int i = 0; i < count; i++)
        {
            script.Enqueue(new ScriptedResponse(status, code, retryAfter));
        }
    }

    /// <summary>Gets or sets a value indicating whether activity posts are held: received (see <see cref="Held"/>) but never
    /// answered and never delivered, until the client gives up, <see cref="ReleaseHeld"/> is called or the connector is
    /// disposed; then they end unanswered (a broken connection). Off by default; turning it off affects later posts only.</summary>
    public bool HoldActivityPosts
    {
        get => holdActivityPosts;
        set => holdActivityPosts = value;
    }

    /// <summary>Gets the activity posts received while <see cref="HoldActivityPosts"/> was on, in order: none of them was delivered.</summary>
    public IReadOnlyList<SentActivity> Held => [.. held];

    /// <summary>Ends every held post without an answer (the connection is aborted).</summary>
    public void ReleaseHeld() => release.Cancel();

    /// <summary>Counts the messages delivered (answered with an id) to a conversation: posts held and never answered are not counted.</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <returns>How many activities were delivered there.</returns>
    public int DeliveredTo(string conversationId) => sent.Count(a => string.Equals(a.ConversationId, conversationId, StringComparison.Ordinal));

    /// <summary>Gets how many times a single member was looked up (<c>GetMemberAsync</c>).</summary>
    public int MemberLookups => Volatile.Read(ref memberLookups);

    /// <summary>Adds a member to the roster that <c>GetMemberAsync</c> and <c>GetPagedMembersAsync</c> read (any conversation).</summary>
    /// <param name="user">The member.</param>
    public void AddMember(TestUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        members[user.TeamsId] = new JsonObject
        {
            ["id"] = user.TeamsId,
            ["name"] = user.Name,
            ["aadObjectId"] = user.AadObjectId,
            ["email"] = user.Email,
            ["userPrincipalName"] = user.Email,
            ["tenantId"] = TeamsActivities.TenantId,
            ["userRole"] = "user",
        };
    }

    private JsonObject? FindMember(string id) =>
        members.Values.FirstOrDefault(m => new[] { (string?)m["id"], (string?)m["aadObjectId"], (string?)m["userPrincipalName"] }
            .Any(v => string.Equals(v, Uri.UnescapeDataString(id), StringComparison.OrdinalIgnoreCase)))?.DeepClone().AsObject();

    /// <summary>Starts a connector on a free loopback port.</summary>
    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        await connector.app.StartAsync().ConfigureAwait(false);
        connector.ServiceUrl = new Uri(connector.app.Urls.Single().TrimEnd('/') + "/");
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await release.CancelAsync().ConfigureAwait(false);
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        release.Dispose();
    }

    private static bool IsActivityPath(string? path)
    {
        string[] parts = (path ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length is 4 or 5 && parts[0] == "v3" && parts[1] == "conversations" && parts[3] == "activities";
    }

    private async Task HoldAsync(HttpContext context)
    {
        var activity = (await JsonNode.ParseAsync(context.Request.Body).ConfigureAwait(false))!.AsObject();
        string[] parts = Uri.UnescapeDataString(context.Request.Path.Value!).Split('/', StringSplitOptions.RemoveEmptyEntries);
        held.Enqueue(new SentActivity(parts[2], parts.Length == 5 ? parts[4] : null, context.Request.Headers.Authorization.ToString(), activity));
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, release.Token);
        try
        {
            await Task.Delay(Timeout.Infinite, ended.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Released, disposed or abandoned by the client: end without an answer.
        }

        context.Abort();
    }
}

/// <summary>A request the fake connector received.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, decoded.</param>
/// <param name="At">When it arrived on <see cref="FakeConnector.Clock"/>, if set.</param>
internal sealed record ConnectorRequest(string Method, string Path, DateTimeOffset? At);

/// <summary>An error answer the fake connector gives instead of serving a request.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Code">The error code in the body.</param>
/// <param name="RetryAfter">The <c>Retry-After</c> header, if any.</param>
internal sealed record ScriptedResponse(int Status, string Code, string? RetryAfter)
{
    /// <summary>Writes the answer.</summary>
    public Task WriteAsync(HttpResponse response)
    {
        response.StatusCode = Status;
        if (RetryAfter is not null)
        {
            response.Headers.RetryAfter = RetryAfter;
        }

        return response.WriteAsJsonAsync(new JsonObject { ["error"] = new JsonObject { ["code"] = Code, ["message"] = $"Scripted {Status} {Code}." } });
    }
}

/// <summary>An activity the bot sent to the fake connector.</summary>
/// <param name="ConversationId">The conversation id in the URL, decoded.</param>
/// <param name="ReplyToId">The activity id replied to, or null for a new message.</param>
/// <param name="Authorization">The Authorization header, empty if none.</param>
/// <param name="Activity">The activity JSON as sent.</param>
internal sealed record SentActivity(string ConversationId, string? ReplyToId, string Authorization, JsonObject Activity)
{
    /// <summary>Gets the activity's <c>type</c>.</summary>
    public string? Type => (string?)Activity["type"];

    /// <summary>Gets the activity's <c>text</c>.</summary>
    public string? Text => (string?)Activity["text"];

    /// <summary>Gets the id the connector gave a sent message (for an update, the updated message's id is <see cref="ReplyToId"/>).</summary>
    public string? Id { get; init; }
}
