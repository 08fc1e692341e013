using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Osby.Policy;
using Osby.Policy.Deadlines;
using Osby.Policy.Routing;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Storage;

namespace Osby.TeamsBot.Items;

/// <summary>
/// Registers items and records their events durably, with an audit entry for every change. The one way the API and the
/// bot change an item.
/// </summary>
/// <remarks>
/// <para>Every change is checked before it is stored: the library's forward chain must accept it (RT-7, RT-8, DL-6), times
/// may not be before the first arrival, before the latest forward-chain activity, or in the future, and only the
/// addressed recipient or their substitute answers a forward (<see cref="Parties.MayActFor"/>). A refused or invalid
/// change stores nothing.</para>
/// <para>Idempotent: the same external message id is one item; an answer a recipient already gave, recorded again (a
/// double click, a replayed invoke), is <see cref="ChangeStatus.AlreadyRecorded"/> and stores nothing. Concurrent changes
/// to one item are serialised by the item's version (optimistic concurrency, retried), so none is lost or duplicated.</para>
/// <para>Each change is one transaction: the entry, the item's version and denormalised columns, the open-item index
/// (<see cref="ItemPartyRow"/>) and the audit row. Observers (<see cref="IItemObserver"/>) are told after it commits.</para>
/// <para>Thread-safe; register as a singleton. Each call uses its own database context.</para>
/// </remarks>
internal sealed partial class ItemLedger
{
    /// <summary>The audit action of a newly registered item.</summary>
    public const string RegisteredAction = "Registered";

    /// <summary>How many times a change is tried when other changes to the same item get in first.</summary>
    private const int MaxAttempts = 12;

    private readonly IDbContextFactory<OsbyDbContext> contexts;
    private readonly IClock clock;
    private readonly ServicePolicy policy;
    private readonly MailboxDirectory directory;
    private readonly IItemObserver[] observers;
    private readonly ILogger<ItemLedger> logger;

