using NodaTime;
using Osby.Policy.Deadlines;
using Osby.Policy.Routing;

namespace Osby.TeamsBot.Items;

/// <summary>A stored item: its arrival and every later entry, with the library's view of it rebuilt from them.</summary>
/// <remarks>
/// The entries are the only state. <see cref="Chain"/> replays them on the library's <see cref="ForwardChain"/> and
/// <see cref="History"/> gives the <see cref="ServicePolicy"/> what it needs to compute obligations (DL-1…DL-9), so the bot
/// never recomputes a rule. Immutable.
/// </remarks>
internal sealed class TrackedItem
{
    /// <summary>Initializes a new instance of the <see cref="TrackedItem"/> class by replaying its entries.</summary>
    /// <param name="id">The item's id (its number for staff).</param>
    /// <param name="arrival">The first arrival.</param>
    /// <param name="entries">Every entry in sequence, the arrival first.</param>
    /// <param name="version">The stored version, for optimistic concurrency.</param>
    /// <exception cref="InvalidOperationException">The entries do not replay (the store was changed by hand).</exception>
    public TrackedItem(long id, ItemArrival arrival, IReadOnlyList<ItemEntry> entries, int version)
    {
        ArgumentNullException.ThrowIfNull(arrival);
        ArgumentNullException.ThrowIfNull(entries);

        Id = id;
        Arrival = arrival;
        Entries = entries;
        Version = version;
        Chain = Replay(arrival, entries);
        var own = entries.Where(e => e.Kind is not (TrackedEventKind.Arrived or TrackedEventKind.Forwarded
            or TrackedEventKind.ForwardConfirmed or TrackedEventKind.ForwardDeclined or TrackedEventKind.MarkedAsAdvertising))
            .Select(ToItemEvent);
        History = ItemHistory.From([ItemEvent.Arrived(arrival.FirstArrival, arrival.Channel), .. own, .. Chain.ToItemEvents()]);
        IsClosed = entries.Any(e => e.Kind is TrackedEventKind.Closed);
    }

    /// <summary>Gets the id; staff see it as the item number ("ärende 42").</summary>
    public long Id { get; }

    /// <summary>Gets the first arrival.</summary>
    public ItemArrival Arrival { get; }

    /// <summary>Gets every entry in sequence, the arrival first.</summary>
    public IReadOnlyList<ItemEntry> Entries { get; }

    /// <summary>Gets the stored version; it grows by one with every entry.</summary>
    public int Version { get; }

    /// <summary>Gets the forward chain: who had it, who confirmed, who is responsible (RT-7, RT-8, DL-6).</summary>
    public ForwardChain Chain { get; }

    /// <summary>Gets the history the service policy evaluates.</summary>
    public ItemHistory History { get; }

    /// <summary>Gets a value indicating whether the item was closed.</summary>
    public bool IsClosed { get; }

    /// <summary>Gets a value indicating whether subject and text stay off cards (RT-14).</summary>
    public bool IsSensitive => Arrival.IsSensitive;

    /// <summary>Gets the party responsible now (RT-7).</summary>
    public string Responsible => Chain.Responsible;

    /// <summary>Gets the time of the latest entry; a new entry may not be earlier.</summary>
    public Instant LastActivity => Entries.Max(e => e.At);

    /// <summary>Computes the item's obligations now.</summary>
    /// <param name="policy">The service policy.</param>
    /// <param name="now">Now.</param>
    /// <returns>Every obligation, applicable or not.</returns>
    public IReadOnlyList<Obligation> Obligations(ServicePolicy policy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Evaluate(History, now);
    }

    /// <summary>Gets the open forward to a party, if there is one.</summary>
    /// <param name="party">The recipient.</param>
    /// <returns>The hop, or null.</returns>
    public ForwardHop? OpenForwardTo(string party) =>
        Chain.Hops.FirstOrDefault(h => !h.IsArrival && h.IsOpen && Parties.Same(h.To, party));

    /// <summary>Gets the latest forward to a party, open or answered.</summary>
    /// <param name="party">The recipient.</param>
    /// <returns>The hop, or null.</returns>
    public ForwardHop? ForwardTo(string party) =>
        Chain.Hops.LastOrDefault(h => !h.IsArrival && Parties.Same(h.To, party));

    /// <summary>Replays a new entry on the chain without storing it: what the library says about it.</summary>
    /// <param name="change">The change.</param>
    /// <param name="actor">Who makes it.</param>
    /// <returns>The library's result, or null for an entry that does not touch the chain.</returns>
    public ForwardChainResult? TryOnChain(ItemChange change, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(actor);
        return change.Kind switch
        {
            TrackedEventKind.Forwarded => Chain.Forward(change.Forwarder ?? actor.Id, change.Party!, change.At),
            TrackedEventKind.ForwardConfirmed => Chain.Confirm(change.Party!, change.At),
            TrackedEventKind.ForwardDeclined => Chain.Decline(change.Party!, change.At, change.Note!, change.SuggestedRecipient),
            TrackedEventKind.MarkedAsAdvertising => Chain.MarkAdvertising(change.Party!, change.At),
            _ => null,
        };
    }

    private static ForwardChain Replay(ItemArrival arrival, IReadOnlyList<ItemEntry> entries)
    {
        var chain = ForwardChain.Start(arrival.OriginalSender, arrival.Mailbox, arrival.FirstArrival);
        foreach (ItemEntry e in entries)
        {
            ForwardChainResult? result = e.Kind switch
            {
                TrackedEventKind.Forwarded => chain.Forward(e.Forwarder!, e.Party!, e.At),
                TrackedEventKind.ForwardConfirmed => chain.Confirm(e.Party!, e.At),
                TrackedEventKind.ForwardDeclined => chain.Decline(e.Party!, e.At, e.Note!, e.SuggestedRecipient),
                TrackedEventKind.MarkedAsAdvertising => chain.MarkAdvertising(e.Party!, e.At),
                _ => null,
            };
            if (result is { IsRefused: true })
            {
                throw new InvalidOperationException($"Entry {e.Sequence} ({e.Kind}) does not replay: {result.Message}");
            }

            chain = result?.Chain ?? chain;
        }

        return chain;
    }

    private static ItemEvent ToItemEvent(ItemEntry e) => e.Kind switch
    {
        TrackedEventKind.Acknowledged => ItemEvent.Acknowledged(e.At, e.PromisedBy!.Value),
        TrackedEventKind.PromiseRenewed => ItemEvent.PromiseRenewed(e.At, e.PromisedBy!.Value),
        TrackedEventKind.Answered => ItemEvent.Answered(e.At),
        TrackedEventKind.Registered => ItemEvent.Registered(e.At, e.Note!),
        TrackedEventKind.Closed => ItemEvent.Closed(e.At),
        TrackedEventKind.SefosActivity => ItemEvent.SefosActivity(e.At),
        _ => throw new InvalidOperationException($"Entry {e.Sequence} ({e.Kind}) is not an item event."),
    };
}
