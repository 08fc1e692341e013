using System.Diagnostics.CodeAnalysis;
using Osby.Policy.Rules;
using Osby.Policy.Text;

namespace Osby.Policy.Guidance;

/// <summary>The guideline (KS 2023-43) as a knowledge base: one entry per rule of the catalogue, searchable with Swedish questions.</summary>
/// <remarks>
/// <para>Questions are matched the way staff write them: with or without å, ä, ö ("diariefora"), inflected ("funktionsbrevlådan"),
/// as compounds ("bygglovsfrågan") and with everyday synonyms ("mejl", "mail", "e-post"). Title and keywords weigh most, then
/// the example questions, then the answer text.</para>
/// <para>Immutable and thread-safe. The search index is built in memory on the first search and shared by every thread.</para>
/// </remarks>
public sealed class Guideline
{
    private static readonly Lazy<Guideline> LazyDefault = new(
        () => new Guideline(GuidelineCatalog.Load(), SwedishTextAnalysis.Default),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, GuidelineEntry> byId;
    private readonly Lazy<GuidelineIndex> index;

    internal Guideline(IReadOnlyList<GuidelineEntry> entries, SwedishTextAnalysis analysis)
    {
        Entries = Array.AsReadOnly(entries.ToArray());
        byId = entries.ToDictionary(e => e.RuleId, StringComparer.OrdinalIgnoreCase);
        index = new Lazy<GuidelineIndex>(() => new GuidelineIndex(Entries, analysis), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the knowledge base of Osby kommun's guideline, with one entry for every rule in <see cref="RuleCitation.All"/>.</summary>
    /// <exception cref="InvalidOperationException">The embedded knowledge base is invalid (a build defect, caught by the library's tests).</exception>
    public static Guideline Default => LazyDefault.Value;

    /// <summary>Gets every entry, in catalogue order (CAL, DL, RT, RC, CD).</summary>
    public IReadOnlyList<GuidelineEntry> Entries { get; }

    /// <summary>Returns the entry of a rule.</summary>
    /// <param name="ruleId">A rule id, e.g. "DL-1" (case-insensitive).</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is null.</exception>
    /// <exception cref="ArgumentException">No rule has that id.</exception>
    public GuidelineEntry EntryFor(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        return TryGetEntry(ruleId, out GuidelineEntry? entry)
            ? entry
            : throw new ArgumentException($"There is no rule \"{ruleId}\" in the catalogue.", nameof(ruleId));
    }

    /// <summary>Looks up the entry of a rule.</summary>
    /// <param name="ruleId">A rule id, e.g. "DL-1" (case-insensitive).</param>
    /// <param name="entry">The entry, or null when no rule has that id.</param>
    /// <returns><see langword="true"/> when the rule exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is null.</exception>
    public bool TryGetEntry(string ruleId, [NotNullWhen(true)] out GuidelineEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        return byId.TryGetValue(ruleId.Trim(), out entry);
    }

    /// <summary>Finds the entries that best answer a question in Swedish.</summary>
    /// <param name="question">The question as staff would type it, e.g. "mejlet kom in fredag eftermiddag, när måste jag svara senast?".</param>
    /// <param name="max">The most hits to return, e.g. 3.</param>
    /// <returns>
    /// The hits, best first, at most <paramref name="max"/>. Empty when the question is empty or whitespace, or when none of
    /// its words (after stop words such as "hur", "ska", "jag" are dropped) occurs in the knowledge base.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="question"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is zero or negative.</exception>
    /// <remarks>Only the first 64 distinct terms of a long question are used.</remarks>
    public IReadOnlyList<GuidelineHit> Search(string question, int max)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return string.IsNullOrWhiteSpace(question) ? [] : index.Value.Search(question, max);
    }
}
