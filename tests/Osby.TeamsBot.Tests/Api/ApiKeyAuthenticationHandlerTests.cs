using System.Net;
using Microsoft.Extensions.Logging;
using Osby.TeamsBot.Api;
using Osby.TeamsBot.Tests.Hosting;

namespace Osby.TeamsBot.Tests.Api;

/// <summary>Who may call the item API: a configured system with its own key, nobody else.</summary>
public sealed class ApiKeyAuthenticationHandlerTests
{
    [Theory]
    [InlineData("GET", "/api/items/1")]
    [InlineData("GET", "/api/items/1/audit")]
    [InlineData("POST", "/api/items")]
    [InlineData("POST", "/api/items/1/events")]
    public async Task Request_WithoutKey_Returns401ProblemWithApiKeyChallenge(string method, string path)
    {
        await using var app = ItemApiHost.Start();
        using var client = ItemApiHost.Client(app, key: null);
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? ItemApiHost.JsonBody(ItemApiHost.Arrival()) : null,
        };

        using var response = await client.SendAsync(request);

        await ItemApiHost.ProblemAsync(response, HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().ContainSingle().Which.Scheme.Should().Be("ApiKey");
    }

    [Theory]
    [InlineData("osby-test-key-power-automate-bygglov-7c1f")]
    [InlineData("8c49cce2686e461b50862c8b4ee4d0ad4ae3a22a33804bb94a4c77b39800a626")]
    [InlineData("OSBY-TEST-KEY-POWER-AUTOMATE-BYGGLOV-7C1E")]
    public async Task Request_WrongKey_Returns401ProblemSayingTheKeyIsNotValid(string key)
    {
        await using var app = ItemApiHost.Start();
        using var withoutKey = ItemApiHost.Client(app, key: null);
        using var wrongKey = ItemApiHost.Client(app, key);

        using var missing = await withoutKey.GetAsync("/api/items/1");
        using var wrong = await wrongKey.GetAsync("/api/items/1");

        var missingProblem = await ItemApiHost.ProblemAsync(missing, HttpStatusCode.Unauthorized);
        var wrongProblem = await ItemApiHost.ProblemAsync(wrong, HttpStatusCode.Unauthorized);
        wrong.Headers.WwwAuthenticate.Should().ContainSingle().Which.Scheme.Should().Be("ApiKey");
        ((string?)wrongProblem["detail"]).Should().NotBe((string?)missingProblem["detail"], "a caller with a key needs to hear that the key is wrong, not missing");
    }

    [Fact]
    public async Task Request_NoClientsConfigured_Returns401EvenWithAKeyAndWarnsAtStartUp()
    {
        await using var app = new BotApplication(now: ItemApiHost.Now);
        using var client = ItemApiHost.Client(app);

        using var response = await client.GetAsync("/api/items/1");

        await ItemApiHost.ProblemAsync(response, HttpStatusCode.Unauthorized);
        var record = app.Logs.Should().ContainSingle(r => r.Category == typeof(ApiClientsLogger).FullName).Subject;
        record.Level.Should().Be(LogLevel.Warning);
        record.Message.Should().Contain("Osby:Api:Clients").And.Contain("401");
    }

    [Fact]
    public async Task StartUp_ClientsConfigured_LogsTheSystemsButNoKey()
    {
        await using var app = ItemApiHost.Start();
        using var client = ItemApiHost.Client(app);

        var record = app.Logs.Should().ContainSingle(r => r.Category == typeof(ApiClientsLogger).FullName).Subject;
        record.Level.Should().Be(LogLevel.Information);
        record.Message.Should().Contain(ItemApiHost.System).And.NotContain(ItemApiHost.KeySha256);
    }

    [Fact]
    public async Task BotEndpoints_ApiKeyConfigured_StayReachableWithoutKey()
    {
        await using var app = ItemApiHost.Start();
        using var client = ItemApiHost.Client(app, key: null);

        using var response = await client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
