using System.Text.RegularExpressions;

namespace Osby.Policy.Conduct;

/// <summary>A draft reply split into its own text, its closing greeting and its signature lines.</summary>
/// <remarks>
/// Line endings (\r\n, \r, \n) and non-breaking spaces are normalised, and quoted earlier mail below the reply is cut
/// off (<see cref="QuotedMail"/>). The closing starts at the last line that opens with a closing greeting; without
/// one, below the last "--" signature delimiter; without that either, at the trailing block of short lines that do
/// not end a sentence (a signature written straight under the text).
/// </remarks>
internal sealed partial class ReplyDraft
{
    private ReplyDraft(ClosingGreeting? greeting, IReadOnlyList<string> signatureLines, string body, string text)
    {
        Greeting = greeting;
        SignatureLines = signatureLines;
        Body = body;
        Text = text;
    }

    /// <summary>Gets the closing greeting, or null when the draft has none.</summary>
    public ClosingGreeting? Greeting { get; }

    /// <summary>Gets the closing lines where the signature belongs: the rest of the greeting line and the lines below it.</summary>
    public IReadOnlyList<string> SignatureLines { get; }

    /// <summary>Gets the reply's own text above the closing, on one line with single spaces.</summary>
    public string Body { get; }

    /// <summary>Gets all of the new text (body and closing) on one line with single spaces.</summary>
    public string Text { get; }

    /// <summary>Splits a draft.</summary>
    /// <param name="draft">The plain-text e-mail body.</param>
    /// <returns>The draft's parts.</returns>
    /// <exception cref="ArgumentException">The draft is empty, or holds only quoted mail.</exception>
    public static ReplyDraft Parse(string draft)
    {
        string normalised = draft
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace('\u00A0', ' ')
            .Replace('\u202F', ' ')
            .Replace('\u2007', ' ')
            .Replace('\t', ' ');
        if (string.IsNullOrWhiteSpace(normalised))
        {
            throw new ArgumentException("Utkastet är tomt: det finns ingen text att granska.", nameof(draft));
        }

        string[] all = [.. normalised.Split('\n').Select(l => l.TrimEnd())];
        List<string> lines = [.. all.Take(QuotedMail.StartOf(all))];
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.All(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException(
                "Utkastet innehåller bara citerad text från ett tidigare mejl; skriv svaret ovanför citatet.", nameof(draft));
        }

        string text = OneLine(lines);
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            if (ClosingGreeting.In(lines[i]) is { } greeting)
            {
                return new(greeting, [greeting.Remainder, .. lines.Skip(i + 1)], OneLine(lines.Take(i)), text);
            }
        }

        int delimiter = lines.FindLastIndex(l => Delimiter().IsMatch(l));
        if (delimiter >= 0)
        {
            return new(null, [.. lines.Skip(delimiter + 1)], OneLine(lines.Take(delimiter)), text);
        }

        int start = lines.Count;
        while (start > 0 && (string.IsNullOrWhiteSpace(lines[start - 1]) || IsSignatureLike(lines[start - 1])))
        {
            start--;
        }

        // Without greeting or delimiter the border is a guess, so the body for rule CD-6 is the whole text.
        return new(null, [.. lines.Skip(start)], text, text);
    }

    private static bool IsSignatureLike(string line)
    {
        string trimmed = line.Trim();
        return trimmed.Length <= 120 && !trimmed.EndsWith('.') && !trimmed.EndsWith('!') && !trimmed.EndsWith('?')
            && !trimmed.EndsWith(':') && !trimmed.EndsWith(';') && !trimmed.EndsWith(',');
    }

    private static string OneLine(IEnumerable<string> lines) => Whitespace().Replace(string.Join(' ', lines), " ").Trim();

    [GeneratedRegex(@"^\s*-{2,3}\s*$")]
    private static partial Regex Delimiter();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
