using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Osby.TeamsBot.Tests.Hosting;

/// <summary>The HTTP surface: /api/messages (authentication, bad input) and /health.</summary>
public sealed class BotEndpointsTests
{
    [Fact]
    public async Task PostMessages_RegisteredBotWithoutAuthorizationHeader_Returns401AndSendsNothing()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(BotApplication.RegisteredBotSettings);
        using var client = app.CreateClient();

        using var response = await client.PostAsync(
            "/api/messages",
            TeamsActivities.Load(TeamsActivities.MessagePersonal, connector.ServiceUrl).ToContent());

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        connector.Sent.Should().BeEmpty();
        connector.UnexpectedRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task PostMessages_RegisteredBotWithTokenFromUnknownIssuer_Returns401AndSendsNothing()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(BotApplication.RegisteredBotSettings);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = TeamsActivities.Load(TeamsActivities.MessagePersonal, connector.ServiceUrl).ToContent(),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", UnsignedToken("https://issuer.example.invalid/"));

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        connector.Sent.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("[1, 2, 3]")]
    public async Task PostMessages_BodyNotAnActivity_Returns400AndSendsNothing(string body)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication();
        using var client = app.CreateClient();

        using var response = await client.PostAsync(
            "/api/messages",
            new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        connector.Sent.Should().BeEmpty();
    }

    [Fact]
    public async Task GetMessages_Always_Returns405()
    {
        await using var app = new BotApplication();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/api/messages");

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task GetHealth_Running_Returns200WithoutDetails()
    {
        await using var app = new BotApplication();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task GetHealth_RegisteredBot_Returns200WithoutAuthorization()
    {
        await using var app = new BotApplication(BotApplication.RegisteredBotSettings);
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static string UnsignedToken(string issuer)
    {
        static string Encode(string json) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        return Encode("""{"alg":"none","typ":"JWT"}""") + "." +
            Encode($$"""{"iss":"{{issuer}}","aud":"7f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f"}""") + ".";
    }
}
