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
    /// <remarks>One query through the indexes on (first receiver, first arrival) and (responsible, first arrival), so its
    /// cost grows with the parties' recent items, not with everything stored; the entries come in a second query on the
    /// same filter. Parties compare ignoring case.</remarks>
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
            return await LoadAsync(context, ClosedArrivedQuery(context, keys, arrivedFrom), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The query behind <see cref="ClosedArrivedForAsync"/>, without entries. The filter stays in SQL: loading the
    /// matching ids first and then the items by lists of 500 ids allocated about 40 MB per list (EF Core expands such a
    /// list into one SQL parameter per id).</summary>
    /// <param name="context">The context.</param>
    /// <param name="keys">Party keys, as <see cref="ItemPartyRow.PartyKey"/> makes them.</param>
    /// <param name="arrivedFrom">The earliest first arrival.</param>
    /// <returns>The query.</returns>
    internal static IQueryable<ItemRow> ClosedArrivedQuery(OsbyDbContext context, string[] keys, Instant arrivedFrom) =>
        context.Items.AsNoTracking()
            .Where(i => (keys.Contains(i.Mailbox) || keys.Contains(i.Responsible)) && i.FirstArrival >= arrivedFrom && i.IsClosed);
}
