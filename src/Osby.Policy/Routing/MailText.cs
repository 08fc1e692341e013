using System.Text;
using System.Text.RegularExpressions;
using Osby.Policy.Text;

namespace Osby.Policy.Routing;

/// <summary>A message's subject and body as the routine-mail cues read them: the pipeline's terms, and the folded text.</summary>
/// <remarks>
/// <para>Vocabulary is compared as <see cref="SwedishTextAnalysis.Default"/> terms, so "erbjudandet", "erbjuder" and
/// "erbjudanden" meet, and "nyhetsbrevet" meets "nyhetsbrev". The pipeline drops pronouns and small words as stop words
/// ("jag", "ni", "min", "dig", "nu"), which is right for search but loses exactly what tells "jag undrar" from "anmäl dig nu";
/// those phrases are matched as patterns on the text folded the pipeline's own way (<see cref="SwedishTextAnalysis.Fold"/>:
/// lower case, å/ä → a, ö → o). A match is mapped back to the original text, so evidence is shown as written.</para>
/// <para>Not thread-safe to build; immutable once built.</para>
/// </remarks>
internal sealed class MailText
{
    private readonly string original;
    private readonly int[] originalIndex;

    /// <summary>Reads a subject and body.</summary>
    /// <param name="subject">The subject line.</param>
    /// <param name="body">The plain-text body.</param>
    public MailText(string subject, string body)
    {
        original = subject + "\n" + body;
        Subject = subject.Trim();
        Terms = SwedishTextAnalysis.Default.Terms(original);

        var folded = new StringBuilder(original.Length);
        var index = new List<int>(original.Length);
        for (int i = 0; i < original.Length; i++)
        {
            char c = original[i];
            string f = c < 128 ? char.ToLowerInvariant(c).ToString() : SwedishTextAnalysis.Fold(c.ToString());
            folded.Append(f);
            for (int k = 0; k < f.Length; k++)
            {
                index.Add(i);
            }
        }

        index.Add(original.Length);
        Folded = folded.ToString();
        originalIndex = [.. index];
    }

    /// <summary>Gets the subject line, trimmed.</summary>
    public string Subject { get; }

    /// <summary>Gets the pipeline's terms for subject and body, in order.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Gets subject and body, lower-cased and folded to ASCII.</summary>
    public string Folded { get; }

    /// <summary>Returns the original words behind a match in <see cref="Folded"/>, with runs of white space made single spaces.</summary>
    /// <param name="match">A successful match in <see cref="Folded"/>.</param>
    /// <returns>The words as written.</returns>
    public string Original(Match match)
    {
        int start = originalIndex[match.Index];
        int end = originalIndex[match.Index + match.Length];
        return string.Join(' ', original[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
