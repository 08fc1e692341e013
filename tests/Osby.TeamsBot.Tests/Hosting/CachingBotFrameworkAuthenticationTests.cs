using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json;
using Osby.TeamsBot.Hosting;

namespace Osby.TeamsBot.Tests.Hosting;

/// <summary>Connector clients are built once per service URL and reused across turns, never disposed by a turn.</summary>
public sealed class CachingBotFrameworkAuthenticationTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string Audience = "https://api.botframework.com";

    [Fact]
    public async Task ConnectorFactory_SameServiceUrlOnTwoTurns_BuildsOneClientAndTurnsCannotDisposeIt()
    {
        var inner = new CountingAuthentication();
        using var caching = new CachingBotFrameworkAuthentication(inner);

        using (var first = await CreateForTurnAsync(caching, ServiceUrl))
        using (var second = await CreateForTurnAsync(caching, ServiceUrl))
        {
            first.BaseUri.Should().Be(new Uri(ServiceUrl));
            second.SerializationSettings.Should().BeSameAs(first.SerializationSettings, "both turns use the one shared client");
        }

        inner.Created.Should().ContainSingle();
        inner.Created[0].Disposed.Should().BeFalse("the turns' using blocks must not dispose the shared client");
    }

    [Fact]
    public async Task ConnectorFactory_NewServiceUrl_GetsItsOwnClient()
    {
        var inner = new CountingAuthentication();
        using var caching = new CachingBotFrameworkAuthentication(inner);

        using var emea = await CreateForTurnAsync(caching, ServiceUrl);
        using var amer = await CreateForTurnAsync(caching, "https://smba.trafficmanager.net/amer/");

        inner.Created.Select(client => client.BaseUri.ToString()).Should().Equal(ServiceUrl, "https://smba.trafficmanager.net/amer/");
    }

    [Fact]
    public async Task ConnectorFactory_MoreServiceUrlsThanTheLimit_BuildsPerTurnBeyondIt()
    {
        var inner = new CountingAuthentication();
        using var caching = new CachingBotFrameworkAuthentication(inner);
        for (var i = 0; i < CachingBotFrameworkAuthentication.MaxClients; i++)
        {
            using var client = await CreateForTurnAsync(caching, $"https://example.invalid/{i}/");
        }

        using (var beyond = await CreateForTurnAsync(caching, "https://example.invalid/beyond/"))
        {
            beyond.Should().BeSameAs(inner.Created[^1], "beyond the limit the SDK's own client is handed out, unwrapped");
        }

        using (var again = await CreateForTurnAsync(caching, "https://example.invalid/beyond/"))
        {
        }

        inner.Created.Should().HaveCount(CachingBotFrameworkAuthentication.MaxClients + 2);
        inner.Created[^1].Disposed.Should().BeTrue("a client that is not kept is disposed by its turn as before");
    }

    [Fact]
    public async Task ConnectorFactory_BuildFails_IsNotCachedAndTheNextTurnTriesAgain()
    {
        var inner = new CountingAuthentication { FailNext = true };
        using var caching = new CachingBotFrameworkAuthentication(inner);

        var failing = () => CreateForTurnAsync(caching, ServiceUrl);
        await failing.Should().ThrowAsync<InvalidOperationException>();
        using var client = await CreateForTurnAsync(caching, ServiceUrl);

        inner.Created.Should().ContainSingle();
    }

    [Fact]
    public async Task Dispose_DisposesTheSharedClients()
    {
        var inner = new CountingAuthentication();
        var caching = new CachingBotFrameworkAuthentication(inner);
        using (await CreateForTurnAsync(caching, ServiceUrl))
        {
        }

        caching.Dispose();

        inner.Created.Should().ContainSingle().Which.Disposed.Should().BeTrue();
    }

    [Fact]
    public async Task CreateConnectorFactory_ForProactiveMessages_SharesTheSameClient()
    {
        var inner = new CountingAuthentication();
        using var caching = new CachingBotFrameworkAuthentication(inner);
        using var turn = await CreateForTurnAsync(caching, ServiceUrl);

        using var proactive = await caching.CreateConnectorFactory(new ClaimsIdentity()).CreateAsync(ServiceUrl, Audience, CancellationToken.None);

        inner.Created.Should().ContainSingle();
    }

    private static async Task<IConnectorClient> CreateForTurnAsync(CachingBotFrameworkAuthentication caching, string serviceUrl)
    {
        var result = await caching.AuthenticateRequestAsync(new Activity { ServiceUrl = serviceUrl }, string.Empty, CancellationToken.None);
        return await result.ConnectorFactory.CreateAsync(serviceUrl, Audience, CancellationToken.None);
    }

    /// <summary>An SDK authentication stand-in that records every connector client it builds.</summary>
    private sealed class CountingAuthentication : BotFrameworkAuthentication
    {
        public List<RecordingClient> Created { get; } = [];

        public bool FailNext { get; set; }

        public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
            Task.FromResult(new AuthenticateRequestResult { ClaimsIdentity = new ClaimsIdentity(), ConnectorFactory = new Factory(this) });

        public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => new Factory(this);

        public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override BotFrameworkClient CreateBotFrameworkClient() => throw new NotSupportedException();

        private sealed class Factory(CountingAuthentication owner) : ConnectorFactory
        {
            public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
            {
                if (owner.FailNext)
                {
                    owner.FailNext = false;
                    throw new InvalidOperationException("credentials unavailable");
                }

                var client = new RecordingClient(new Uri(serviceUrl));
                owner.Created.Add(client);
                return Task.FromResult<IConnectorClient>(client);
            }
        }
    }

    /// <summary>A connector client that only records whether it was disposed.</summary>
    private sealed class RecordingClient(Uri baseUri) : IConnectorClient
    {
        public bool Disposed { get; private set; }

        public Uri BaseUri { get; set; } = baseUri;

        public JsonSerializerSettings SerializationSettings { get; } = new();

        public JsonSerializerSettings DeserializationSettings { get; } = new();

        public ServiceClientCredentials Credentials => null!;

        public IAttachments Attachments => null!;

        public IConversations Conversations => null!;

        public void Dispose() => Disposed = true;
    }
}
