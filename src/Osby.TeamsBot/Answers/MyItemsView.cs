namespace Osby.TeamsBot.Answers;

/// <summary>A person's open items ("mina ärenden").</summary>
/// <param name="Items">The items in the order to show them (see <see cref="MyItemsOrder.Sort"/>); the card shows the first ten.</param>
/// <param name="UserName">The person's display name.</param>
/// <param name="TotalOpen">How many open items the person has in all (at least <c>Items.Count</c>).</param>
internal sealed record MyItemsView(IReadOnlyList<ItemView> Items, string UserName, int TotalOpen);
