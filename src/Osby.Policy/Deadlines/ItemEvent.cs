using NodaTime;

namespace Osby.Policy.Deadlines;

/// <summary>One thing that happened to an item; an item's state is computed from its events (see <see cref="ItemHistory"/>).</summary>
/// <remarks>Create events with the factory methods, which validate their arguments. Instances are immutable.</remarks>
public sealed class ItemEvent
{
    private ItemEvent(ItemEventKind kind, Instant at, Channel? channel = null, Instant? promisedBy = null, string? party = null, string? note = null)
    {
        Kind = kind;
        At = at;
        Channel = channel;
        PromisedBy = promisedBy;
        Party = party;
        Note = note;
    }

    /// <summary>Gets what happened.</summary>
    public ItemEventKind Kind { get; }

    /// <summary>Gets when it happened.</summary>
    public Instant At { get; }

    /// <summary>Gets the channel, for <see cref="ItemEventKind.Arrived"/>.</summary>
    public Channel? Channel { get; }

    /// <summary>Gets the promised time of the final answer, for <see cref="ItemEventKind.Acknowledged"/> and <see cref="ItemEventKind.PromiseRenewed"/>.</summary>
    public Instant? PromisedBy { get; }

    /// <summary>Gets the recipient of a forward (a person or a mailbox), for the forward events.</summary>
    public string? Party { get; }

    /// <summary>Gets the diarienummer of <see cref="ItemEventKind.Registered"/>, or the reason of <see cref="ItemEventKind.ForwardDeclined"/>.</summary>
    public string? Note { get; }

    /// <summary>The item first reached the municipality (DL-9).</summary>
    /// <param name="at">The first arrival.</param>
    /// <param name="channel">The channel it came in by.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not a defined channel.</exception>
    public static ItemEvent Arrived(Instant at, Channel channel) =>
        Enum.IsDefined(channel)
            ? new(ItemEventKind.Arrived, at, channel: channel)
            : throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown channel.");

    /// <summary>The sender was told the item is received, who handles it and when to expect an answer (DL-3, CD-6).</summary>
    /// <param name="at">When the acknowledgement was sent.</param>
    /// <param name="promisedBy">The promised time of the final answer; not before <paramref name="at"/>.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException"><paramref name="promisedBy"/> is before <paramref name="at"/>.</exception>
    public static ItemEvent Acknowledged(Instant at, Instant promisedBy) => Promise(ItemEventKind.Acknowledged, at, promisedBy);

    /// <summary>The sender got a status update with a new promised time (DL-3).</summary>
    /// <param name="at">When the update was sent.</param>
    /// <param name="promisedBy">The new promised time; not before <paramref name="at"/>.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException"><paramref name="promisedBy"/> is before <paramref name="at"/>.</exception>
    public static ItemEvent PromiseRenewed(Instant at, Instant promisedBy) => Promise(ItemEventKind.PromiseRenewed, at, promisedBy);

    /// <summary>The item was forwarded (RT-7).</summary>
    /// <param name="at">When it was forwarded.</param>
    /// <param name="recipient">The person or mailbox it was forwarded to, e.g. "bygglov@osby.se".</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException"><paramref name="recipient"/> is empty.</exception>
    public static ItemEvent Forwarded(Instant at, string recipient) => new(ItemEventKind.Forwarded, at, party: Required(recipient, nameof(recipient)));

    /// <summary>The recipient confirmed that they handle the item (DL-6).</summary>
    /// <param name="at">When they confirmed.</param>
    /// <param name="recipient">The recipient, as in the forward.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException"><paramref name="recipient"/> is empty.</exception>
    public static ItemEvent ForwardConfirmed(Instant at, string recipient) =>
        new(ItemEventKind.ForwardConfirmed, at, party: Required(recipient, nameof(recipient)));

    /// <summary>The recipient declined the forward as the wrong recipient (RT-7).</summary>
    /// <param name="at">When they declined.</param>
    /// <param name="recipient">The recipient, as in the forward.</param>
    /// <param name="reason">Why, in the recipient's words.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException"><paramref name="recipient"/> or <paramref name="reason"/> is empty.</exception>
    public static ItemEvent ForwardDeclined(Instant at, string recipient, string reason) =>
        new(ItemEventKind.ForwardDeclined, at, party: Required(recipient, nameof(recipient)), note: Required(reason, nameof(reason)));

    /// <summary>The sender got the final answer.</summary>
    /// <param name="at">When.</param>
    /// <returns>The event.</returns>
    public static ItemEvent Answered(Instant at) => new(ItemEventKind.Answered, at);

    /// <summary>The item was registered.</summary>
    /// <param name="at">When.</param>
    /// <param name="diarienummer">The diarienummer, e.g. "KS 2026-112".</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException"><paramref name="diarienummer"/> is empty.</exception>
    public static ItemEvent Registered(Instant at, string diarienummer) =>
        new(ItemEventKind.Registered, at, note: Required(diarienummer, nameof(diarienummer)));

    /// <summary>The item was closed.</summary>
    /// <param name="at">When.</param>
    /// <returns>The event.</returns>
    public static ItemEvent Closed(Instant at) => new(ItemEventKind.Closed, at);

    /// <summary>New activity in the item's SEFOS conversation (DL-4).</summary>
    /// <param name="at">When.</param>
    /// <returns>The event.</returns>
    public static ItemEvent SefosActivity(Instant at) => new(ItemEventKind.SefosActivity, at);

    /// <summary>The item was judged advertising or routine mail (RT-6, RC-2).</summary>
    /// <param name="at">When.</param>
    /// <returns>The event.</returns>
    public static ItemEvent MarkedAsRoutine(Instant at) => new(ItemEventKind.MarkedAsRoutine, at);

    /// <summary>Returns e.g. "Forwarded 2026-11-27T14:00:00Z bygglov@osby.se".</summary>
    /// <returns>A short description for logs.</returns>
    public override string ToString() => $"{Kind} {At} {Party ?? Note ?? PromisedBy?.ToString() ?? Channel?.ToString() ?? string.Empty}".TrimEnd();

    private static ItemEvent Promise(ItemEventKind kind, Instant at, Instant promisedBy) =>
        promisedBy >= at
            ? new(kind, at, promisedBy: promisedBy)
            : throw new ArgumentException("The promised time must not be before the promise was made.", nameof(promisedBy));

    private static string Required(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return value.Trim();
    }
}
