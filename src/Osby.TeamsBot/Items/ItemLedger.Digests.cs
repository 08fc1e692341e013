using Microsoft.EntityFrameworkCore;
using NodaTime;
using Osby.TeamsBot.Storage;

namespace Osby.TeamsBot.Items;

/// <summary>The ledger's queries for the managers' digests.</summary>
internal sealed partial class ItemLedger
{
    /// <summary>The closed items that first arrived at or after a time, where one of the parties was the first receiver or
    /// responsible when the item was closed; with <see cref="OpenItemsForAsync"/>, a unit's items for its digest.</summary>
    /// <param name="parties">Party keys: a unit's function mailboxes and people.</param>
    /// <param name="arrivedFrom">The earliest first arrival (DL-9).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The items, in no particular order.</returns>
    /// <remarks>Filtered in SQL through the indexes on (first receiver, first arrival) and (responsible, first arrival), so its
    /// cost grows with the parties' recent items, not with everything stored; then the matches are loaded with their
    /// entries. Parties compare ignoring case.</remarks>
    public async Task<IReadOnlyList<TrackedItem>> ClosedArrivedForAsync(IReadOnlyCollection<string> parties, Instant arrivedFrom, CancellationToken cancellationToken)
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
            // Two lookups through the (Mailbox, FirstArrival) and (Responsible, FirstArrival) indexes, so a digest reads its own
            // unit's items rather than every item closed in the window; then the matching items with their entries.
            List<long> byMailbox = await context.Items.AsNoTracking()
                .Where(i => keys.Contains(i.Mailbox) && i.FirstArrival >= arrivedFrom && i.IsClosed)
                .Select(i => i.Id)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            List<long> byResponsible = await context.Items.AsNoTracking()
                .Where(i => keys.Contains(i.Responsible) && i.FirstArrival >= arrivedFrom && i.IsClosed)
                .Select(i => i.Id)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            long[] ids = [.. byMailbox.Union(byResponsible)];
            var items = new List<TrackedItem>(ids.Length);
            foreach (long[] chunk in ids.Chunk(500))
            {
                List<ItemRow> rows = await context.Items.AsNoTracking()
                    .Where(i => chunk.Contains(i.Id))
                    .Include(i => i.Entries)
                    .AsSplitQuery()
                    .ToListAsync(cancellationToken)
                    .ConfigureAwait(false);
                items.AddRange(rows.Select(ToItem));
            }

            return items;
        }
    }
}
