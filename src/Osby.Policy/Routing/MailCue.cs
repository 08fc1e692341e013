using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Osby.Policy.Text;

namespace Osby.Policy.Routing;

/// <summary>One wording cue of the routine-mail detector: words or a pattern, what they indicate, and how strongly.</summary>
/// <remarks>
/// A word cue is a phrase normalized by <see cref="SwedishTextAnalysis.Default"/> and found as the same terms in the same
/// order, each at most <see cref="MaxGap"/> terms after the one before; a one-word cue may also be found inside a compound
/// ("vårkampanj", "sommarerbjudande") when it says so. A pattern cue is a regular expression on the folded text (see
/// <see cref="MailText"/>), for phrases whose meaning is in words the pipeline drops ("anmäl dig nu", "jag undrar").
/// Instances are immutable and thread-safe.
/// </remarks>
internal sealed class MailCue
{
    /// <summary>The most terms a word cue's next term may come after the previous one (stop words are already gone).</summary>
    public const int MaxGap = 3;

    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    private readonly ImmutableArray<string> terms;
    private readonly bool inCompounds;
    private readonly Regex? pattern;

    private MailCue(CueFamily family, double weight, string display, ImmutableArray<string> terms, bool inCompounds, Regex? pattern)
    {
        Family = family;
        Weight = weight;
        Display = display;
        this.terms = terms;
        this.inCompounds = inCompounds;
        this.pattern = pattern;
    }

    /// <summary>Gets what the cue is evidence of.</summary>
    public CueFamily Family { get; }

    /// <summary>Gets how strong the evidence is, 0–1.</summary>
    public double Weight { get; }

    /// <summary>Gets the phrase as shown to users for a word cue, e.g. "sista chansen"; a pattern cue shows the words it found.</summary>
    public string Display { get; }

    /// <summary>Creates a word cue.</summary>
    /// <param name="family">What it is evidence of.</param>
    /// <param name="weight">How strong, 0–1.</param>
    /// <param name="phrase">The phrase as written, e.g. "avsluta prenumeration".</param>
    /// <param name="inCompounds">True to find a one-word cue inside longer words too.</param>
    /// <param name="display">What to show as evidence when the phrase also stands for its synonyms, e.g. "kurs eller utbildning"; the phrase by default.</param>
    /// <returns>The cue.</returns>
    /// <exception cref="ArgumentException">The pipeline keeps no term of the phrase; or a phrase marked <paramref name="inCompounds"/>
    /// has more than one word, or becomes a synonym's term that is not part of the word itself.</exception>
    public static MailCue Words(CueFamily family, double weight, string phrase, bool inCompounds = false, string? display = null)
    {
        ImmutableArray<string> terms = [.. SwedishTextAnalysis.Default.Terms(phrase)];
        if (terms.IsEmpty)
        {
            throw new ArgumentException($"The pipeline keeps no term of the cue \"{phrase}\".", nameof(phrase));
        }

        if (inCompounds)
        {
            if (phrase.Trim().Contains(' ', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Only a one-word cue can be found inside compounds: \"{phrase}\".", nameof(inCompounds));
            }

            // The whole word; a compound's parts, which the pipeline adds after it, would match too much. A word the synonyms
            // replace ("webbinarium" → "kurs") cannot be looked for inside other words: its term is not in them.
            terms = [terms[0]];
            if (!SwedishTextAnalysis.Fold(phrase).Contains(terms[0], StringComparison.Ordinal))
            {
                throw new ArgumentException($"The cue \"{phrase}\" becomes \"{terms[0]}\", which is not part of the word; it cannot be found inside compounds.", nameof(phrase));
            }
        }

        return new MailCue(family, weight, display ?? phrase, terms, inCompounds, null);
    }

    /// <summary>Creates a pattern cue.</summary>
    /// <param name="family">What it is evidence of.</param>
    /// <param name="weight">How strong, 0–1.</param>
    /// <param name="foldedPattern">A regular expression on folded text: lower case, a for å and ä, o for ö.</param>
    /// <returns>The cue.</returns>
    public static MailCue Pattern(CueFamily family, double weight, string foldedPattern) =>
        new(family, weight, foldedPattern, [], false, new Regex(foldedPattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, PatternTimeout));

    /// <summary>Looks for the cue in a message.</summary>
    /// <param name="text">The message's subject and body.</param>
    /// <param name="evidence">The words found: the cue's phrase for a word cue, the original words for a pattern cue.</param>
    /// <returns>True when found.</returns>
    public bool TryFind(MailText text, out string evidence)
    {
        if (pattern is not null)
        {
            Match match = pattern.Match(text.Folded);
            evidence = match.Success ? text.Original(match) : string.Empty;
            return match.Success;
        }

        evidence = Display;
        return ContainsTerms(text.Terms);
    }

    private bool ContainsTerms(IReadOnlyList<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (!(inCompounds ? words[i].Contains(terms[0], StringComparison.Ordinal) : words[i] == terms[0]))
            {
                continue;
            }

            int at = i;
            int k = 1;
            while (k < terms.Length)
            {
                int next = -1;
                for (int j = at + 1; j <= at + MaxGap && j < words.Count; j++)
                {
                    if (words[j] == terms[k])
                    {
                        next = j;
                        break;
                    }
                }

                if (next < 0)
                {
                    break;
                }

                at = next;
                k++;
            }

            if (k == terms.Length)
            {
                return true;
            }
        }

        return false;
    }
}
