using System.Text.RegularExpressions;

namespace Osby.Policy.Conduct;

/// <summary>Old-fashioned and bureaucratic words to avoid, each with a plainer word (rule CD-4, riktlinjen avsnitt 2).</summary>
/// <remarks>
/// A small list on purpose: words that are almost always jargon in a reply to a resident. Whole words only, so
/// "tillställning" (a party) is not taken for "tillställa".
/// </remarks>
internal static class PlainLanguage
{
    private static readonly (Regex Pattern, string Plain)[] Words =
    [
        (Word("härmed"), "nu"),
        (Word("vederbörande"), "den det gäller"),
        (Word(@"erinra(?:s|r|des)?\s+om"), "påminna om"),
        (Word("tillställ(?:a|as|s|er|de|des|t|ts)?"), "skicka"),
        (Word("förelig(?:ger|ga)|förelåg"), "finns"),
        (Word("ävensom"), "och"),
        (Word("dylik(?:t|a)?"), "liknande"),
        (Word("enär"), "eftersom"),
        (Word("emedan"), "eftersom"),
        (Word("därest"), "om"),
        (Word("medelst"), "med"),
        (Word("jämlikt"), "enligt"),
        (Word("tillika"), "också"),
        (Word("torde"), "bör nog"),
    ];

    /// <summary>Returns each jargon word of a text once, in the order they first appear.</summary>
    /// <param name="text">The reply's own text, with single spaces between words.</param>
    /// <returns>The words as written with their plainer alternatives.</returns>
    public static IReadOnlyList<(string Word, string Plain)> FindJargon(string text) =>
        [.. Words
            .Select(w => (Match: w.Pattern.Match(text), w.Plain))
            .Where(m => m.Match.Success)
            .OrderBy(m => m.Match.Index)
            .Select(m => (m.Match.Value, m.Plain))];

    private static Regex Word(string pattern) =>
        new($@"(?<!\p{{L}}){pattern}(?!\p{{L}})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
