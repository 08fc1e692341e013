using NodaTime;

namespace Osby.TeamsBot.Reminders;

/// <summary>The outcome of delivering one message.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="ConversationId">The conversation it went to (also a newly created one).</param>
/// <param name="ActivityId">The message's activity id, when sent.</param>
/// <param name="RetryAt">When to try again, for <see cref="DeliveryStatus.RetryLater"/> (honours Retry-After).</param>
/// <param name="Reason">Why it failed or must wait, in Swedish (shown to managers in the digest).</param>
internal sealed record DeliveryResult(DeliveryStatus Status, string? ConversationId, string? ActivityId, Instant? RetryAt, string? Reason);
