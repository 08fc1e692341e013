namespace Osby.Policy.Routing;

/// <summary>Where an inbound message should go, what follows, and why (rules RT-1 … RT-16).</summary>
/// <remarks>
/// When the router is not sure it says so: <see cref="IsCertain"/> is false and <see cref="Alternatives"/> ranks the
/// candidates with a confidence — it never passes a guess off as certain. Instances are immutable.
/// </remarks>
public sealed class RoutingDecision
{
    internal RoutingDecision(
        RoutingAction action,
        string? target,
        string? targetName,
        IReadOnlyList<string> copyTo,
        RoutingObligations obligations,
        IReadOnlyList<RoutingReason> reasons,
        double confidence,
        IReadOnlyList<RoutingAlternative> alternatives)
    {
        Action = action;
        Target = target;
        TargetName = targetName;
        CopyTo = copyTo;
        Obligations = obligations;
        Reasons = reasons;
        Confidence = confidence;
        Alternatives = alternatives;
    }

    /// <summary>Gets what to do.</summary>
    public RoutingAction Action { get; }

    /// <summary>Gets the address to send it to, or null when it stays where it is or the target is not known.</summary>
    public string? Target { get; }

    /// <summary>Gets the target's name, e.g. "Bygglov".</summary>
    public string? TargetName { get; }

    /// <summary>Gets the addresses to copy (Kanslienheten for RT-5).</summary>
    public IReadOnlyList<string> CopyTo { get; }

    /// <summary>Gets what follows: confirmation, acknowledgement, registration, same-day handling.</summary>
    public RoutingObligations Obligations { get; }

    /// <summary>Gets the reasons in Swedish, each with its rule, the deciding one first.</summary>
    public IReadOnlyList<RoutingReason> Reasons { get; }

    /// <summary>Gets how sure the router is, 0–1.</summary>
    public double Confidence { get; }

    /// <summary>Gets whether the router is sure enough to act without asking (confidence ≥ 0.8).</summary>
    public bool IsCertain => Confidence >= Router.CertainThreshold;

    /// <summary>Gets other possible recipients, best first; empty when the decision is clear.</summary>
    public IReadOnlyList<RoutingAlternative> Alternatives { get; }

    /// <summary>Returns e.g. "ForwardToMailbox → bygglov@osby.se (90 %)".</summary>
    /// <returns>A short description for logs.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Action}{(Target is null ? string.Empty : " → " + Target)} ({Confidence:P0})");
}
