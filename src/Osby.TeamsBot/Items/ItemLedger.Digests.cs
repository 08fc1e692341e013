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
    /// <returns>The items' numbers, first arrivals and first-response outcomes, in no particular order.</returns>
    /// <remarks>One query answered from the indexes on (first receiver, first arrival, closed, outcome) and (responsible, …)
    /// alone (<see cref="ClosedOutcomesQuery"/>), so its cost grows with the parties' recent items, not with everything
    /// stored, and no item is loaded. An item stored closed before outcomes were stored
    /// (<see cref="FirstResponseOutcome.Unknown"/>) is loaded with its entries and worked out now. Parties compare ignoring
    /// case.</remarks>
    public async Task<IReadOnlyList<ItemOutcome>> ClosedArrivedForAsync(IReadOnlyCollection<string> parties, Instant arrivedFrom, CancellationToken cancellationToken)
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
            List<ItemOutcome> closed = await ClosedOutcomesQuery(context, keys, arrivedFrom).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (!closed.Exists(c => c.FirstResponse == FirstResponseOutcome.Unknown))
            {
                return closed;
            }

            Instant now = clock.GetCurrentInstant();
            IReadOnlyList<TrackedItem> unknown = await LoadAsync(context, UnknownOutcomesQuery(context, keys, arrivedFrom), cancellationToken)
                .ConfigureAwait(false);
            Dictionary<long, FirstResponseOutcome> outcomes = unknown.ToDictionary(i => i.Id, i => FirstResponseOutcomes.Of(i, policy, now));
            return [.. closed.Select(c => outcomes.TryGetValue(c.Id, out FirstResponseOutcome outcome) ? c with { FirstResponse = outcome } : c)];
        }
    }

    /// <summary>The outcomes behind <see cref="ClosedArrivedForAsync"/>: a union of the items by first receiver and by
    /// responsible party, so that each half reads its index alone (an <c>OR</c> would read every matching item's row).</summary>
    /// <param name="context">The context.</param>
    /// <param name="keys">Party keys, as <see cref="ItemPartyRow.PartyKey"/> makes them.</param>
    /// <param name="arrivedFrom">The earliest first arrival.</param>
    /// <returns>The query.</returns>
    internal static IQueryable<ItemOutcome> ClosedOutcomesQuery(OsbyDbContext context, string[] keys, Instant arrivedFrom) =>
        ClosedSince(context, arrivedFrom)
            .Where(i => keys.Contains(i.Mailbox))
            .Select(i => new { i.Id, i.FirstArrival, i.FirstResponse })
            .Union(ClosedSince(context, arrivedFrom)
                .Where(i => keys.Contains(i.Responsible))
                .Select(i => new { i.Id, i.FirstArrival, i.FirstResponse }))
            .Select(i => new ItemOutcome(i.Id, i.FirstArrival, i.FirstResponse));

    /// <summary>The closed items behind <see cref="ClosedArrivedForAsync"/> whose outcome is not stored, as rows to replay.</summary>
    private static IQueryable<ItemRow> UnknownOutcomesQuery(OsbyDbContext context, string[] keys, Instant arrivedFrom) =>
        ClosedSince(context, arrivedFrom)
            .Where(i => (keys.Contains(i.Mailbox) || keys.Contains(i.Responsible)) && i.FirstResponse == FirstResponseOutcome.Unknown);

    /// <summary>The items closed that first arrived at or after a time; the parties' filter is the caller's.</summary>
    private static IQueryable<ItemRow> ClosedSince(OsbyDbContext context, Instant arrivedFrom) =>
        context.Items.AsNoTracking().Where(i => i.FirstArrival >= arrivedFrom && i.IsClosed);
}
