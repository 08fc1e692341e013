using Microsoft.Bot.Schema;

namespace Osby.TeamsBot.Reminders;

/// <summary>
/// Delivers proactive messages to people in Teams within Teams' limits: through the stored personal conversation, or a
/// 1:1 conversation created from the stored Teams user id and tenant; below the send rates (per conversation 7 per second
/// and 60 per 30 seconds, about 50 per second for the app); retrying 429, 412, 502, 503 and 504 with exponential backoff
/// and jitter, honouring Retry-After; classifying permanent failures (403 MessageWritesBlocked, a conversation that is
/// gone, nobody to reach). Thread-safe; register as a singleton.
/// </summary>
internal sealed class TeamsDelivery
{
    /// <summary>Sends a message to a person's personal chat with the bot.</summary>
    /// <param name="recipient">The person's party key (e-mail address or UPN).</param>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome.</returns>
    public Task<DeliveryResult> SendAsync(string recipient, IMessageActivity message, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Replaces a message the bot sent before (a reminder card acted on), with the same limits and retries.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="activityId">The message's activity id.</param>
    /// <param name="message">The new content.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome.</returns>
    public Task<DeliveryResult> UpdateAsync(string conversationId, string activityId, IMessageActivity message, CancellationToken cancellationToken) => throw new NotImplementedException();
}
