using Osby.Policy.Rules;

namespace Osby.Policy.Guidance;

/// <summary>One answer found by <see cref="Guideline.Search"/>: an entry and how well it matched.</summary>
/// <remarks>Instances are immutable. Scores compare hits of one search only; they have no fixed scale.</remarks>
public sealed class GuidelineHit
{
    internal GuidelineHit(GuidelineEntry entry, double score)
    {
        Entry = entry;
        Score = score;
    }

    /// <summary>Gets the entry that matched.</summary>
    public GuidelineEntry Entry { get; }

    /// <summary>Gets the rule id, e.g. "DL-1".</summary>
    public string RuleId => Entry.RuleId;

    /// <summary>Gets the guideline section, e.g. "2.1.1", or null for a rule from law only.</summary>
    public string? Section => Entry.Section;

    /// <summary>Gets the entry's Swedish title.</summary>
    public string Title => Entry.Title;

    /// <summary>Gets the answer in plain Swedish.</summary>
    public string Answer => Entry.Answer;

    /// <summary>Gets the rule's citation, for "Källa: …".</summary>
    public RuleCitation Citation => Entry.Citation;

    /// <summary>Gets the relevance: higher is better, greater than zero, comparable only with hits of the same search.</summary>
    public double Score { get; }

    /// <summary>Returns "DL-1 Svar inom en arbetsdag (2.35)".</summary>
    /// <returns>The rule id, title and score.</returns>
    public override string ToString() => $"{RuleId} {Title} ({Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})";
}
