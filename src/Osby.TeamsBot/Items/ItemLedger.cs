using NodaTime;
using Osby.Policy.Routing;

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
/// <para>Thread-safe; register as a singleton. Each call uses its own database context.</para>
/// </remarks>
internal sealed class ItemLedger
{
    /// <summary>Registers an arrival, or returns the item already registered with the same external message id.</summary>
    /// <param name="arrival">The arrival.</param>
    /// <param name="actor">Who registers it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see cref="ChangeStatus.Applied"/> with the new item, <see cref="ChangeStatus.AlreadyRecorded"/> with the existing one
    /// (also when the same id comes with other details: the first registration stands), or <see cref="ChangeStatus.Invalid"/> with
    /// problems (unknown channel, information value outside 0–3, blank sender or mailbox, arrival in the future, too long a subject).</returns>
    public Task<ItemChangeResult> RegisterAsync(ItemArrival arrival, Actor actor, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>Records a later event.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="change">What happened.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome; the item as it is now in every case but <see cref="ChangeStatus.NotFound"/>.</returns>
    public Task<ItemChangeResult> RecordAsync(long itemId, ItemChange change, Actor actor, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>Finds an item.</summary>
    /// <param name="itemId">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item, or null.</returns>
    public Task<TrackedItem?> FindAsync(long itemId, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>The items that are not closed where one of the parties is responsible or has an open forward to answer.</summary>
    /// <param name="parties">Party keys: a person's address and the function mailboxes they act for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The items, in no particular order.</returns>
    public Task<IReadOnlyList<TrackedItem>> OpenItemsForAsync(IReadOnlyCollection<string> parties, CancellationToken cancellationToken) =>
        throw new NotImplementedException();

    /// <summary>The audit trail of an item: every change, who made it and when, oldest first.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries; empty for an unknown item.</returns>
    public Task<IReadOnlyList<AuditEntry>> AuditAsync(long itemId, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>Remembers a forward card the bot sent (once per activity id; a repeat is ignored).</summary>
    /// <param name="card">The card.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public Task RememberCardAsync(SentCard card, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <summary>The forward cards sent for an item, oldest first.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cards.</returns>
    public Task<IReadOnlyList<SentCard>> CardsAsync(long itemId, CancellationToken cancellationToken) => throw new NotImplementedException();
}
