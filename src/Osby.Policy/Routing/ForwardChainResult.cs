using Osby.Policy.Rules;

namespace Osby.Policy.Routing;

/// <summary>The result of an operation on a <see cref="ForwardChain"/>: the new chain, or the unchanged chain with why (RT-7, RT-8, RT-9, DL-6).</summary>
/// <remarks>
/// Expected refusals, such as a forward to someone who already has the item, are results rather than exceptions, like
/// Noda Time's <c>ParseResult</c>. Instances are immutable and thread-safe.
/// </remarks>
public sealed class ForwardChainResult
{
    private ForwardChainResult(ForwardChainStatus status, ForwardChain chain, ForwardRefusal refusal, string? ruleId, string? message, ForwardHop? hop)
    {
        Status = status;
        Chain = chain;
        Refusal = refusal;
        Rule = ruleId is null ? null : RuleCitation.For(ruleId);
        Message = message;
        Hop = hop;
    }

    /// <summary>Gets what became of the operation.</summary>
    public ForwardChainStatus Status { get; }

    /// <summary>Gets whether the operation was refused (the chain is then unchanged).</summary>
    public bool IsRefused => Status == ForwardChainStatus.Refused;

    /// <summary>Gets the chain after the operation: a new chain when applied, otherwise the same instance the operation was called on.</summary>
    public ForwardChain Chain { get; }

    /// <summary>Gets why the operation was refused, or <see cref="ForwardRefusal.None"/>.</summary>
    public ForwardRefusal Refusal { get; }

    /// <summary>Gets the rule behind a refusal or an already recorded operation, e.g. RT-8; null when applied.</summary>
    public RuleCitation? Rule { get; }

    /// <summary>Gets, in Swedish, why the operation was refused or that it had already been recorded, with the send history
    /// where it matters and ending with the rule id, e.g. "(RT-8)"; null when applied.</summary>
    public string? Message { get; }

    /// <summary>Gets the hop concerned: the new or answered hop when applied; the earlier hop to the same recipient, or the
    /// answered hop, when refused or already recorded; otherwise null.</summary>
    public ForwardHop? Hop { get; }

    /// <summary>Returns e.g. "Applied" or "Refused AlreadyReceived: bygglov@osby.se fick redan ärendet … (RT-8)".</summary>
    /// <returns>A short description for logs.</returns>
    public override string ToString() => Status switch
    {
        ForwardChainStatus.Applied => "Applied",
        ForwardChainStatus.Refused => $"Refused {Refusal}: {Message}",
        _ => $"{Status}: {Message}",
    };

    internal static ForwardChainResult Applied(ForwardChain chain, ForwardHop? hop) =>
        new(ForwardChainStatus.Applied, chain, ForwardRefusal.None, null, null, hop);

    internal static ForwardChainResult AlreadyRecorded(ForwardChain chain, string ruleId, string message, ForwardHop? hop) =>
        new(ForwardChainStatus.AlreadyRecorded, chain, ForwardRefusal.None, ruleId, message, hop);

    internal static ForwardChainResult Refused(ForwardChain chain, ForwardRefusal refusal, string ruleId, string message, ForwardHop? hop) =>
        new(ForwardChainStatus.Refused, chain, refusal, ruleId, message, hop);
}
