using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Osby.TeamsBot.Hosting;
using Osby.TeamsBot.People;

namespace Osby.TeamsBot.Bots;

/// <summary>Sends and updates messages outside a user's turn, through a stored conversation reference.</summary>
internal sealed class ProactiveMessages
{
    private readonly BotAdapter adapter;
    private readonly string botAppId;

    /// <summary>Initializes a new instance of the <see cref="ProactiveMessages"/> class.</summary>
    /// <param name="adapter">The bot's adapter.</param>
    /// <param name="authentication">The bot's app id.</param>
    public ProactiveMessages(BotAdapter adapter, IOptions<BotAuthenticationOptions> authentication)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        this.adapter = adapter;
        botAppId = authentication.Value.MicrosoftAppId ?? string.Empty;
    }

    /// <summary>Sends a message to a stored conversation.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The sent message's activity id, when the channel gave one.</returns>
    public async Task<string?> SendAsync(StoredConversation conversation, IActivity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        string? id = null;
        await adapter.ContinueConversationAsync(
            botAppId,
            Reference(conversation),
            async (context, token) => id = (await context.SendActivityAsync(message, token).ConfigureAwait(false))?.Id,
            cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>Replaces a message the bot sent earlier (e.g. a card, to show its outcome to everyone).</summary>
    /// <param name="conversation">The conversation the message is in.</param>
    /// <param name="activityId">The message's activity id.</param>
    /// <param name="message">The new content.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task UpdateAsync(StoredConversation conversation, string activityId, IMessageActivity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(message);
        message.Id = activityId;
        return adapter.ContinueConversationAsync(
            botAppId,
            Reference(conversation),
            (context, token) => context.UpdateActivityAsync(message, token),
            cancellationToken);
    }

    private static ConversationReference Reference(StoredConversation conversation) =>
        JsonConvert.DeserializeObject<ConversationReference>(conversation.ReferenceJson)
        ?? throw new InvalidOperationException($"The stored reference of conversation {conversation.ConversationId} is empty.");
}
