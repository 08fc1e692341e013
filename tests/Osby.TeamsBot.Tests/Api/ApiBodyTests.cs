using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using static Osby.TeamsBot.Tests.Api.ItemApiHost;

namespace Osby.TeamsBot.Tests.Api;

/// <summary>Every way a request body can be wrong gets a problem response naming what is wrong, and nothing is stored.</summary>
public sealed class ApiBodyTests
{
    [Fact]
    public async Task PostItems_MalformedJson_Returns400NamingTheLine()
    {
        await using var app = Start();
        using var swedish = Client(app);
        using var english = Client(app, acceptLanguage: "en");
        const string Broken = "{\n  \"channel\": \"FunctionMailbox\",\n  \"firstArrival\": ,\n  \"mailbox\": \"bygglov@osby.se\"\n}";

        using var sv = await swedish.PostAsync("/api/items", JsonBody(Broken));
        using var en = await english.PostAsync("/api/items", JsonBody(Broken));

        ErrorsFor(await ProblemAsync(sv, HttpStatusCode.BadRequest), "body").Should().ContainSingle().Which.Should().Contain("rad 3");
        ErrorsFor(await ProblemAsync(en, HttpStatusCode.BadRequest), "body").Should().ContainSingle().Which.Should().Contain("line 3");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("null")]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"FunctionMailbox\"")]
    [InlineData("{\"channel\": \"FunctionMailbox\"")]
    [InlineData("{\"channel\": \"FunctionMailbox\", \"channel\": \"EService\"}")]
    public async Task PostItems_BodyNotOneJsonObject_Returns400WithABodyError(string body)
    {
        await using var app = Start();
        using var client = Client(app);

        using var response = await client.PostAsync("/api/items", JsonBody(body));

        ErrorsFor(await ProblemAsync(response, HttpStatusCode.BadRequest), "body").Should().ContainSingle();
    }

    [Theory]
    [InlineData("informationValue", "\"two\"")]
    [InlineData("informationValue", "2.5")]
    [InlineData("informationValue", "true")]
    [InlineData("channel", "2")]
    [InlineData("channel", "[\"FunctionMailbox\"]")]
    [InlineData("firstArrival", "{ \"date\": \"2026-11-27\" }")]
    public async Task PostItems_ValueOfTheWrongJsonType_Returns400NamingTheField(string field, string value)
    {
        await using var app = Start();
        using var client = Client(app);
        JsonObject body = JsonNode.Parse(Arrival())!.AsObject();
        body[field] = JsonNode.Parse(value);

        using var response = await client.PostAsync("/api/items", JsonBody(body.ToJsonString()));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal(field);
    }

    [Fact]
    public async Task PostItems_InformationValueAsString_IsReadAsTheNumber()
    {
        await using var app = Start();
        using var client = Client(app);
        JsonObject body = JsonNode.Parse(Arrival())!.AsObject();
        body["informationValue"] = "2";

        using var response = await client.PostAsync("/api/items", JsonBody(body.ToJsonString()));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        ((int)(await BodyAsync(response))["informationValue"]!).Should().Be(2);
    }

    [Fact]
    public async Task PostItems_BodyWithUtf8ByteOrderMark_IsRead()
    {
        await using var app = Start();
        using var client = Client(app);
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Arrival())];
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("/api/items", content);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task PostItems_PropertyTheApiDoesNotKnow_Returns400NamingItInsteadOfDroppingIt()
    {
        await using var app = Start();
        using var client = Client(app);
        JsonObject body = JsonNode.Parse(Arrival("<typo@mail.example.se>"))!.AsObject();
        body["informationvalue"] = 2;
        body.Remove("informationValue");
        body["sender"] = "anna.svensson@example.se";

        using var response = await client.PostAsync("/api/items", JsonBody(body.ToJsonString()));
        using var valid = await client.PostAsync("/api/items", JsonBody(Arrival("<typo@mail.example.se>")));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal("sender");
        valid.StatusCode.Should().Be(HttpStatusCode.Created, "the refused request stored nothing");
    }

    [Fact]
    public async Task PostEvents_PropertyTheApiDoesNotKnow_Returns400NamingIt()
    {
        await using var app = Start();
        using var client = Client(app);
        long id = await RegisterAsync(client);

        using var response = await client.PostAsync(
            $"/api/items/{id}/events",
            JsonBody("""{ "kind": "forwarded", "at": "2026-11-27T16:05:00+01:00", "forwarder": "bygglov@osby.se", "recipent": "karin.berg@osby.se" }"""));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        ErrorsFor(problem, "recipent").Should().ContainSingle();
    }

    [Fact]
    public async Task PostItems_BodyOver64Kilobytes_Returns413Problem()
    {
        await using var app = Start();
        using var client = Client(app);
        JsonObject body = JsonNode.Parse(Arrival())!.AsObject();
        body["subject"] = new string('x', 70 * 1024);

        using var response = await client.PostAsync("/api/items", JsonBody(body.ToJsonString()));

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task PostItems_BodyOver64KilobytesWithoutContentLength_Returns413Problem()
    {
        await using var app = Start();
        using var client = Client(app);
        JsonObject body = JsonNode.Parse(Arrival())!.AsObject();
        body["subject"] = new string('x', 70 * 1024);
        byte[] bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/items") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task PostItems_BodyNotJson_Returns415Problem(string mediaType)
    {
        await using var app = Start();
        using var client = Client(app);

        using var response = await client.PostAsync("/api/items", new StringContent(Arrival(), Encoding.UTF8, mediaType));

        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }
}
