using NodaTime;

namespace Osby.TeamsBot.Reminders;

/// <summary>
/// The durable outbox of reminders and digests: one row per <see cref="PlannedReminder.Key"/>, so a crash or restart at
/// any moment neither loses a message nor sends one twice. Due entries are found through an index on state and time, so a
/// sweep costs what is due, not what is stored. Thread-safe; register as a singleton.
/// </summary>
internal sealed class Outbox
{
    /// <summary>Makes an item's pending entries match its current plan: adds new keys, moves the time of pending ones,
    /// cancels pending ones no longer planned. Entries already sent, sending or failed are never touched.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="plan">Every reminder the item needs now.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task SyncItemAsync(long itemId, IReadOnlyList<PlannedReminder> plan, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Adds an entry unless its key is stored already (digests, the guideline follow-up).</summary>
    /// <param name="reminder">The entry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when added.</returns>
    public Task<bool> EnqueueAsync(PlannedReminder reminder, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Claims up to <paramref name="max"/> pending entries whose next attempt is due (oldest first), setting them to
    /// <see cref="OutboxState.Sending"/> in one transaction; also reclaims entries left in Sending by a crashed process.</summary>
    /// <param name="now">Now.</param>
    /// <param name="max">The most to claim.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The claimed entries.</returns>
    public Task<IReadOnlyList<OutboxEntry>> ClaimDueAsync(Instant now, int max, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Records that an entry was sent.</summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="at">When.</param>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="activityId">The message's activity id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task MarkSentAsync(string key, Instant at, string conversationId, string? activityId, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Puts a claimed entry back as pending, to be tried at <paramref name="nextAttemptAt"/> (a retry or a snooze).</summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="nextAttemptAt">When to try again.</param>
    /// <param name="reason">Why, for the log.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task RescheduleAsync(string key, Instant nextAttemptAt, string? reason, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Records that an entry will not be sent: cancelled (no longer needed) or failed (permanently).</summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="state"><see cref="OutboxState.Cancelled"/> or <see cref="OutboxState.Failed"/>.</param>
    /// <param name="reason">Why, in Swedish.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task CloseAsync(string key, OutboxState state, string reason, Instant at, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Finds an entry by key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entry, or null.</returns>
    public Task<OutboxEntry?> FindAsync(string key, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>The entries that failed since a time, for the managers' digests.</summary>
    /// <param name="since">The start.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The failed entries, newest first.</returns>
    public Task<IReadOnlyList<OutboxEntry>> FailedSinceAsync(Instant since, CancellationToken cancellationToken) => throw new NotImplementedException();
}
