using Osby.Policy.Rules;

namespace Osby.Policy.Routing;

/// <summary>One reason behind a routing decision, in Swedish, with the rule it rests on.</summary>
public sealed class RoutingReason
{
    internal RoutingReason(string text, string ruleId)
    {
        Text = text;
        Rule = RuleCitation.For(ruleId);
    }

    /// <summary>Gets the reason in plain Swedish.</summary>
    public string Text { get; }

    /// <summary>Gets the rule, e.g. RT-2.</summary>
    public RuleCitation Rule { get; }

    /// <summary>Returns the reason with its rule id, e.g. "… (RT-2)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Text} ({Rule.RuleId})";
}
