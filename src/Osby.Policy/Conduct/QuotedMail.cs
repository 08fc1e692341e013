using System.Text.RegularExpressions;

namespace Osby.Policy.Conduct;

/// <summary>Finds where earlier mail quoted below a reply begins, so only the new text is reviewed.</summary>
/// <remarks>
/// Recognises "&gt;" quote lines, Outlook headers ("Från:" followed by "Skickat:", "Till:" … or their English
/// counterparts), "-----Ursprungligt meddelande-----" separators and attribution lines such as
/// "Den tis 2 dec. 2025 kl. 09:14 skrev Kalle Nilsson &lt;kalle@example.se&gt;:".
/// </remarks>
internal static partial class QuotedMail
{
    /// <summary>Returns the index of the first line of quoted mail, or the number of lines when there is none.</summary>
    /// <param name="lines">The draft's lines.</param>
    /// <returns>The index where the quote starts.</returns>
    internal static int StartOf(IReadOnlyList<string> lines)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            if (QuoteMarker().IsMatch(line) || Separator().IsMatch(line) || IsAttribution(line) || IsHeaderBlock(lines, i))
            {
                return i;
            }
        }

        return lines.Count;
    }

    private static bool IsAttribution(string line) =>
        line.Length <= 300 && line.Contains('@', StringComparison.Ordinal) && Attribution().IsMatch(line);

    private static bool IsHeaderBlock(IReadOnlyList<string> lines, int index)
    {
        if (!FromHeader().IsMatch(lines[index]))
        {
            return false;
        }

        // The next non-blank lines of a header block are more header fields.
        int seen = 0;
        for (int j = index + 1; j < lines.Count && seen < 2; j++)
        {
            if (string.IsNullOrWhiteSpace(lines[j]))
            {
                continue;
            }

            if (OtherHeader().IsMatch(lines[j]))
            {
                return true;
            }

            seen++;
        }

        return false;
    }

    [GeneratedRegex(@"^\s*>")]
    private static partial Regex QuoteMarker();

    [GeneratedRegex(@"^\s*-{2,}\s*(?:ursprungligt\s+meddelande|original\s+message|vidarebefordrat\s+meddelande|forwarded\s+message)\s*-{2,}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"(?<!\p{L})(?:skrev|wrote)(?!\p{L}).*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^\s*\*?(?:från|from)\*?\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromHeader();

    [GeneratedRegex(@"^\s*\*?(?:skickat|sent|datum|date|till|to|ämne|subject|kopia|cc)\*?\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherHeader();
}
