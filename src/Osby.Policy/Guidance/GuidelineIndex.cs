using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Osby.Policy.Text;

namespace Osby.Policy.Guidance;

/// <summary>The in-memory Lucene index over the knowledge base: one document per entry, fields weighted
/// title = keywords &gt; example questions &gt; answer.</summary>
/// <remarks>
/// <para>Documents and questions go through the same <see cref="SwedishTextAnalysis"/>. A question becomes one clause per
/// distinct term; each clause takes the best of the four fields (a <see cref="DisjunctionMaxQuery"/>, so a term repeated in
/// every field is not counted four times). A term found nowhere in the index is looked up with edit distance (a
/// <see cref="FuzzyQuery"/> at lower weight), which catches typos like "registartor".</para>
/// <para>The index is built once and never changes; searching is thread-safe (<see cref="IndexSearcher"/> is).</para>
/// </remarks>
internal sealed class GuidelineIndex
{
    /// <summary>The most distinct terms of a question that are searched; the rest are ignored.</summary>
    internal const int MaxQueryTerms = 64;

    private const string IdField = "id";
    private const float FuzzyWeight = 0.4f;
    private const float TieBreaker = 0.1f;

    private static readonly (string Name, float Boost)[] Fields =
    [
        ("title", 3f),
        ("keywords", 3f),
        ("questions", 2f),
        ("answer", 1f),
    ];

    private readonly SwedishTextAnalysis analysis;
    private readonly IndexSearcher searcher;
    private readonly Dictionary<string, GuidelineEntry> byId;

    /// <summary>Builds the index.</summary>
    /// <param name="entries">The entries.</param>
    /// <param name="analysis">The text pipeline for documents and questions.</param>
    internal GuidelineIndex(IReadOnlyList<GuidelineEntry> entries, SwedishTextAnalysis analysis)
    {
        this.analysis = analysis;
        byId = entries.ToDictionary(e => e.RuleId, StringComparer.Ordinal);
        var similarity = new BM25Similarity();

        // The directory and reader live as long as the index (for Guideline.Default, the process); they hold memory only.
#pragma warning disable CA2000 // Ownership passes to the reader, and from it to the searcher.
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analysis.Analyzer) { OpenMode = OpenMode.CREATE, Similarity = similarity };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (GuidelineEntry entry in entries)
            {
                writer.AddDocument(ToDocument(entry));
            }

            writer.Commit();
        }

        searcher = new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = similarity };
#pragma warning restore CA2000
    }

    /// <summary>Finds the entries that best answer a question.</summary>
    /// <param name="question">The question; not null.</param>
    /// <param name="max">The most hits to return; positive.</param>
    /// <returns>The hits, best first; empty when no word of the question is in the knowledge base.</returns>
    internal IReadOnlyList<GuidelineHit> Search(string question, int max)
    {
        Query? query = BuildQuery(question);
        if (query is null)
        {
            return [];
        }

        TopDocs top = searcher.Search(query, max);
        var hits = new List<GuidelineHit>(top.ScoreDocs.Length);
        foreach (ScoreDoc scoreDoc in top.ScoreDocs)
        {
            string id = searcher.Doc(scoreDoc.Doc).Get(IdField, System.Globalization.CultureInfo.InvariantCulture);
            hits.Add(new GuidelineHit(byId[id], scoreDoc.Score));
        }

        return hits;
    }

    private static Document ToDocument(GuidelineEntry entry)
    {
        var document = new Document { new StringField(IdField, entry.RuleId, Field.Store.YES) };
        document.Add(new TextField("title", entry.Title, Field.Store.NO));
        foreach (string keyword in entry.Keywords)
        {
            document.Add(new TextField("keywords", keyword, Field.Store.NO));
        }

        foreach (string question in entry.ExampleQuestions)
        {
            document.Add(new TextField("questions", question, Field.Store.NO));
        }

        document.Add(new TextField("answer", entry.Answer, Field.Store.NO));
        return document;
    }

    private BooleanQuery? BuildQuery(string question)
    {
        IndexReader reader = searcher.IndexReader;
        var query = new BooleanQuery();
        foreach (string term in analysis.DistinctTerms(question).Take(MaxQueryTerms))
        {
            bool known = Fields.Any(f => reader.DocFreq(new Term(f.Name, term)) > 0);
            if (!known && term.Length < 4)
            {
                continue;
            }

            var clause = new DisjunctionMaxQuery(TieBreaker);
            foreach ((string name, float boost) in Fields)
            {
                var t = new Term(name, term);
                Query fieldQuery = known
                    ? new TermQuery(t) { Boost = boost }
                    : new FuzzyQuery(t, term.Length >= 7 ? 2 : 1, prefixLength: 1) { Boost = boost * FuzzyWeight };
                clause.Add(fieldQuery);
            }

            query.Add(clause, Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? null : query;
    }
}
