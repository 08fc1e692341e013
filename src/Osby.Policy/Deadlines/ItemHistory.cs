using System.Collections.Immutable;
using NodaTime;

namespace Osby.Policy.Deadlines;

/// <summary>Everything that has happened to one item, in time order; the only input besides "now" that its obligations depend on.</summary>
/// <remarks>
/// <para>The first event is always <see cref="ItemEventKind.Arrived"/>: the first arrival at the municipality (DL-9), which
/// forwarding never changes. Events are kept in time order (events at the same instant in the order given).</para>
/// <para>Instances are immutable and thread-safe; <see cref="With"/> returns a new history.</para>
/// </remarks>
public sealed class ItemHistory
{
    private ItemHistory(ImmutableArray<ItemEvent> events)
    {
        Events = events;
    }

    /// <summary>Gets the events in time order, the arrival first.</summary>
    public IReadOnlyList<ItemEvent> Events { get; }

    /// <summary>Gets when the item first reached the municipality (DL-9).</summary>
    public Instant FirstArrival => Events[0].At;

    /// <summary>Gets the channel the item came in by.</summary>
    public Channel Channel => Events[0].Channel!.Value;

    /// <summary>Starts the history of an item that has just arrived.</summary>
    /// <param name="firstArrival">When it first reached the municipality.</param>
    /// <param name="channel">The channel.</param>
    /// <returns>A history with one event.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not a defined channel.</exception>
    public static ItemHistory Start(Instant firstArrival, Channel channel) => new([ItemEvent.Arrived(firstArrival, channel)]);

    /// <summary>Creates a history from stored events, checking that they make sense together.</summary>
    /// <param name="events">The events, in any order.</param>
    /// <returns>The history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">There is not exactly one arrival, an event is before the arrival, or a
    /// confirmation or decline names a recipient the item was never forwarded to before it.</exception>
    public static ItemHistory From(IEnumerable<ItemEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        ItemEvent[] array = [.. events];
        if (Array.Exists(array, e => e is null))
        {
            throw new ArgumentNullException(nameof(events), "An event is null.");
        }

        ItemEvent[] arrivals = Array.FindAll(array, e => e.Kind == ItemEventKind.Arrived);
        if (arrivals.Length != 1)
        {
            throw new ArgumentException($"An item has exactly one arrival event; found {arrivals.Length}.", nameof(events));
        }

        var sorted = array.Where(e => e.Kind != ItemEventKind.Arrived).OrderBy(e => e.At).Prepend(arrivals[0]).ToImmutableArray();
        var history = new ItemHistory(sorted);
        history.Check(nameof(events));
        return history;
    }

    /// <summary>Returns the history with one more event.</summary>
    /// <param name="event">The event; it may be recorded late, but not before the arrival.</param>
    /// <returns>The new history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    /// <exception cref="ArgumentException">The event is a second arrival, is before the arrival, or confirms a forward that did not happen.</exception>
    public ItemHistory With(ItemEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return From(Events.Append(@event));
    }

    /// <summary>Gets the events that had happened by <paramref name="now"/>.</summary>
    internal IEnumerable<ItemEvent> Until(Instant now) => Events.TakeWhile(e => e.At <= now);

    private void Check(string paramName)
    {
        Instant arrival = FirstArrival;
        var forwardedTo = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (ItemEvent e in Events.Skip(1))
        {
            if (e.At < arrival)
            {
                throw new ArgumentException($"The event {e.Kind} at {e.At} is before the item's first arrival at {arrival}.", paramName);
            }

            switch (e.Kind)
            {
                case ItemEventKind.Forwarded:
                    forwardedTo.Add(e.Party!);
                    break;
                case ItemEventKind.ForwardConfirmed or ItemEventKind.ForwardDeclined when !forwardedTo.Contains(e.Party!):
                    throw new ArgumentException($"{e.Kind} by {e.Party}, but the item was not forwarded to {e.Party} before {e.At}.", paramName);
            }
        }
    }
}
