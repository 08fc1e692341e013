using NodaTime;

namespace Osby.TeamsBot.Answers;

/// <summary>The order of "mina ärenden": what needs doing first comes first.</summary>
internal static class MyItemsOrder
{
    /// <summary>Sorts items: those with an overdue obligation first, then those with one due soon, then the rest; within each
    /// group by the earliest due time of an open obligation (items with none last); ties by item number.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The items in order; each item once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static IReadOnlyList<ItemView> Sort(IEnumerable<ItemView> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return [.. items.OrderBy(Rank).ThenBy(EarliestDue).ThenBy(v => v.Item.Id)];
    }

    /// <summary>The group of an item: 0 something overdue, 1 something due soon, 2 something pending, 3 nothing owed.</summary>
    /// <param name="view">The item.</param>
    /// <returns>The group.</returns>
    public static int Rank(ItemView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Open.Count > 0 ? ItemView.Urgency(view.Open[0]) : 3;
    }

    /// <summary>The earliest due time of an open obligation, or <see cref="Instant.MaxValue"/> when nothing is owed.</summary>
    /// <param name="view">The item.</param>
    /// <returns>The due time.</returns>
    public static Instant EarliestDue(ItemView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Open.Count > 0 ? view.Open.Min(o => o.Due!.Value) : Instant.MaxValue;
    }
}
