using Osby.Policy.Rules;

namespace Osby.Policy.Routing;

/// <summary>Something about a forward chain that the responsible instance should act on, in Swedish, with its rule (RT-7, DL-6).</summary>
/// <remarks>Computed from the chain as it stands (see <see cref="ForwardChain.Warnings"/>); whether a confirmation is
/// <em>late</em> is for <see cref="Deadlines.ServicePolicy"/> to say. Instances are immutable and thread-safe.</remarks>
public sealed class ForwardChainWarning
{
    internal ForwardChainWarning(ForwardChainWarningKind kind, string ruleId, string message, IReadOnlyList<string> parties)
    {
        Kind = kind;
        Rule = RuleCitation.For(ruleId);
        Message = message;
        Parties = parties;
    }

    /// <summary>Gets what the warning is about.</summary>
    public ForwardChainWarningKind Kind { get; }

    /// <summary>Gets the rule it rests on: RT-7 or DL-6.</summary>
    public RuleCitation Rule { get; }

    /// <summary>Gets the warning in Swedish for the responsible instance, ending with the rule id, e.g. "(DL-6)".</summary>
    public string Message { get; }

    /// <summary>Gets the recipients the warning is about, in hop order.</summary>
    public IReadOnlyList<string> Parties { get; }

    /// <summary>Returns the message and the source, e.g. "bygglov@osby.se har inte bekräftat … Källa: riktlinjen avsnitt 3.1 (DL-6)".</summary>
    /// <returns>The warning in Swedish.</returns>
    public override string ToString() => $"{Message} {Rule}";
}
