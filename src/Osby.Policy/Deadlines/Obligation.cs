using NodaTime;
using Osby.Policy.Rules;

namespace Osby.Policy.Deadlines;

/// <summary>One thing owed for an item, and where it stands at the instant it was computed for.</summary>
/// <remarks>Computed by <see cref="ServicePolicy.Evaluate"/> from an item's history; never stored. Instances are immutable.</remarks>
public sealed class Obligation
{
    internal Obligation(
        ObligationKind kind,
        ObligationState state,
        RuleCitation rule,
        string description,
        Instant? due = null,
        Instant? dueSoonAt = null,
        Instant? metAt = null,
        string? party = null,
        IReadOnlyList<Instant>? warnings = null)
    {
        Kind = kind;
        State = state;
        Rule = rule;
        Description = description;
        Due = due;
        DueSoonAt = dueSoonAt;
        MetAt = metAt;
        Party = party;
        Warnings = warnings ?? [];
    }

    /// <summary>Gets what is owed.</summary>
    public ObligationKind Kind { get; }

    /// <summary>Gets where it stands.</summary>
    public ObligationState State { get; }

    /// <summary>Gets the rule it comes from, e.g. DL-1, for "Källa: riktlinjen avsnitt 2.1.1".</summary>
    public RuleCitation Rule { get; }

    /// <summary>Gets what is owed, in Swedish, e.g. "Första svar till avsändaren".</summary>
    public string Description { get; }

    /// <summary>Gets when it is due, or null when it does not apply.</summary>
    public Instant? Due { get; }

    /// <summary>Gets when it becomes "due soon" (by default after 75 % of its window), or null when it does not apply.</summary>
    public Instant? DueSoonAt { get; }

    /// <summary>Gets when it was met, or null.</summary>
    public Instant? MetAt { get; }

    /// <summary>Gets whether it was met after its due time.</summary>
    public bool IsLate => MetAt is { } met && Due is { } due && met > due;

    /// <summary>Gets the person or mailbox concerned: the recipient of a forward, otherwise null.</summary>
    public string? Party { get; }

    /// <summary>Gets the instants at which to warn before the due time (the SEFOS purge warnings of DL-4); often empty.</summary>
    public IReadOnlyList<Instant> Warnings { get; }

    /// <summary>Returns e.g. "FirstResponse Overdue due 2026-11-30T14:00:00Z (DL-1)".</summary>
    /// <returns>A short description for logs.</returns>
    public override string ToString() => $"{Kind} {State}{(Due is { } d ? $" due {d}" : string.Empty)} ({Rule.RuleId})";
}
