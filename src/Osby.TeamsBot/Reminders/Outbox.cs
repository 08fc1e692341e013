using Microsoft.EntityFrameworkCore;
using NodaTime;
using Osby.TeamsBot.Storage;

namespace Osby.TeamsBot.Reminders;

/// <summary>
/// The durable outbox of reminders and digests: one row per <see cref="PlannedReminder.Key"/>, so a crash or restart at
/// any moment neither loses a message nor sends one twice. Due entries are found through an index on state and time, so a
/// sweep costs what is due, not what is stored. Thread-safe; register as a singleton.
/// </summary>
/// <remarks>
/// <para><b>Once and only once.</b> A sender claims (<see cref="ClaimDueAsync"/>: Pending → Sending, committed), sends, and
/// then marks (<see cref="MarkSentAsync"/>: Sending → Sent, committed). The key is unique, so an entry is stored once
/// however often it is planned or enqueued, and an entry that is Sent is never claimed again.</para>
/// <list type="bullet">
/// <item>A process that stops before the claim commits leaves the entry Pending: the next sweep claims it.</item>
/// <item>A process that stops after the claim but before the connector accepted the message leaves it Sending. It is
/// claimed again once its claim is older than the lease (<see cref="Lease"/>, by default <see cref="DefaultLease"/>) and
/// then sent: nothing is lost. The lease must be longer than the longest send (the delivery's in-process retries
/// included), or a slow send could be claimed a second time by another process on the same database.</item>
/// <item>A process that stops in the instant between the connector's 2xx and the commit of
/// <see cref="MarkSentAsync"/> leaves it Sending although it was delivered; it is sent again after the lease. In that
/// window the outbox is at-least-once: a second copy was chosen over losing a reminder. The window is one local database
/// write long.</item>
/// </list>
/// <para>Each claim counts as an attempt. An entry reclaimed after a crash with <see cref="MaxAttempts"/> attempts already
/// made fails ("gav upp efter … försök") instead of being claimed again, so a message that stops the process every time
/// cannot do so forever.</para>
/// <para>Each call uses its own database context and commits before it returns. Writes run in transactions that SQLite
/// starts with <c>BEGIN IMMEDIATE</c>, so two claims never hand out the same entry.</para>
/// </remarks>
internal sealed class Outbox
{
    /// <summary>The end of a snoozed reminder's key: the clicked reminder's key plus this (so a double click snoozes once).</summary>
    public const string SnoozeSuffix = ":snooze";

    /// <summary>How long an entry may stay Sending before it is claimed again, unless configured otherwise.</summary>
    public static readonly Duration DefaultLease = Duration.FromMinutes(5);

    /// <summary>The most delivery attempts an entry gets: after that a retry or a reclaim fails it.</summary>
    public const int MaxAttempts = 8;

    private const int MaxUniqueRetries = 3;

    private readonly IDbContextFactory<OsbyDbContext> contexts;
    private readonly IClock clock;

