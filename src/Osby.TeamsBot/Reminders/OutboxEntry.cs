using NodaTime;

namespace Osby.TeamsBot.Reminders;

/// <summary>A stored outbox entry: a planned message and how its delivery went.</summary>
/// <param name="Reminder">What to send, to whom and when.</param>
/// <param name="State">Where it is.</param>
/// <param name="Attempts">How many delivery attempts were made.</param>
/// <param name="NextAttemptAt">When to try next (the due time, a retry time or a snooze).</param>
/// <param name="SentAt">When it was sent.</param>
/// <param name="ConversationId">The conversation it went to.</param>
/// <param name="ActivityId">The sent message's activity id (a reminder card is updated in place through it).</param>
/// <param name="Failure">Why it failed or was cancelled, in Swedish, for the digest.</param>
internal sealed record OutboxEntry(
    PlannedReminder Reminder,
    OutboxState State,
    int Attempts,
    Instant NextAttemptAt,
    Instant? SentAt,
    string? ConversationId,
    string? ActivityId,
    string? Failure);
