using Osby.Policy.Rules;

namespace Osby.Policy.Guidance;

/// <summary>One rule of the guideline as the knowledge base holds it: the rule's citation, a Swedish title and answer,
/// the words staff use for it and typical questions.</summary>
/// <remarks>
/// The section and source always come from <see cref="RuleCitation"/>; the answer is written in plain Swedish for a
/// registrator to act on, not quoted from the guideline. Instances are immutable; get them from <see cref="Guideline.Entries"/>.
/// </remarks>
public sealed class GuidelineEntry
{
    internal GuidelineEntry(RuleCitation citation, string title, string answer, IReadOnlyList<string> keywords, IReadOnlyList<string> exampleQuestions)
    {
        Citation = citation;
        Title = title;
        Answer = answer;
        Keywords = Array.AsReadOnly(keywords.ToArray());
        ExampleQuestions = Array.AsReadOnly(exampleQuestions.ToArray());
    }

    /// <summary>Gets the rule id, e.g. "DL-1".</summary>
    public string RuleId => Citation.RuleId;

    /// <summary>Gets the guideline section that states the rule, e.g. "2.1.1", or null for a rule from law only.</summary>
    public string? Section => Citation.Section;

    /// <summary>Gets the rule's citation (section or law), for "Källa: …".</summary>
    public RuleCitation Citation { get; }

    /// <summary>Gets a short Swedish title, e.g. "Svar inom en arbetsdag".</summary>
    public string Title { get; }

    /// <summary>Gets the answer in plain Swedish: one to four sentences a registrator can act on.</summary>
    public string Answer { get; }

    /// <summary>Gets the words and phrases staff use for the rule, synonyms included (e.g. "mejl", "e-post").</summary>
    public IReadOnlyList<string> Keywords { get; }

    /// <summary>Gets typical questions the entry answers (at least two).</summary>
    public IReadOnlyList<string> ExampleQuestions { get; }

    /// <summary>Returns "DL-1 Svar inom en arbetsdag".</summary>
    /// <returns>The rule id and title.</returns>
    public override string ToString() => $"{RuleId} {Title}";
}