    /// <summary>Initializes a new instance of the <see cref="Outbox"/> class with the <see cref="DefaultLease"/>.</summary>
    /// <param name="contexts">Creates a database context per call.</param>
    /// <param name="clock">Stamps cancellations.</param>
    public Outbox(IDbContextFactory<OsbyDbContext> contexts, IClock clock)
        : this(contexts, clock, DefaultLease)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Outbox"/> class.</summary>
    /// <param name="contexts">Creates a database context per call.</param>
    /// <param name="clock">Stamps cancellations.</param>
    /// <param name="lease">How long an entry may stay Sending before it is claimed again; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">The lease is not positive.</exception>
    public Outbox(IDbContextFactory<OsbyDbContext> contexts, IClock clock, Duration lease)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, Duration.Zero);
        this.contexts = contexts;
        this.clock = clock;
        Lease = lease;
    }

    /// <summary>Gets how long an entry may stay Sending before it is claimed again.</summary>
    public Duration Lease { get; }

    /// <summary>Makes an item's pending entries match its current plan: adds new keys, moves the time of pending ones,
    /// cancels pending ones no longer planned. Entries already sent, sending or failed are never touched.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="plan">Every reminder the item needs now.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    /// <remarks>A pending entry whose due time moved is due at the new time (a retry time it waited for is dropped); one
    /// whose due time did not move keeps its next attempt. A cancelled entry that is planned again is pending again. One
    /// query on the <c>ItemId</c> index and one transaction.</remarks>
    /// <exception cref="ArgumentException">A reminder in the plan is about another item, or a key appears twice.</exception>
    public async Task SyncItemAsync(long itemId, IReadOnlyList<PlannedReminder> plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.FirstOrDefault(r => r.ItemId != itemId) is { } other)
        {
            throw new ArgumentException($"The reminder {other.Key} is not about item {itemId}.", nameof(plan));
        }

        var planned = new Dictionary<string, PlannedReminder>(StringComparer.Ordinal);
        foreach (PlannedReminder reminder in plan)
        {
            Check(reminder);
            if (!planned.TryAdd(reminder.Key, reminder))
            {
                throw new ArgumentException($"The key {reminder.Key} is planned twice.", nameof(plan));
            }
        }

        for (int attempt = 1; ; attempt++)
        {
            OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (context.ConfigureAwait(false))
            {
                var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    List<OutboxRow> rows = await context.Outbox.Where(o => o.ItemId == itemId).ToListAsync(cancellationToken).ConfigureAwait(false);
                    Instant now = clock.GetCurrentInstant();
                    var stored = rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
                    foreach (OutboxRow row in rows)
                    {
                        if (planned.TryGetValue(row.Key, out PlannedReminder? reminder))
                        {
                            Replan(row, reminder);
                        }
                        else if (row.State is OutboxState.Pending && !row.Key.EndsWith(SnoozeSuffix, StringComparison.Ordinal))
                        {
                            // A snooze ("Påminn om 1 timme") is the user's own request: it stays, and is dropped when due if done by then.
                            row.State = OutboxState.Cancelled;
                            row.ClosedAt = now;
                            row.Failure = NoLongerPlanned;
                        }
                    }

                    // A key of this item stored under no item id cannot happen (keys name their item); a clash is caught below.
                    context.Outbox.AddRange(planned.Values.Where(r => !stored.ContainsKey(r.Key)).Select(NewRow));
                    try
                    {
                        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                        return;
                    }
                    catch (DbUpdateException) when (attempt < MaxUniqueRetries)
                    {
                        // Another writer stored one of the keys first (a database without SQLite's write lock): read again.
                    }
                }
            }
        }
    }

    /// <summary>Adds an entry unless its key is stored already (digests, the guideline follow-up).</summary>
    /// <param name="reminder">The entry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when added.</returns>
    /// <remarks>A stored key is left as it is, whatever its state: a digest sent, cancelled or failed today is not
    /// queued again.</remarks>
    public async Task<bool> EnqueueAsync(PlannedReminder reminder, CancellationToken cancellationToken)
    {
        Check(reminder);
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            if (await context.Outbox.AnyAsync(o => o.Key == reminder.Key, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            context.Outbox.Add(NewRow(reminder));
            try
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (DbUpdateException)
            {
                // Stored by a concurrent call between the check and the insert: the key is there, which is what was asked.
                return false;
            }
        }
    }

    /// <summary>Claims up to <paramref name="max"/> pending entries whose next attempt is due (oldest first), setting them to
    /// <see cref="OutboxState.Sending"/> in one transaction; also reclaims entries left in Sending by a crashed process.</summary>
    /// <param name="now">Now.</param>
    /// <param name="max">The most to claim.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The claimed entries.</returns>
    /// <remarks>
    /// <para>Entries left Sending whose claim is older than <see cref="Lease"/> come first (they have waited longest), then
    /// due pending ones. Each claimed entry's <see cref="OutboxEntry.Attempts"/> grows by one. A stale Sending entry that has
    /// had <see cref="MaxAttempts"/> attempts is failed instead of claimed.</para>
    /// <para>Cost: the pending query seeks the (State, NextAttemptAt) index and reads only due rows, at most
    /// <paramref name="max"/>; the stale query seeks the same index on State = Sending, which holds only the entries being
    /// sent right now. Neither reads what is stored but not due.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is not positive.</exception>
    public async Task<IReadOnlyList<OutboxEntry>> ClaimDueAsync(Instant now, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(max, 0);
        Instant staleBefore = now - Lease;
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                List<OutboxRow> stale = await context.Outbox
                    .Where(o => o.State == OutboxState.Sending && o.ClaimedAt <= staleBefore)
                    .OrderBy(o => o.ClaimedAt)
                    .Take(max)
                    .ToListAsync(cancellationToken)
                    .ConfigureAwait(false);
                var claimed = new List<OutboxRow>(Math.Min(max, 64));
                foreach (OutboxRow row in stale)
                {
                    if (row.Attempts >= MaxAttempts)
                    {
                        row.State = OutboxState.Failed;
                        row.ClosedAt = now;
                        row.ClaimedAt = null;
                        row.Failure = GaveUp(row.Attempts);
                    }
                    else
                    {
                        claimed.Add(row);
                    }
                }

                if (claimed.Count < max)
                {
                    claimed.AddRange(await DueQuery(context, now)
                        .Take(max - claimed.Count)
                        .ToListAsync(cancellationToken)
                        .ConfigureAwait(false));
                }

                foreach (OutboxRow row in claimed)
                {
                    row.State = OutboxState.Sending;
                    row.ClaimedAt = now;
                    row.Attempts++;
                }

                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return [.. claimed.Select(ToEntry)];
            }
        }
    }

    /// <summary>Records that an entry was sent.</summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="at">When.</param>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="activityId">The message's activity id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    /// <remarks>One statement: the entry is Sent from whatever state it was in (normally Sending), with its claim cleared.</remarks>
    /// <exception cref="InvalidOperationException">No entry has the key.</exception>
    public async Task MarkSentAsync(string key, Instant at, string conversationId, string? activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            int updated = await context.Outbox.Where(o => o.Key == key).ExecuteUpdateAsync(
                set => set
                    .SetProperty(o => o.State, OutboxState.Sent)
                    .SetProperty(o => o.SentAt, at)
                    .SetProperty(o => o.ConversationId, conversationId)
                    .SetProperty(o => o.ActivityId, activityId)
                    .SetProperty(o => o.ClaimedAt, (Instant?)null)
                    .SetProperty(o => o.ClosedAt, (Instant?)null)
                    .SetProperty(o => o.Failure, (string?)null),
                cancellationToken).ConfigureAwait(false);
            if (updated == 0)
            {
                throw new InvalidOperationException($"No outbox entry has the key {key}.");
            }
        }
    }

    /// <summary>Puts a claimed entry back as pending, to be tried at <paramref name="nextAttemptAt"/> (a retry or a snooze).</summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="nextAttemptAt">When to try again.</param>
    /// <param name="reason">Why, for the log.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    /// <remarks>Works on a Sending entry (a retry), a Pending one (a new time) and a Sent one (a snooze: "Påminn om 1
    /// timme" sends the reminder again then, and its attempts start over). A cancelled or failed entry, or an unknown key,
    /// is left alone. The reason is kept in <see cref="OutboxEntry.Failure"/> until the entry is sent.</remarks>
    public async Task RescheduleAsync(string key, Instant nextAttemptAt, string? reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        string? note = Truncate(reason);
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            await context.Outbox
                .Where(o => o.Key == key && (o.State == OutboxState.Sending || o.State == OutboxState.Pending || o.State == OutboxState.Sent))
                .ExecuteUpdateAsync(
                    set => set
                        .SetProperty(o => o.Attempts, o => o.State == OutboxState.Sent ? 0 : o.Attempts)
                        .SetProperty(o => o.State, OutboxState.Pending)
                        .SetProperty(o => o.NextAttemptAt, nextAttemptAt)
                        .SetProperty(o => o.ClaimedAt, (Instant?)null)
                        .SetProperty(o => o.Failure, note),
                    cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>Records that an entry will not be sent: cancelled (no longer needed) or failed (permanently).</summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="state"><see cref="OutboxState.Cancelled"/> or <see cref="OutboxState.Failed"/>.</param>
    /// <param name="reason">Why, in Swedish.</param>
    /// <param name="at">When.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    /// <remarks>Only a Pending or Sending entry is closed; a sent one stays sent.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is neither Cancelled nor Failed.</exception>
    public async Task CloseAsync(string key, OutboxState state, string reason, Instant at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (state is not (OutboxState.Cancelled or OutboxState.Failed))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "An entry is closed as Cancelled or Failed.");
        }

        string note = Truncate(reason)!;
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            await context.Outbox
                .Where(o => o.Key == key && (o.State == OutboxState.Pending || o.State == OutboxState.Sending))
                .ExecuteUpdateAsync(
                    set => set
                        .SetProperty(o => o.State, state)
                        .SetProperty(o => o.ClosedAt, at)
                        .SetProperty(o => o.ClaimedAt, (Instant?)null)
                        .SetProperty(o => o.Failure, note),
                    cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <summary>Finds an entry by key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entry, or null.</returns>
    public async Task<OutboxEntry?> FindAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            OutboxRow? row = await context.Outbox.AsNoTracking().FirstOrDefaultAsync(o => o.Key == key, cancellationToken).ConfigureAwait(false);
            return row is null ? null : ToEntry(row);
        }
    }

    /// <summary>The entries that failed since a time, for the managers' digests.</summary>
    /// <param name="since">The start.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The failed entries, newest first.</returns>
    /// <remarks>Seeks the (State, ClosedAt) index.</remarks>
    public async Task<IReadOnlyList<OutboxEntry>> FailedSinceAsync(Instant since, CancellationToken cancellationToken)
    {
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            List<OutboxRow> rows = await context.Outbox.AsNoTracking()
                .Where(o => o.State == OutboxState.Failed && o.ClosedAt >= since)
                .OrderByDescending(o => o.ClosedAt)
                .ThenByDescending(o => o.Id)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            return [.. rows.Select(ToEntry)];
        }
    }

    /// <summary>The query for due pending entries, oldest first: what <see cref="ClaimDueAsync"/> runs (and the test of its plan).</summary>
    /// <param name="context">The context.</param>
    /// <param name="now">Now.</param>
    /// <returns>The query.</returns>
    internal static IQueryable<OutboxRow> DueQuery(OsbyDbContext context, Instant now) => context.Outbox
        .Where(o => o.State == OutboxState.Pending && o.NextAttemptAt <= now)
        .OrderBy(o => o.NextAttemptAt);

    /// <summary>The reason stored when an entry gives up after its attempts, in Swedish.</summary>
    /// <param name="attempts">The attempts made.</param>
    /// <returns>The reason.</returns>
    internal static string GaveUp(int attempts) => $"Gav upp efter {attempts} försök att skicka.";

    private const string NoLongerPlanned = "Behövs inte längre: ärendet har ändrats.";

    private static void Check(PlannedReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (string.IsNullOrWhiteSpace(reminder.Key) || reminder.Key.Length > OsbyDbContext.MaxOutboxKeyLength)
        {
            throw new ArgumentException($"An outbox key is 1–{OsbyDbContext.MaxOutboxKeyLength} characters: \"{reminder.Key}\".", nameof(reminder));
        }

        if (string.IsNullOrWhiteSpace(reminder.Recipient) || reminder.Recipient.Length > OsbyDbContext.MaxPartyLength)
        {
            throw new ArgumentException($"The reminder {reminder.Key} has no recipient or one longer than {OsbyDbContext.MaxPartyLength} characters.", nameof(reminder));
        }
    }

    private static void Replan(OutboxRow row, PlannedReminder reminder)
    {
        switch (row.State)
        {
            case OutboxState.Pending:
                if (row.DueAt != reminder.DueAt)
                {
                    row.NextAttemptAt = reminder.DueAt;
                }

                row.DueAt = reminder.DueAt;
                row.Deadline = reminder.Deadline;
                break;
            case OutboxState.Cancelled:
                row.State = OutboxState.Pending;
                row.DueAt = reminder.DueAt;
                row.Deadline = reminder.Deadline;
                row.NextAttemptAt = reminder.DueAt;
                row.ClosedAt = null;
                row.Failure = null;
                break;
            default:
                // Sending, Sent and Failed are history: a plan never changes them.
                break;
        }
    }

    private static OutboxRow NewRow(PlannedReminder reminder) => new()
    {
        Key = reminder.Key,
        Kind = reminder.Kind,
        ItemId = reminder.ItemId,
        Recipient = reminder.Recipient,
        DueAt = reminder.DueAt,
        Deadline = reminder.Deadline,
        Step = reminder.Step,
        State = OutboxState.Pending,
        NextAttemptAt = reminder.DueAt,
    };

    private static OutboxEntry ToEntry(OutboxRow row) => new(
        new PlannedReminder(row.Key, row.Kind, row.ItemId, row.Recipient, row.DueAt, row.Deadline, row.Step),
        row.State,
        row.Attempts,
        row.NextAttemptAt,
        row.SentAt,
        row.ConversationId,
        row.ActivityId,
        row.Failure);

    private static string? Truncate(string? text) =>
        text is { Length: > OsbyDbContext.MaxNoteLength } ? text[..OsbyDbContext.MaxNoteLength] : text;
}
