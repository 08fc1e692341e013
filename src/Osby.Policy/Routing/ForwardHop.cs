using NodaTime;

namespace Osby.Policy.Routing;

/// <summary>One step of a <see cref="ForwardChain"/>: who sent the item to whom, when, and how the recipient answered (RT-7, RT-8, DL-6).</summary>
/// <remarks>
/// <para>The first hop of every chain is the arrival: from the original sender to the initially receiving instance at the
/// first arrival (DL-9), with <see cref="IsArrival"/> set and the outcome <see cref="HopOutcome.Handling"/>. Every later hop
/// is a forward.</para>
/// <para>Parties are kept as given (trimmed) and compared case-insensitively. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ForwardHop
{
    private ForwardHop(
        string from,
        string to,
        Instant at,
        bool isArrival,
        bool confirmationRequested,
        HopOutcome outcome,
        Instant? answeredAt,
        string? reason,
        string? suggestedRecipient,
        int forwardedStep,
        int answeredStep)
    {
        From = from;
        To = to;
        At = at;
        IsArrival = isArrival;
        ConfirmationRequested = confirmationRequested;
        Outcome = outcome;
        AnsweredAt = answeredAt;
        Reason = reason;
        SuggestedRecipient = suggestedRecipient;
        ForwardedStep = forwardedStep;
        AnsweredStep = answeredStep;
    }

    /// <summary>Gets who sent the item on this hop: the original sender for the arrival, otherwise the forwarder.</summary>
    public string From { get; }

    /// <summary>Gets who received the item on this hop (a person or a mailbox, e.g. "bygglov@osby.se").</summary>
    public string To { get; }

    /// <summary>Gets when the item was sent on this hop: the first arrival for the arrival hop.</summary>
    public Instant At { get; }

    /// <summary>Gets whether this is the first hop: the item's arrival at the initially receiving instance.</summary>
    public bool IsArrival { get; }

    /// <summary>Gets whether the forwarder asked the recipient to confirm whether they handle the item (RT-7: always ask);
    /// false for the arrival.</summary>
    public bool ConfirmationRequested { get; }

    /// <summary>Gets how the recipient answered; <see cref="HopOutcome.Open"/> until they do.</summary>
    public HopOutcome Outcome { get; }

    /// <summary>Gets when the recipient answered, or null while the hop is open; the first arrival for the arrival hop.</summary>
    public Instant? AnsweredAt { get; }

    /// <summary>Gets why the recipient is the wrong one, in their words, for <see cref="HopOutcome.WrongRecipient"/>; otherwise null.</summary>
    public string? Reason { get; }

    /// <summary>Gets who the recipient suggested instead, for <see cref="HopOutcome.WrongRecipient"/>, or null.</summary>
    public string? SuggestedRecipient { get; }

    /// <summary>Gets whether the recipient has not answered yet.</summary>
    public bool IsOpen => Outcome == HopOutcome.Open;

    /// <summary>Gets the number of the chain operation that recorded the hop (0 for the arrival), to order events at one instant.</summary>
    internal int ForwardedStep { get; }

    /// <summary>Gets the number of the chain operation that recorded the answer, or −1 while open.</summary>
    internal int AnsweredStep { get; }

    /// <summary>Returns e.g. "kommun@osby.se → bygglov@osby.se 2026-11-27T13:05:00Z Handling".</summary>
    /// <returns>A short description for logs.</returns>
    public override string ToString() => $"{From} → {To} {At} {(IsArrival ? "Arrival" : Outcome.ToString())}";

    internal static ForwardHop Arrival(string originalSender, string firstReceiver, Instant firstArrival) =>
        new(originalSender, firstReceiver, firstArrival, isArrival: true, confirmationRequested: false, HopOutcome.Handling, firstArrival, null, null, 0, 0);

    internal static ForwardHop Forward(string from, string to, Instant at, bool confirmationRequested, int step) =>
        new(from, to, at, isArrival: false, confirmationRequested, HopOutcome.Open, null, null, null, step, -1);

    internal ForwardHop Answered(HopOutcome outcome, Instant at, string? reason, string? suggestedRecipient, int step) =>
        new(From, To, At, IsArrival, ConfirmationRequested, outcome, at, reason, suggestedRecipient, ForwardedStep, step);

    /// <summary>Whether the hop already has exactly this answer (a repeated click), ignoring when it was given.</summary>
    internal bool HasAnswer(HopOutcome outcome, string? reason, string? suggestedRecipient) =>
        Outcome == outcome
        && string.Equals(Reason, reason, StringComparison.Ordinal)
        && string.Equals(SuggestedRecipient, suggestedRecipient, StringComparison.OrdinalIgnoreCase);
}
