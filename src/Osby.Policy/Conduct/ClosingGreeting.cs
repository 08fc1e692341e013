using System.Text.RegularExpressions;

namespace Osby.Policy.Conduct;

/// <summary>A closing greeting found at the start of a line of a draft (rule CD-3).</summary>
/// <remarks>
/// Accepted: phrases built on "hälsning(ar)" ("Vänliga hälsningar", "Med vänlig hälsning", "Hälsningar", "Bästa
/// hälsningar", "Julhälsningar" …), "Allt gott" and full English greetings ("Kind regards", "Best regards"), since
/// CD-3 asks for a greeting "av typen Vänliga hälsningar" and forbids abbreviations. Wishes such as "Ha en fin dag",
/// "Trevlig helg", "Tack på förhand" and the adverb "Vänligen" are not closing greetings on their own.
/// Abbreviated: "mvh" in any spelling ("MVH", "M.v.h.", "m v h") anywhere on a line, and "vh", "hälsn." or "BR" at
/// the start of a line.
/// </remarks>
internal sealed partial class ClosingGreeting
{
    private ClosingGreeting(bool isAbbreviated, string text, string remainder)
    {
        IsAbbreviated = isAbbreviated;
        Text = text;
        Remainder = remainder;
    }

    /// <summary>Gets whether the greeting is an abbreviation such as "mvh".</summary>
    public bool IsAbbreviated { get; }

    /// <summary>Gets the greeting as written, e.g. "Vänliga hälsningar" or "Mvh".</summary>
    public string Text { get; }

    /// <summary>Gets the rest of the line after the greeting, e.g. "Anna Andersson" in "Vänliga hälsningar, Anna Andersson".</summary>
    public string Remainder { get; }

    /// <summary>Reads a closing greeting from a line.</summary>
    /// <param name="line">One line of the draft.</param>
    /// <returns>The greeting, or null when the line has none.</returns>
    public static ClosingGreeting? In(string line)
    {
        string trimmed = line.Trim();
        Match match = Full().Match(trimmed);
        if (match.Success)
        {
            return new(isAbbreviated: false, match.Value, Rest(trimmed[match.Length..]));
        }

        match = LeadingAbbreviation().Match(trimmed);
        if (!match.Success)
        {
            match = Mvh().Match(trimmed);
        }

        return match.Success
            ? new(isAbbreviated: true, match.Value.TrimEnd(), Rest(trimmed[(match.Index + match.Length)..]))
            : null;
    }

    private static string Rest(string text) => LeadingFiller().Replace(text, string.Empty).Trim();

    [GeneratedRegex(
        @"^(?:(?:med\s+)?(?:(?:vänlig|vänliga|bästa|många|varma|varm|hjärtliga|glada|soliga|trevliga|goda|kära)\s+)?\p{L}*hälsning(?:ar)?|allt\s+gott|(?:(?:best|kind|kindest|warm|warmest|with\s+kind)\s+)?regards|best\s+wishes|all\s+the\s+best|(?:yours\s+)?sincerely)(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Full();

    [GeneratedRegex(@"^(?:m\.?\s?v\.?\s?h|v\.?\s?h|hälsn|b\.?r|b?rgds)\.?(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingAbbreviation();

    [GeneratedRegex(@"(?<!\p{L})m\.?\s?v\.?\s?h\.?(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mvh();

    [GeneratedRegex(@"^[\s,;:.!/\-–—]*(?:från(?!\p{L})[\s,:]*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingFiller();
}
