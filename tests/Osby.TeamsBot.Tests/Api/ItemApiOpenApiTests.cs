using System.Net;
using System.Text.Json.Nodes;

namespace Osby.TeamsBot.Tests.Api;

/// <summary>The OpenAPI document at /openapi/v1.json describes the item API for the callers' developers.</summary>
public sealed class ItemApiOpenApiTests
{
    private static readonly string[] ItemPaths = ["/api/items", "/api/items/{id}", "/api/items/{id}/events", "/api/items/{id}/audit"];

    [Fact]
    public async Task GetDocument_WithoutKey_ServesJsonListingTheItemPathsOnly()
    {
        JsonObject document = await DocumentAsync();

        ((string?)document["openapi"]).Should().StartWith("3.");
        document["paths"]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(ItemPaths);
    }

    [Fact]
    public async Task GetDocument_Always_DescribesTheApiKeySchemeAndEveryOperationRequiresIt()
    {
        JsonObject document = await DocumentAsync();

        JsonNode scheme = document["components"]!["securitySchemes"]!["ApiKey"]!;
        ((string?)scheme["type"]).Should().Be("apiKey");
        ((string?)scheme["in"]).Should().Be("header");
        ((string?)scheme["name"]).Should().Be("X-Api-Key");
        foreach (var (path, operation) in Operations(document))
        {
            operation["security"]!.AsArray().Should().ContainSingle(
                r => r!.AsObject().ContainsKey("ApiKey"), $"{path} needs the key");
        }
    }

    [Fact]
    public async Task GetDocument_Always_GivesEachOperationASummaryDescriptionAndItsStatusCodes()
    {
        JsonObject document = await DocumentAsync();

        var operations = Operations(document).ToDictionary(o => o.Key, o => o.Operation);
        foreach (var (key, operation) in operations)
        {
            ((string?)operation["summary"]).Should().NotBeNullOrWhiteSpace(key);
            ((string?)operation["description"]).Should().NotBeNullOrWhiteSpace(key);
            operation["responses"]!.AsObject().Select(r => r.Key).Should().Contain("401", key);
        }

        Codes(operations["post /api/items"]).Should().Contain(["201", "200", "400", "401", "413", "415"]);
        Codes(operations["post /api/items/{id}/events"]).Should().Contain(["200", "400", "401", "403", "404", "409"]);
        Codes(operations["get /api/items/{id}"]).Should().Contain(["200", "400", "401", "404"]);
        Codes(operations["get /api/items/{id}/audit"]).Should().Contain(["200", "401", "404"]);
    }

    [Fact]
    public async Task GetDocument_RegisterBody_ListsChannelNamesAndMarksTimesAsDateTime()
    {
        JsonObject document = await DocumentAsync();

        JsonNode body = Resolve(document, document["paths"]!["/api/items"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!);
        JsonNode properties = body["properties"]!;
        properties["channel"]!["enum"]!.AsArray().Select(v => (string?)v).Should().Contain(["functionMailbox", "eService", "sefos"]);
        ((string?)properties["firstArrival"]!["format"]).Should().Be("date-time");
        properties["informationValue"].Should().NotBeNull();
        body["required"]!.AsArray().Select(v => (string?)v).Should().Contain(["channel", "firstArrival", "originalSender", "mailbox"]);
    }

    [Fact]
    public async Task GetDocument_EventBody_ListsEveryKindButArrived()
    {
        JsonObject document = await DocumentAsync();

        JsonNode body = Resolve(document, document["paths"]!["/api/items/{id}/events"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!);
        var kinds = body["properties"]!["kind"]!["enum"]!.AsArray().Select(v => (string?)v).ToList();
        kinds.Should().Contain(["acknowledged", "forwarded", "forwardConfirmed", "sefosActivity"]).And.NotContain("arrived");
    }

    [Fact]
    public async Task GetDocument_ItemId_IsAnInteger()
    {
        JsonObject document = await DocumentAsync();

        JsonNode id = document["paths"]!["/api/items/{id}"]!["get"]!["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "id")!;
        ((string?)id["in"]).Should().Be("path");
        ((string?)id["schema"]!["type"]).Should().Be("integer");
    }

    private static async Task<JsonObject> DocumentAsync()
    {
        await using var app = ItemApiHost.Start();
        using var client = ItemApiHost.Client(app, key: null);
        using var response = await client.GetAsync("/openapi/v1.json");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private static IEnumerable<(string Key, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(o => o.Key is "get" or "post")
            .Select(o => ($"{o.Key} {path.Key}", o.Value!.AsObject())));

    private static IEnumerable<string> Codes(JsonObject operation) => operation["responses"]!.AsObject().Select(r => r.Key);

    private static JsonNode Resolve(JsonObject document, JsonNode schema) =>
        (string?)schema["$ref"] is { } reference
            ? document["components"]!["schemas"]![reference.Split('/')[^1]]!
            : schema;
}
