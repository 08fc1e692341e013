using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Osby.TeamsBot.Hosting;

/// <summary>
/// The SDK's authentication with one change: the connector and user-token clients are built once
/// per bot app id, service URL and audience and reused, instead of twice per turn.
/// </summary>
/// <remarks>
/// <para>
/// <c>CloudAdapter</c> asks for a new <see cref="IConnectorClient"/> and a new
/// <see cref="UserTokenClient"/> on every turn and disposes them afterwards. Each is a
/// Microsoft.Rest service client with its own Newtonsoft.Json settings and contract resolver, so
/// every turn paid for reflecting over the whole activity schema again: most of the SDK's CPU
/// time per message (see the bot benchmark in the README). The SDK's older
/// <c>BotFrameworkAdapter</c> kept one connector client per service URL for the same reason.
/// </para>
/// <para>
/// The clients are thread-safe (an <see cref="HttpClient"/> underneath, credentials that cache
/// their own tokens). The adapter's dispose calls reach a non-disposing wrapper; the cache owns
/// the clients and disposes them with itself. Teams can move a conversation to another
/// <c>serviceUrl</c>; each new URL gets its own client, up to <see cref="MaxClients"/>, after
/// which clients are built per turn as before rather than growing without bound.
/// </para>
/// </remarks>
internal sealed class CachingBotFrameworkAuthentication : BotFrameworkAuthentication, IDisposable
{
    /// <summary>How many connector clients are kept at most.</summary>
    public const int MaxClients = 64;

    private readonly BotFrameworkAuthentication inner;
    private readonly ConcurrentDictionary<(string? AppId, string ServiceUrl, string? Audience), Lazy<Task<IConnectorClient>>> connectors = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<UserTokenClient>>> userTokenClients = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="CachingBotFrameworkAuthentication"/> class.</summary>
    /// <param name="inner">The SDK's authentication, which validates requests and builds the clients.</param>
    public CachingBotFrameworkAuthentication(BotFrameworkAuthentication inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        this.inner = inner;
    }

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        result.ConnectorFactory = new CachingConnectorFactory(this, result.ConnectorFactory, AppIdOf(result.ClaimsIdentity));
        return result;
    }

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false);
        result.ConnectorFactory = new CachingConnectorFactory(this, result.ConnectorFactory, AppIdOf(result.ClaimsIdentity));
        return result;
    }

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new CachingConnectorFactory(this, inner.CreateConnectorFactory(claimsIdentity), AppIdOf(claimsIdentity));

    /// <inheritdoc />
    public override async Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
    {
        var key = AppIdOf(claimsIdentity) ?? string.Empty;
        var shared = userTokenClients.GetOrAdd(
            key,
            _ => new Lazy<Task<UserTokenClient>>(() => inner.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None)));
        return new SharedUserTokenClient(await RemoveIfFailedAsync(userTokenClients, key, shared).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    /// <inheritdoc />
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var client in connectors.Values.Where(lazy => lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully))
        {
            client.Value.Result.Dispose();
        }

        foreach (var client in userTokenClients.Values.Where(lazy => lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully))
        {
            client.Value.Result.Dispose();
        }

        connectors.Clear();
        userTokenClients.Clear();
    }

    private static string? AppIdOf(ClaimsIdentity? identity) =>
        identity?.Claims.FirstOrDefault(claim => claim.Type is AuthenticationConstants.AudienceClaim)?.Value;

    private static async Task<T> RemoveIfFailedAsync<TKey, T>(ConcurrentDictionary<TKey, Lazy<Task<T>>> cache, TKey key, Lazy<Task<T>> entry)
        where TKey : notnull
    {
        try
        {
            return await entry.Value.ConfigureAwait(false);
        }
        catch
        {
            // A failed build (e.g. a credential error) is not cached: the next turn tries again.
            cache.TryRemove(new KeyValuePair<TKey, Lazy<Task<T>>>(key, entry));
            throw;
        }
    }

    private async Task<IConnectorClient> ConnectorAsync(ConnectorFactory factory, string? appId, string serviceUrl, string? audience, CancellationToken cancellationToken)
    {
        var key = (appId, serviceUrl, audience);
        if (!connectors.ContainsKey(key) && connectors.Count >= MaxClients)
        {
            return await factory.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false);
        }

        var shared = connectors.GetOrAdd(key, _ => new Lazy<Task<IConnectorClient>>(() => factory.CreateAsync(serviceUrl, audience, CancellationToken.None)));
        return new SharedConnectorClient(await RemoveIfFailedAsync(connectors, key, shared).ConfigureAwait(false));
    }

    /// <summary>Hands out the shared client for a service URL and audience.</summary>
    private sealed class CachingConnectorFactory(CachingBotFrameworkAuthentication owner, ConnectorFactory inner, string? appId) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            owner.ConnectorAsync(inner, appId, serviceUrl, audience, cancellationToken);
    }
}
