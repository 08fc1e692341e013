using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Osby.Policy.Text;

/// <summary>Stems lower-cased, folded Swedish tokens with <see cref="SwedishWordStemmer"/>.</summary>
/// <remarks>Tokens marked as keywords are left alone. Not thread-safe: Lucene creates one filter per token stream.</remarks>
internal sealed class SwedishStemFilter : TokenFilter
{
    private readonly SwedishWordStemmer stemmer = new();
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    /// <summary>Creates the filter.</summary>
    /// <param name="input">The lower-cased, folded tokens.</param>
    public SwedishStemFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!keyword.IsKeyword)
        {
            string stemmed = stemmer.Stem(term.ToString());
            term.SetEmpty().Append(stemmed);
        }

        return true;
    }
}
