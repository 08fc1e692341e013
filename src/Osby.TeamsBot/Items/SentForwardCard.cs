using NodaTime;

namespace Osby.TeamsBot.Items;

/// <summary>A forward card the bot sent, so that it can be updated in place when the forward is answered.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Party">The forward's recipient (the party key of the hop).</param>
/// <param name="ConversationId">The conversation the card went to.</param>
/// <param name="ActivityId">The card message's activity id.</param>
/// <param name="SentAt">When it was sent.</param>
internal sealed record SentForwardCard(long ItemId, string Party, string ConversationId, string ActivityId, Instant SentAt);
