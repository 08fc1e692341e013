namespace Osby.TeamsBot.Storage;

/// <summary>
/// One row of the open-item index: a party that is responsible for an item that is not closed, or has a forward of it to
/// answer. Kept by <see cref="Items.ItemLedger"/> in the same transaction as every change, so "open items for these
/// parties" is one indexed query.
/// </summary>
internal sealed class ItemPartyRow
{
    /// <summary>Gets or sets the item.</summary>
    public long ItemId { get; set; }

    /// <summary>Gets or sets the party, as <see cref="PartyKey"/> writes it.</summary>
    public string Party { get; set; } = string.Empty;

    /// <summary>Gets or sets why the party is here.</summary>
    public ItemPartyKind Kind { get; set; }

    /// <summary>Writes a party as the index stores and looks it up: trimmed and lower-case, since parties compare ignoring case.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The index key.</returns>
    public static string PartyKey(string party) => party.Trim().ToLowerInvariant();
}
