using Microsoft.EntityFrameworkCore;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Storage;

namespace Osby.TeamsBot.Reminders;

/// <summary>
/// Keeps the outbox in step with the items: after every stored change it plans the item afresh
/// (<see cref="ReminderPlanner.Plan"/>) and makes the item's pending reminders match (<see cref="Outbox.SyncItemAsync"/>);
/// at start-up it plans the open items that have no reminders yet (<see cref="BackfillAsync"/>). Thread-safe; register as
/// a singleton <see cref="IItemObserver"/>.
/// </summary>
/// <remarks>
/// <para>Observers are told after the change commits, and two changes to one item may be told out of order. So the sync
/// re-reads the item and runs one at a time: the last sync to run reads the latest stored state, and a plan from an older
/// state can never be the one left in the outbox.</para>
/// <para>The ledger logs an observer's failure and keeps the change; the item's reminders are then brought up to date by
/// its next change. A process that stops between a change's commit and its sync leaves the item's reminders at the previous
/// plan until its next change, unless the item had none (the backfill plans it).</para>
/// </remarks>
internal sealed partial class ReminderPlanSync : IItemObserver, IDisposable
{
    /// <summary>How many open items the backfill reads at a time.</summary>
    public const int BackfillPage = 200;

    private readonly IDbContextFactory<OsbyDbContext> contexts;
    private readonly ReminderPlanner planner;
    private readonly Outbox outbox;
    private readonly ILogger<ReminderPlanSync> logger;
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Initializes a new instance of the <see cref="ReminderPlanSync"/> class.</summary>
    /// <param name="contexts">Reads the items (not the ledger, which is told of this observer).</param>
    /// <param name="planner">Plans an item's reminders.</param>
    /// <param name="outbox">Stores them.</param>
    /// <param name="logger">Told how many items the backfill planned.</param>
    public ReminderPlanSync(IDbContextFactory<OsbyDbContext> contexts, ReminderPlanner planner, Outbox outbox, ILogger<ReminderPlanSync> logger)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(planner);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(logger);
        this.contexts = contexts;
        this.planner = planner;
        this.outbox = outbox;
        this.logger = logger;
    }

    /// <inheritdoc />
    public async Task OnChangedAsync(TrackedItem item, ItemEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        await SyncAsync(item.Id, item, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Plans every open item that has no outbox entry yet: items stored before reminders existed, or whose first
    /// sync was lost to a crash.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many items were planned.</returns>
    /// <remarks>
    /// Cost: pages of <see cref="BackfillPage"/> open items in id order through the open-item index
    /// (<see cref="ItemPartyRow"/>, whose key starts with the item id), each page checked against the outbox's
    /// <c>ItemId</c> index; only items without entries are loaded with their entries and planned. So a start-up reads the
    /// open items' ids once (not the closed ones) and loads only what needs planning, one item at a time: nothing, once every
    /// open item has been planned. An open item whose plan is empty gets no entry and is read again at the next start.
    /// </remarks>
    public async Task<int> BackfillAsync(CancellationToken cancellationToken)
    {
        int planned = 0;
        long after = 0;
        while (true)
        {
            List<long> unplanned;
            long last;
            OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (context.ConfigureAwait(false))
            {
                long from = after;
                List<long> ids = await context.ItemParties.AsNoTracking()
                    .Where(p => p.ItemId > from)
                    .Select(p => p.ItemId)
                    .Distinct()
                    .OrderBy(id => id)
                    .Take(BackfillPage)
                    .ToListAsync(cancellationToken)
                    .ConfigureAwait(false);
                if (ids.Count == 0)
                {
                    break;
                }

                last = ids[^1];
                unplanned = await context.Items.AsNoTracking()
                    .Where(i => ids.Contains(i.Id) && !i.IsClosed && !context.Outbox.Any(o => o.ItemId == i.Id))
                    .Select(i => i.Id)
                    .ToListAsync(cancellationToken)
                    .ConfigureAwait(false);
            }

            foreach (long id in unplanned)
            {
                if (await SyncAsync(id, null, cancellationToken).ConfigureAwait(false))
                {
                    planned++;
                }
            }

            after = last;
        }

        LogBackfilled(logger, planned);
        return planned;
    }

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();

    /// <summary>Reads the item's latest state and syncs its plan, one item at a time.</summary>
    private async Task<bool> SyncAsync(long itemId, TrackedItem? told, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            TrackedItem? latest = await FindAsync(itemId, cancellationToken).ConfigureAwait(false) ?? told;
            if (latest is null)
            {
                return false;
            }

            await outbox.SyncItemAsync(latest.Id, planner.Plan(latest), cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<TrackedItem?> FindAsync(long itemId, CancellationToken cancellationToken)
    {
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            ItemRow? row = await context.Items.AsNoTracking().Include(i => i.Entries)
                .FirstOrDefaultAsync(i => i.Id == itemId, cancellationToken).ConfigureAwait(false);
            return row is null ? null : ItemLedger.ToItem(row);
        }
    }

    [LoggerMessage(EventId = 70, Level = LogLevel.Information, Message = "Planned the reminders of {Count} open items that had none")]
    private static partial void LogBackfilled(ILogger logger, int count);
}
