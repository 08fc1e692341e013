using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Osby.TeamsBot.Tests.Hosting;

namespace Osby.TeamsBot.Tests.Api;

/// <summary>The bot in memory with one item API client configured, and helpers to call the API as that client.</summary>
internal static class ItemApiHost
{
    /// <summary>The calling system's name.</summary>
    public const string System = "power-automate-bygglov";

    /// <summary>The calling system's key; its SHA-256 (below) was computed with <c>printf %s KEY | sha256sum</c>.</summary>
    public const string Key = "osby-test-key-power-automate-bygglov-7c1e";

    /// <summary>The SHA-256 of <see cref="Key"/>.</summary>
    public const string KeySha256 = "8c49cce2686e461b50862c8b4ee4d0ad4ae3a22a33804bb94a4c77b39800a626";

    /// <summary>The bot's now in the tests: Monday 30 November 2026, 10:00 in Stockholm.</summary>
    public static readonly LocalDateTime Now = new(2026, 11, 30, 10, 0);

    /// <summary>Starts the bot with the client configured (and any further settings) at <see cref="Now"/>.</summary>
    /// <param name="settings">Further settings, laid over the client's.</param>
    /// <returns>The application; dispose it.</returns>
    public static BotApplication Start(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Osby:Api:Clients:0:System"] = System,
            ["Osby:Api:Clients:0:KeySha256"] = KeySha256,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new BotApplication(all, now: Now);
    }

    /// <summary>Creates a client that sends a key (the configured one by default) and an <c>Accept-Language</c>.</summary>
    /// <param name="app">The application.</param>
    /// <param name="key">The key to send, or null for none.</param>
    /// <param name="acceptLanguage">The <c>Accept-Language</c> header, or null for none.</param>
    /// <returns>The client; dispose it.</returns>
    public static HttpClient Client(BotApplication app, string? key = Key, string? acceptLanguage = null)
    {
        HttpClient client = app.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return client;
    }

    /// <summary>JSON request content.</summary>
    /// <param name="json">The body.</param>
    /// <returns>The content.</returns>
    public static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>A registration body for a mail to bygglov@osby.se on Friday 27 November 2026 at 15:40.</summary>
    /// <param name="externalMessageId">The external message id, or null for none.</param>
    /// <param name="subject">The subject.</param>
    /// <returns>The JSON.</returns>
    public static string Arrival(string? externalMessageId = null, string subject = "Fråga om bygglov för altan, Storgatan 5") =>
        new JsonObject
        {
            ["channel"] = "FunctionMailbox",
            ["firstArrival"] = "2026-11-27T15:40:00+01:00",
            ["originalSender"] = "anna.svensson@example.se",
            ["senderCategory"] = "resident",
            ["subject"] = subject,
            ["mailbox"] = "bygglov@osby.se",
            ["informationValue"] = 1,
            ["externalMessageId"] = externalMessageId,
        }.ToJsonString();

    /// <summary>Registers <see cref="Arrival"/> and returns the new item's id.</summary>
    /// <param name="client">A client with the key.</param>
    /// <returns>The id.</returns>
    public static async Task<long> RegisterAsync(HttpClient client)
    {
        using var response = await client.PostAsync("/api/items", JsonBody(Arrival()));
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return (long)(await BodyAsync(response))["id"]!;
    }

    /// <summary>Posts an event and returns the response.</summary>
    /// <param name="client">A client with the key.</param>
    /// <param name="id">The item.</param>
    /// <param name="body">The event's JSON object.</param>
    /// <returns>The response; dispose it.</returns>
    public static Task<HttpResponseMessage> PostEventAsync(HttpClient client, long id, JsonObject body) =>
        client.PostAsync($"/api/items/{id}/events", JsonBody(body.ToJsonString()));

    /// <summary>Reads a response body as a JSON object.</summary>
    /// <param name="response">The response.</param>
    /// <returns>The object.</returns>
    public static async Task<JsonObject> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>Checks that a response is a problem with a status and returns its body.</summary>
    /// <param name="response">The response.</param>
    /// <param name="status">The expected status.</param>
    /// <returns>The problem.</returns>
    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        JsonObject problem = await BodyAsync(response);
        ((int)problem["status"]!).Should().Be((int)status);
        ((string?)problem["title"]).Should().NotBeNullOrWhiteSpace();
        ((string?)problem["detail"]).Should().NotBeNullOrWhiteSpace();
        ((string?)problem["traceId"]).Should().NotBeNullOrWhiteSpace();
        return problem;
    }

    /// <summary>Gets a problem's field errors for one field.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="field">The field.</param>
    /// <returns>The messages.</returns>
    public static IReadOnlyList<string> ErrorsFor(JsonObject problem, string field) =>
        problem["errors"]?[field]?.AsArray().Select(m => (string)m!).ToList() ?? [];
}
