using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Osby.Policy.Text;

/// <summary>The one Swedish text pipeline of the library: turns what staff type into normalized search terms.</summary>
/// <remarks>
/// <para>Every place that compares Swedish words (the guidance search, and mailbox areas against directory keywords) uses
/// this pipeline, so a word is normalized the same way wherever it is indexed or looked up. The steps, in order:</para>
/// <list type="number">
/// <item>"e-post", "e-tjänst" lose the hyphen after "e" (→ "epost", "etjänst"); other hyphens split words
/// ("sociala-medier-kommentar" → three words).</item>
/// <item>Unicode word splitting (<see cref="StandardTokenizer"/>), lower-casing.</item>
/// <item>Folding to ASCII (<see cref="ASCIIFoldingFilter"/>): å, ä → a and ö → o, so "diarieföra" and "diariefora" meet.</item>
/// <item>Stop words (Snowball's Swedish list, folded, plus chat words like "ska", "nån"; see <see cref="SwedishLexicon"/>).</item>
/// <item>Compound splitting (<see cref="DictionaryCompoundWordTokenFilter"/>) against a domain dictionary: "bygglovsfrågan"
/// also yields "bygglov" and "fråga"; the whole word is kept. A word that a synonym group names whole ("telefonsvararen",
/// "funktionsmejl") is not split: the group says what it means.</item>
/// <item>Stemming (<see cref="SwedishStemFilter"/>, <see cref="SwedishWordStemmer"/>: Snowball Swedish with fixes for the
/// definite and plural forms it leaves apart, so "frågan", "frågor" and "fråga" meet).</item>
/// <item>Synonyms (<see cref="SynonymFilter"/>): each group of <see cref="SwedishLexicon.SynonymGroups"/> becomes its first
/// member's term, so "mejl", "mail", "e-post" and "epost" are one term; multi-word members ("säker e-post") match too, and a
/// multi-word first member becomes one term joined by "_" ("allmän handling" → "allman_handling").</item>
/// </list>
/// <para>Instances are immutable and thread-safe (Lucene reuses token streams per thread).</para>
/// </remarks>
internal sealed partial class SwedishTextAnalysis
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const int MinCompoundWordLength = 5;
    private const int MinSubwordLength = 4;
    private const int MaxSubwordLength = 20;

    private static readonly Lazy<SwedishTextAnalysis> LazyDefault = new(
        () => new SwedishTextAnalysis(SwedishLexicon.StopWords, SwedishLexicon.CompoundParts, SwedishLexicon.SynonymGroups),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly CharArraySet stopWords;
    private readonly CharArraySet compoundParts;
    private readonly SynonymMap synonyms;
    private readonly HashSet<string> synonymWords = new(StringComparer.Ordinal);

    /// <summary>Creates a pipeline from its word lists.</summary>
    /// <param name="stopWords">Words dropped before anything else, in any spelling (they are folded here).</param>
    /// <param name="compoundParts">Parts found inside compounds, unstemmed, in any spelling (they are folded here); at least 4 letters.</param>
    /// <param name="synonymGroups">Groups of words or phrases that mean the same; each becomes its first member.</param>
    /// <exception cref="ArgumentException">A list is malformed: a part shorter than 4 letters, a group with fewer than two
    /// members, a phrase that the stop words cut down to one word (it would match too much), or one word in two groups.</exception>
    internal SwedishTextAnalysis(IEnumerable<string> stopWords, IEnumerable<string> compoundParts, IEnumerable<IReadOnlyList<string>> synonymGroups)
    {
        ArgumentNullException.ThrowIfNull(stopWords);
        ArgumentNullException.ThrowIfNull(compoundParts);
        ArgumentNullException.ThrowIfNull(synonymGroups);

        this.stopWords = new CharArraySet(Version, stopWords.Select(Fold).ToList(), ignoreCase: false);

        List<string> parts = compoundParts.Select(Fold).ToList();
        string? shortPart = parts.Find(p => p.Length < MinSubwordLength);
        if (shortPart is not null)
        {
            throw new ArgumentException($"The compound part \"{shortPart}\" is shorter than {MinSubwordLength} letters.", nameof(compoundParts));
        }

        this.compoundParts = new CharArraySet(Version, parts, ignoreCase: false);
        synonyms = BuildSynonyms(synonymGroups);
        Analyzer = new PipelineAnalyzer(this, Stage.Full);
    }

    private enum Stage
    {
        /// <summary>Up to stemming, without compound splitting: how synonym members are normalized.</summary>
        Stemmed,

        /// <summary>The whole pipeline.</summary>
        Full,
    }

    /// <summary>Gets the pipeline with the library's Swedish word lists (<see cref="SwedishLexicon"/>).</summary>
    public static SwedishTextAnalysis Default => LazyDefault.Value;

    /// <summary>Gets the pipeline as a Lucene analyzer, for indexing and for query terms.</summary>
    public Analyzer Analyzer { get; }

    /// <summary>Turns text into its normalized terms, in order of appearance.</summary>
    /// <param name="text">Any text: a question, a keyword, a mailbox area.</param>
    /// <returns>The terms. A compound is followed by the parts found in it; duplicates are kept; empty for text with no words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<string> Terms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(Analyzer, text);
    }

    /// <summary>Turns text into its distinct normalized terms.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The distinct terms, in order of first appearance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<string> DistinctTerms(string text) => [.. Terms(text).Distinct(StringComparer.Ordinal)];

    /// <summary>Lower-cases a word and folds å, ä, ö and other accented letters to ASCII, as the pipeline does.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The folded word.</returns>
    internal static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string lower = word.ToLowerInvariant();
        char[] output = new char[lower.Length * 4];
        int length = ASCIIFoldingFilter.FoldToASCII(lower.ToCharArray(), 0, output, 0, lower.Length);
        return new string(output, 0, length);
    }

    private static List<string> Run(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using TokenStream stream = analyzer.GetTokenStream("text", text);
        ICharTermAttribute term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    // Lucene's PatternReplaceCharFilter does not honour look-behind, so the letters are captured and put back.
    [GeneratedRegex(@"\b([eE])-(\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex EHyphen();

    private SynonymMap BuildSynonyms(IEnumerable<IReadOnlyList<string>> groups)
    {
        using var stemmed = new PipelineAnalyzer(this, Stage.Stemmed);
        var builder = new SynonymMap.Builder(dedup: true);
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (IReadOnlyList<string> group in groups)
        {
            if (group is null || group.Count < 2)
            {
                throw new ArgumentException("A synonym group needs at least two members.", nameof(groups));
            }

            // A phrase becomes one term ("allmän handling" → "allman_handling"), so its words do not also match alone.
            string canonicalKey = string.Join(' ', Normalize(stemmed, group[0]));
            string canonicalTerm = canonicalKey.Replace(' ', '_');
            foreach (string member in group)
            {
                List<string> words = Normalize(stemmed, member);
                string key = string.Join(' ', words);
                if (owner.TryGetValue(key, out string? other) && other != canonicalKey)
                {
                    throw new ArgumentException($"\"{member}\" ({key}) is in two synonym groups: \"{other}\" and \"{canonicalKey}\".", nameof(groups));
                }

                owner[key] = canonicalKey;
                if (words.Count == 1)
                {
                    synonymWords.Add(key);
                }

                if (key != canonicalTerm)
                {
                    builder.Add(SynonymMap.Builder.Join([.. words], new CharsRef()), new CharsRef(canonicalTerm), includeOrig: false);
                }
            }
        }

        return builder.Build();
    }

    private static List<string> Normalize(Analyzer stemmed, string member)
    {
        List<string> words = Run(stemmed, member);
        int written = member.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words.Count == 0 || (written > 1 && words.Count == 1))
        {
            throw new ArgumentException($"The synonym \"{member}\" loses words to the stop list ({string.Join(' ', words)}); it would match too much.", nameof(member));
        }

        return words;
    }

    private sealed class PipelineAnalyzer(SwedishTextAnalysis owner, Stage stage) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, tokenizer);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(Version, stream, owner.stopWords);
            if (stage == Stage.Full)
            {
                stream = new CompoundSplitter(stream, owner);
            }

            stream = new SwedishStemFilter(stream);
            if (stage == Stage.Full)
            {
                stream = new RemoveDuplicatesTokenFilter(stream);
                stream = new SynonymFilter(stream, owner.synonyms, ignoreCase: false);
                stream = new RemoveDuplicatesTokenFilter(stream);
            }

            return new TokenStreamComponents(tokenizer, stream);
        }

        protected override TextReader InitReader(string fieldName, TextReader reader) =>
            new PatternReplaceCharFilter(EHyphen(), "$1$2", reader);
    }

    /// <summary>Lucene's dictionary compound splitter, except for words that a synonym group names whole.</summary>
    private sealed class CompoundSplitter(TokenStream input, SwedishTextAnalysis owner)
        : DictionaryCompoundWordTokenFilter(Version, input, owner.compoundParts, MinCompoundWordLength, MinSubwordLength, MaxSubwordLength, onlyLongestMatch: true)
    {
        private readonly SwedishWordStemmer stemmer = new();

        protected override void Decompose()
        {
            if (!owner.synonymWords.Contains(stemmer.Stem(m_termAtt.ToString())))
            {
                base.Decompose();
            }
        }
    }
}
