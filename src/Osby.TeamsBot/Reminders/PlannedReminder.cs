using NodaTime;

namespace Osby.TeamsBot.Reminders;

/// <summary>One message the scheduler must send once: what, about which item, to whom and when.</summary>
/// <param name="Key">The unique key: <c>item:{id}:{kind}:{step}:{recipient}</c>, <c>digest:{manager}:{yyyy-MM-dd}</c> or
/// <c>guideline:{yyyy}</c>. The outbox stores each key once, so a restart or a second sweep never sends it twice.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="ItemId">The item, or null for a digest or the guideline follow-up.</param>
/// <param name="Recipient">The person's party key (e-mail address or UPN); a function mailbox is expanded to its readers.</param>
/// <param name="DueAt">When to send it: already moved out of quiet hours (the next opening) where that applies.</param>
/// <param name="Deadline">The deadline it warns about, if any (a snooze never goes past it).</param>
/// <param name="Step">The step within its obligation (0, 1, …), e.g. SEFOS' 7-day and 1-working-day warnings.</param>
internal sealed record PlannedReminder(
    string Key,
    ReminderKind Kind,
    long? ItemId,
    string Recipient,
    Instant DueAt,
    Instant? Deadline,
    int Step);
