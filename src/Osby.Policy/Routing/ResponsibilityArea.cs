using System.Collections.Frozen;
using System.Collections.Immutable;
using Osby.Policy.Text;

namespace Osby.Policy.Routing;

/// <summary>One area of responsibility of a function mailbox (Bilaga 2), with the Swedish words staff use for it (rule RT-12).</summary>
/// <remarks>
/// The keywords are kept as written. Their normalized terms are computed once, with the library's one Swedish pipeline
/// (<see cref="SwedishTextAnalysis"/>), so the router compares a message's words with an area the same way the guidance
/// search does ("bygglovsansökan", "bygglovet" and "bygglov" meet). Instances are immutable and thread-safe.
/// </remarks>
public sealed class ResponsibilityArea
{
    internal ResponsibilityArea(string name, IEnumerable<string> keywords)
    {
        Name = name;
        Keywords = [.. keywords];
        KeywordTerms = [.. Keywords.Select(k => SwedishTextAnalysis.Default.DistinctTerms(k).ToImmutableArray())];
        Terms = KeywordTerms.SelectMany(t => t).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Gets the area's name, e.g. "Bygglov och anmälan".</summary>
    public string Name { get; }

    /// <summary>Gets the keywords as written in the directory, e.g. "bygglov", "rivningslov", "strandskydd".</summary>
    public IReadOnlyList<string> Keywords { get; }

    /// <summary>Gets the normalized terms of each keyword, in the order of <see cref="Keywords"/>; a keyword of several words has several.</summary>
    internal ImmutableArray<ImmutableArray<string>> KeywordTerms { get; }

    /// <summary>Gets every normalized term of the keywords, for matching against a message's terms.</summary>
    internal FrozenSet<string> Terms { get; }

    /// <summary>Returns the area's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