    /// <summary>Initializes a new instance of the <see cref="ItemLedger"/> class.</summary>
    /// <param name="contexts">Creates a database context per call.</param>
    /// <param name="clock">Now: no event may lie after it.</param>
    /// <param name="policy">The service policy; its time zone writes the times in messages.</param>
    /// <param name="directory">The function mailboxes, for who may answer a forward (RT-11).</param>
    /// <param name="observers">Told of every stored change.</param>
    /// <param name="logger">Receives observer failures and retries.</param>
    public ItemLedger(
        IDbContextFactory<OsbyDbContext> contexts,
        IClock clock,
        ServicePolicy policy,
        MailboxDirectory directory,
        IEnumerable<IItemObserver> observers,
        ILogger<ItemLedger> logger)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(observers);
        ArgumentNullException.ThrowIfNull(logger);
        this.contexts = contexts;
        this.clock = clock;
        this.policy = policy;
        this.directory = directory;
        this.observers = [.. observers];
        this.logger = logger;
    }

    /// <summary>Registers an arrival, or returns the item already registered with the same external message id.</summary>
    /// <param name="arrival">The arrival.</param>
    /// <param name="actor">Who registers it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see cref="ChangeStatus.Applied"/> with the new item, <see cref="ChangeStatus.AlreadyRecorded"/> with the existing one
    /// (also when the same id comes with other details: the first registration stands), or <see cref="ChangeStatus.Invalid"/> with
    /// problems (unknown channel, information value outside 0–3, blank sender or mailbox, arrival in the future, too long a subject).</returns>
    /// <remarks>Sender and mailbox are stored as party keys (<see cref="Parties.Normalize"/>); a blank subject or external id
    /// is stored as none. The arrival is entry 1 (<see cref="TrackedEventKind.Arrived"/>).</remarks>
    public async Task<ItemChangeResult> RegisterAsync(ItemArrival arrival, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arrival);
        ArgumentNullException.ThrowIfNull(actor);

        Instant now = clock.GetCurrentInstant();
        List<ItemProblem> problems = CheckArrival(arrival, now);
        if (problems.Count > 0)
        {
            return Invalid(null, problems);
        }

        ItemArrival normalized = arrival with
        {
            OriginalSender = Parties.Normalize(arrival.OriginalSender),
            Mailbox = Parties.Normalize(arrival.Mailbox),
            Subject = Blank(arrival.Subject) ? null : arrival.Subject!.Trim(),
            ExternalMessageId = Blank(arrival.ExternalMessageId) ? null : arrival.ExternalMessageId!.Trim(),
        };

        if (normalized.ExternalMessageId is { } externalId && await FindByExternalIdAsync(externalId, cancellationToken).ConfigureAwait(false) is { } known)
        {
            return AlreadyRegistered(known, now);
        }

        var row = new ItemRow
        {
            Channel = normalized.Channel,
            FirstArrival = normalized.FirstArrival,
            OriginalSender = normalized.OriginalSender,
            SenderCategory = normalized.SenderCategory,
            Subject = normalized.Subject,
            Mailbox = normalized.Mailbox,
            InformationValue = normalized.InformationValue,
            ExternalMessageId = normalized.ExternalMessageId,
            CreatedAt = now,
            Version = 1,
        };
        var arrived = new ItemEntry(1, TrackedEventKind.Arrived, normalized.FirstArrival, now, actor);
        row.Entries.Add(ToRow(arrived));
        var item = new TrackedItem(0, normalized, [arrived], row.Version);
        UpdateDenormalised(row, item, now);
        foreach ((string party, ItemPartyKind kind) in IndexOf(item))
        {
            row.Parties.Add(new ItemPartyRow { Party = party, Kind = kind });
        }

        row.Audit.Add(new AuditRow
        {
            At = now,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Action = RegisteredAction,
            Details = Details(
                ("channel", normalized.Channel.ToString()),
                ("firstArrival", InstantPattern.ExtendedIso.Format(normalized.FirstArrival)),
                ("mailbox", normalized.Mailbox),
                ("senderCategory", normalized.SenderCategory.ToString()),
                ("informationValue", normalized.InformationValue.ToString(CultureInfo.InvariantCulture)),
                ("externalMessageId", normalized.ExternalMessageId)),
        });

        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            context.Items.Add(row);
            try
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException) when (normalized.ExternalMessageId is not null)
            {
                // Another request registered the same message between the look-up and the insert: the unique index on the
                // external id refused this one, and the first registration stands.
                if (await FindByExternalIdAsync(normalized.ExternalMessageId, cancellationToken).ConfigureAwait(false) is { } first)
                {
                    return AlreadyRegistered(first, now);
                }

                throw;
            }
        }

        var registered = new TrackedItem(row.Id, normalized, [arrived], row.Version);
        await NotifyAsync(registered, arrived, cancellationToken).ConfigureAwait(false);
        return new ItemChangeResult(ChangeStatus.Applied, registered);
    }

    /// <summary>Records a later event.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="change">What happened.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome; the item as it is now in every case but <see cref="ChangeStatus.NotFound"/>.</returns>
    /// <remarks>
    /// <para>Checked in this order, and nothing is stored unless all pass: the item exists (<see cref="ChangeStatus.NotFound"/>);
    /// the change is well formed (<see cref="ChangeStatus.Invalid"/>: not <see cref="TrackedEventKind.Arrived"/>, the fields
    /// its kind needs, a time neither in the future nor before the first arrival nor, for the forward chain, before its
    /// latest activity); the actor may make it (<see cref="ChangeStatus.NotAllowed"/>: a person answers a forward only for a
    /// party <see cref="Parties.MayActFor"/> allows, and forwards only as themselves or for such a party; the forwarder is the
    /// acting person when not given); the forward chain accepts it (<see cref="ChangeStatus.Refused"/> with the library's
    /// rule, or <see cref="ChangeStatus.AlreadyRecorded"/> for an answer given before); and for other kinds it is not a
    /// repeat of the latest entry of its kind with the same time, promise and note, nor a second close
    /// (<see cref="ChangeStatus.AlreadyRecorded"/>).</para>
    /// <para>Party keys are normalised (<see cref="Parties.Normalize"/>) and fields the kind does not use are not stored.</para>
    /// </remarks>
    public async Task<ItemChangeResult> RecordAsync(long itemId, ItemChange change, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(actor);

        for (int attempt = 1; ; attempt++)
        {
            OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (context.ConfigureAwait(false))
            {
                // On SQLite the transaction takes the write lock first (BEGIN IMMEDIATE), so changes to one item queue up;
                // elsewhere the item's version catches a change that got in between, and the loop tries again.
                var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    ItemRow? row = await context.Items
                        .Include(i => i.Entries)
                        .Include(i => i.Parties)
                        .AsSplitQuery()
                        .FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken)
                        .ConfigureAwait(false);
                    if (row is null)
                    {
                        return NotFound(itemId);
                    }

                    Instant now = clock.GetCurrentInstant();
                    TrackedItem item = ToItem(row);
                    (ItemChangeResult? outcome, ItemChange? accepted) = Decide(item, change, actor, now);
                    if (outcome is not null)
                    {
                        return outcome;
                    }

                    var entry = new ItemEntry(
                        row.Entries.Count == 0 ? 1 : row.Entries.Max(e => e.Sequence) + 1,
                        accepted!.Kind,
                        accepted.At,
                        now,
                        actor,
                        accepted.Party,
                        accepted.Forwarder,
                        accepted.Note,
                        accepted.PromisedBy,
                        accepted.SuggestedRecipient);
                    row.Entries.Add(ToRow(entry));
                    row.Version++;
                    var changed = new TrackedItem(row.Id, item.Arrival, [.. item.Entries, entry], row.Version);
                    UpdateDenormalised(row, changed, now);
                    UpdateIndex(context, row, changed);
                    row.Audit.Add(new AuditRow
                    {
                        At = now,
                        ActorId = actor.Id,
                        ActorName = actor.Name,
                        Action = AuditAction(entry.Kind),
                        Details = Details(
                            ("at", InstantPattern.ExtendedIso.Format(entry.At)),
                            ("party", entry.Party),
                            ("forwarder", entry.Forwarder),
                            ("promisedBy", entry.PromisedBy is { } promised ? InstantPattern.ExtendedIso.Format(promised) : null),
                            ("note", entry.Note),
                            ("suggestedRecipient", entry.SuggestedRecipient)),
                    });

                    try
                    {
                        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    }
                    catch (DbUpdateException exception) when (attempt < MaxAttempts)
                    {
                        // Another change to the item was stored first (the version or the entry's sequence is taken):
                        // read the item again and decide anew.
                        LogRetry(logger, exception, itemId, attempt);
                        continue;
                    }

                    await NotifyAsync(changed, entry, cancellationToken).ConfigureAwait(false);
                    return new ItemChangeResult(ChangeStatus.Applied, changed);
                }
            }
        }
    }

    /// <summary>Finds an item.</summary>
    /// <param name="itemId">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item, or null.</returns>
    public async Task<TrackedItem?> FindAsync(long itemId, CancellationToken cancellationToken)
    {
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            ItemRow? row = await context.Items.AsNoTracking().Include(i => i.Entries)
                .FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken).ConfigureAwait(false);
            return row is null ? null : ToItem(row);
        }
    }

    /// <summary>The items that are not closed where one of the parties is responsible or has an open forward to answer.</summary>
    /// <param name="parties">Party keys: a person's address and the function mailboxes they act for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The items, in no particular order.</returns>
    /// <remarks>One query on the open-item index (<see cref="ItemPartyRow"/>); parties compare ignoring case.</remarks>
    public async Task<IReadOnlyList<TrackedItem>> OpenItemsForAsync(IReadOnlyCollection<string> parties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parties);
        string[] keys = PartyKeys(parties);
        if (keys.Length == 0)
        {
            return [];
        }

        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            return await LoadAsync(context, OpenItemsQuery(context, keys), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The query behind <see cref="OpenItemsForAsync"/>, without entries: the open items whose id the open-item
    /// index gives for the parties. Written as <c>Id IN (SELECT ItemId … WHERE Party IN …)</c> so the database seeks the
    /// index by party first; a correlated <c>EXISTS</c> read every open item instead.</summary>
    /// <param name="context">The context.</param>
    /// <param name="keys">Party keys, as <see cref="ItemPartyRow.PartyKey"/> makes them.</param>
    /// <returns>The query.</returns>
    internal static IQueryable<ItemRow> OpenItemsQuery(OsbyDbContext context, string[] keys) =>
        context.Items.AsNoTracking()
            .Where(i => !i.IsClosed && context.ItemParties.Where(p => keys.Contains(p.Party)).Select(p => p.ItemId).Contains(i.Id));

    /// <summary>The audit trail of an item: every change, who made it and when, oldest first.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries; empty for an unknown item.</returns>
    /// <remarks>The action is <see cref="RegisteredAction"/> for the registration and the event kind's name for a change
    /// (<c>Forwarded</c>, <c>ForwardConfirmed</c>, …), but <c>Diarised</c> for <see cref="TrackedEventKind.Registered"/>. The
    /// details are <c>field=value</c> pairs with the API's field names, separated by "; ".</remarks>
    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(long itemId, CancellationToken cancellationToken)
    {
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            List<AuditRow> rows = await context.Audit.AsNoTracking().Where(a => a.ItemId == itemId).OrderBy(a => a.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(a => new AuditEntry(a.ItemId, a.At, a.ActorId, a.ActorName, a.Action, a.Details))];
        }
    }

    /// <summary>Remembers a forward card the bot sent (once per activity id; a repeat is ignored).</summary>
    /// <param name="card">The card.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    /// <remarks>A card is identified by its conversation and activity id; the party is stored as a party key.</remarks>
    /// <exception cref="DbUpdateException">The item does not exist.</exception>
    public async Task RememberCardAsync(SentForwardCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentException.ThrowIfNullOrWhiteSpace(card.ConversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(card.ActivityId);

        if (await CardExistsAsync(card, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            context.SentCards.Add(new SentCardRow
            {
                ItemId = card.ItemId,
                Party = Parties.Normalize(card.Party),
                ConversationId = card.ConversationId,
                ActivityId = card.ActivityId,
                SentAt = card.SentAt,
            });
            try
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // Remembered by a concurrent call, whose row the unique index kept; anything else (no such item) stands.
                if (!await CardExistsAsync(card, cancellationToken).ConfigureAwait(false))
                {
                    throw;
                }
            }
        }
    }

    /// <summary>The forward cards sent for an item, oldest first.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cards.</returns>
    public async Task<IReadOnlyList<SentForwardCard>> CardsAsync(long itemId, CancellationToken cancellationToken)
    {
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            List<SentCardRow> rows = await context.SentCards.AsNoTracking().Where(c => c.ItemId == itemId).OrderBy(c => c.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(c => new SentForwardCard(c.ItemId, c.Party, c.ConversationId, c.ActivityId, c.SentAt))];
        }
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    // The stored form of the parties asked for (blank ones dropped), as the open-item index and the item rows hold them.
    private static string[] PartyKeys(IReadOnlyCollection<string> parties) =>
        [.. parties.Where(p => !Blank(p)).Select(ItemPartyRow.PartyKey).Distinct(StringComparer.Ordinal)];

    private static string? Trimmed(string? value) => Blank(value) ? null : value!.Trim();

    private static string? PartyOrNull(string? value) => Blank(value) ? null : Parties.Normalize(value!);

    private static bool IsChainKind(TrackedEventKind kind) => kind is TrackedEventKind.Forwarded or TrackedEventKind.ForwardConfirmed
        or TrackedEventKind.ForwardDeclined or TrackedEventKind.MarkedAsAdvertising;

    private static bool IsAnswerKind(TrackedEventKind kind) => kind is TrackedEventKind.ForwardConfirmed
        or TrackedEventKind.ForwardDeclined or TrackedEventKind.MarkedAsAdvertising;

    private static string AuditAction(TrackedEventKind kind) => kind == TrackedEventKind.Registered ? "Diarised" : kind.ToString();

    private static string Details(params (string Field, string? Value)[] fields) =>
        string.Join("; ", fields.Where(f => f.Value is not null).Select(f => $"{f.Field}={f.Value}"));

    private static ItemEntryRow ToRow(ItemEntry entry) => new()
    {
        Sequence = entry.Sequence,
        Kind = entry.Kind,
        At = entry.At,
        RecordedAt = entry.RecordedAt,
        ActorId = entry.Actor.Id,
        ActorName = entry.Actor.Name,
        Party = entry.Party,
        Forwarder = entry.Forwarder,
        Note = entry.Note,
        PromisedBy = entry.PromisedBy,
        SuggestedRecipient = entry.SuggestedRecipient,
    };

    /// <summary>Loads the items a query selects with their entries: the rows, then the entries in one query on the same
    /// filter (<see cref="EntriesQuery"/>). Like EF's split queries, the two reads are not one snapshot: an entry stored
    /// between them is included (entries are only ever added, and an item is what its entries say). EF's split
    /// <c>Include</c> sorted the joined entries by item and took twice as long.</summary>
    private static async Task<IReadOnlyList<TrackedItem>> LoadAsync(OsbyDbContext context, IQueryable<ItemRow> query, CancellationToken cancellationToken)
    {
        List<ItemRow> rows = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return [];
        }

        List<ItemEntryRow> entries = await EntriesQuery(context, query).ToListAsync(cancellationToken).ConfigureAwait(false);
        ILookup<long, ItemEntryRow> byItem = entries.ToLookup(e => e.ItemId);
        foreach (ItemRow row in rows)
        {
            row.Entries.AddRange(byItem[row.Id]);
        }

        return [.. rows.Select(ToItem)];
    }

    /// <summary>The entries of the items a query selects, in no particular order: <c>ItemId IN (SELECT Id …)</c>, so the
    /// database seeks the entries' index once per item.</summary>
    /// <param name="context">The context.</param>
    /// <param name="items">The items.</param>
    /// <returns>The query.</returns>
    internal static IQueryable<ItemEntryRow> EntriesQuery(OsbyDbContext context, IQueryable<ItemRow> items) =>
        context.ItemEntries.AsNoTracking().Where(e => items.Select(i => i.Id).Contains(e.ItemId));

    /// <summary>Rebuilds an item from its stored row; the row's <see cref="ItemRow.Entries"/> must be loaded.</summary>
    /// <param name="row">The row with its entries.</param>
    /// <returns>The item.</returns>
    /// <exception cref="InvalidOperationException">The entries do not replay.</exception>
    internal static TrackedItem ToItem(ItemRow row)
    {
        var arrival = new ItemArrival(
            row.Channel, row.FirstArrival, row.OriginalSender, row.SenderCategory, row.Subject, row.Mailbox, row.InformationValue, row.ExternalMessageId);
        List<ItemEntry> entries = [.. row.Entries.OrderBy(e => e.Sequence).Select(e => new ItemEntry(
            e.Sequence, e.Kind, e.At, e.RecordedAt, new Actor(e.ActorId, e.ActorName), e.Party, e.Forwarder, e.Note, e.PromisedBy, e.SuggestedRecipient))];
        return new TrackedItem(row.Id, arrival, entries, row.Version);
    }

    private void UpdateDenormalised(ItemRow row, TrackedItem item, Instant now)
    {
        row.Responsible = item.Responsible;
        row.IsClosed = item.IsClosed;
        row.FirstResponse = item.IsClosed ? FirstResponseOutcomes.Of(item, policy, now) : FirstResponseOutcome.Unknown;
        row.LastActivity = item.LastActivity;
        row.UpdatedAt = now;
    }

    /// <summary>The open-item index rows an item should have: none when closed; else the responsible party and every open forward's recipient.</summary>
    private static HashSet<(string Party, ItemPartyKind Kind)> IndexOf(TrackedItem item)
    {
        var rows = new HashSet<(string, ItemPartyKind)>();
        if (item.IsClosed)
        {
            return rows;
        }

        rows.Add((ItemPartyRow.PartyKey(item.Responsible), ItemPartyKind.Responsible));
        foreach (ForwardHop hop in item.Chain.Hops.Where(h => !h.IsArrival && h.IsOpen))
        {
            rows.Add((ItemPartyRow.PartyKey(hop.To), ItemPartyKind.OpenForward));
        }

        return rows;
    }

    private static void UpdateIndex(OsbyDbContext context, ItemRow row, TrackedItem item)
    {
        HashSet<(string Party, ItemPartyKind Kind)> wanted = IndexOf(item);
        foreach (ItemPartyRow stale in row.Parties.Where(p => !wanted.Contains((p.Party, p.Kind))).ToList())
        {
            row.Parties.Remove(stale);
            context.ItemParties.Remove(stale);
        }

        foreach ((string party, ItemPartyKind kind) in wanted.Where(w => !row.Parties.Any(p => p.Party == w.Party && p.Kind == w.Kind)))
        {
            row.Parties.Add(new ItemPartyRow { ItemId = row.Id, Party = party, Kind = kind });
        }
    }

    private static ItemChangeResult NotFound(long itemId) => new(
        ChangeStatus.NotFound,
        null,
        string.Create(CultureInfo.InvariantCulture, $"Det finns inget ärende {itemId}."),
        string.Create(CultureInfo.InvariantCulture, $"There is no item {itemId}."));

    private static ItemChangeResult Invalid(TrackedItem? item, List<ItemProblem> problems) => new(
        ChangeStatus.Invalid,
        item,
        "Uppgifterna behöver rättas: " + string.Join(" ", problems.Select(p => p.Swedish)),
        "The request needs correcting: " + string.Join(" ", problems.Select(p => p.English)),
        null,
        problems);

    private async Task<TrackedItem?> FindByExternalIdAsync(string externalId, CancellationToken cancellationToken)
    {
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            ItemRow? row = await context.Items.AsNoTracking().Include(i => i.Entries)
                .FirstOrDefaultAsync(i => i.ExternalMessageId == externalId, cancellationToken).ConfigureAwait(false);
            return row is null ? null : ToItem(row);
        }
    }

    private async Task<bool> CardExistsAsync(SentForwardCard card, CancellationToken cancellationToken)
    {
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            return await context.SentCards.AnyAsync(
                c => c.ConversationId == card.ConversationId && c.ActivityId == card.ActivityId, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task NotifyAsync(TrackedItem item, ItemEntry entry, CancellationToken cancellationToken)
    {
        foreach (IItemObserver observer in observers)
        {
            try
            {
                await observer.OnChangedAsync(item, entry, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                // The change is stored; an observer (a card update, a notice) must not undo or fail it.
                LogObserverFailed(logger, exception, observer.GetType().Name, item.Id, entry.Sequence);
            }
        }
    }

    private ItemChangeResult AlreadyRegistered(TrackedItem item, Instant now) => new(
        ChangeStatus.AlreadyRecorded,
        item,
        string.Create(CultureInfo.InvariantCulture, $"Meddelandet är redan registrerat som ärende {item.Id} (första ankomst {Swedish(item.Arrival.FirstArrival, now)}). Den första registreringen gäller."),
        string.Create(CultureInfo.InvariantCulture, $"The message is already registered as item {item.Id} (first arrival {English(item.Arrival.FirstArrival)}); the first registration stands."));

    private string Swedish(Instant instant, Instant now) =>
        SwedishDateText.Format(instant.InZone(policy.Clock.Zone).LocalDateTime, now.InZone(policy.Clock.Zone).Year);

    private string English(Instant instant) =>
        instant.InZone(policy.Clock.Zone).LocalDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " Swedish time";

    [LoggerMessage(EventId = 61, Level = LogLevel.Error, Message = "Item observer {Observer} failed on item {ItemId} entry {Sequence}; the change is stored")]
    private static partial void LogObserverFailed(ILogger logger, Exception exception, string observer, long itemId, int sequence);

    [LoggerMessage(EventId = 62, Level = LogLevel.Debug, Message = "Item {ItemId} changed meanwhile; trying again (attempt {Attempt})")]
    private static partial void LogRetry(ILogger logger, Exception exception, long itemId, int attempt);
}
