using NodaTime;
using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Storage;

/// <summary>A stored outbox entry (<see cref="OutboxEntry"/>): one row per <see cref="Key"/>, which is unique.</summary>
/// <remarks>
/// <see cref="Outbox"/> finds due entries through the index on (<see cref="State"/>, <see cref="NextAttemptAt"/>), so a
/// sweep reads only what is due; an item's entries through the index on <see cref="ItemId"/>. <see cref="ClaimedAt"/> is
/// when a sweep set the entry to <see cref="OutboxState.Sending"/>: an entry still sending a lease after that was left by a
/// process that stopped mid-send and is claimed again.
/// </remarks>
internal sealed class OutboxRow
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the unique key (<see cref="PlannedReminder.Key"/>).</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Gets or sets what it is about.</summary>
    public ReminderKind Kind { get; set; }

    /// <summary>Gets or sets the item, or null for a digest or the guideline follow-up.</summary>
    public long? ItemId { get; set; }

    /// <summary>Gets or sets the recipient's party key.</summary>
    public string Recipient { get; set; } = string.Empty;

    /// <summary>Gets or sets when it is planned for (out of quiet hours).</summary>
    public Instant DueAt { get; set; }

    /// <summary>Gets or sets the deadline it warns about, if any.</summary>
    public Instant? Deadline { get; set; }

    /// <summary>Gets or sets the step within its obligation.</summary>
    public int Step { get; set; }

    /// <summary>Gets or sets where it is.</summary>
    public OutboxState State { get; set; }

    /// <summary>Gets or sets how many delivery attempts were made.</summary>
    public int Attempts { get; set; }

    /// <summary>Gets or sets when to try next.</summary>
    public Instant NextAttemptAt { get; set; }

    /// <summary>Gets or sets when the latest sweep claimed it.</summary>
    public Instant? ClaimedAt { get; set; }

    /// <summary>Gets or sets when it was sent.</summary>
    public Instant? SentAt { get; set; }

    /// <summary>Gets or sets when it was cancelled or failed.</summary>
    public Instant? ClosedAt { get; set; }

    /// <summary>Gets or sets the conversation it went to.</summary>
    public string? ConversationId { get; set; }

    /// <summary>Gets or sets the sent message's activity id.</summary>
    public string? ActivityId { get; set; }

    /// <summary>Gets or sets why it failed, was cancelled or waits, in Swedish.</summary>
    public string? Failure { get; set; }
}
