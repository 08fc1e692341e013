namespace Osby.TeamsBot.Items;

/// <summary>Told of every change the <see cref="ItemLedger"/> stored, after it is stored (not of refused or repeated ones).</summary>
/// <remarks>
/// The bot uses it to send the forward card to the recipient, update cards in place and tell the forwarder, whether the
/// change came from a card or from the API. An observer's failure is logged by the ledger and does not undo the change.
/// </remarks>
internal interface IItemObserver
{
    /// <summary>Called after a change is stored.</summary>
    /// <param name="item">The item after the change.</param>
    /// <param name="entry">The stored entry (the arrival for a new item).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task OnChangedAsync(TrackedItem item, ItemEntry entry, CancellationToken cancellationToken);
}
