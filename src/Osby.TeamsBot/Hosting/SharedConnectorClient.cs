using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace Osby.TeamsBot.Hosting;

/// <summary>A connector client shared between turns: every call goes to the shared client, and disposing does nothing.</summary>
/// <param name="shared">The client <see cref="CachingBotFrameworkAuthentication"/> owns.</param>
internal sealed class SharedConnectorClient(IConnectorClient shared) : IConnectorClient
{
    /// <inheritdoc />
    public Uri BaseUri
    {
        get => shared.BaseUri;
        set => throw new NotSupportedException("A shared connector client's base URI cannot change.");
    }

    /// <inheritdoc />
    public JsonSerializerSettings SerializationSettings => shared.SerializationSettings;

    /// <inheritdoc />
    public JsonSerializerSettings DeserializationSettings => shared.DeserializationSettings;

    /// <inheritdoc />
    public ServiceClientCredentials Credentials => shared.Credentials;

    /// <inheritdoc />
    public IAttachments Attachments => shared.Attachments;

    /// <inheritdoc />
    public IConversations Conversations => shared.Conversations;

    /// <summary>Does nothing: the shared client lives on for the next turn.</summary>
    public void Dispose()
    {
    }
}
