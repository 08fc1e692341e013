using Osby.Policy.Text;

namespace Osby.Policy.Tests.Text;

public sealed class SwedishTextAnalysisTests
{
    private static readonly SwedishTextAnalysis Analysis = SwedishTextAnalysis.Default;

    [Theory]
    [InlineData("diarieföra", "diariefora")]
    [InlineData("frågor", "fragor")]
    [InlineData("återvända", "atervanda")]
    [InlineData("röstbrevlåda", "rostbrevlada")]
    [InlineData("Överklagandet", "overklagandet")]
    public void Terms_WithAndWithoutDiacritics_AreTheSame(string swedish, string ascii) =>
        Analysis.Terms(ascii).Should().Equal(Analysis.Terms(swedish)).And.NotBeEmpty();

    [Theory]
    [InlineData("fråga", "frågan", "frågor", "frågorna")]
    [InlineData("brevlåda", "brevlådan", "brevlådor", "brevlådorna")]
    [InlineData("kommentar", "kommentaren", "kommentarer", "kommentarerna")]
    [InlineData("registrator", "registratorn", "registratorer", "registratorerna")]
    [InlineData("handling", "handlingen", "handlingar", "handlingarna")]
    [InlineData("inbjudan", "inbjudan", "inbjuda", "inbjuda")]
    [InlineData("ärende", "ärendet", "ärenden", "ärendena")]
    public void Terms_InflectedForms_ShareOneStem(string word, string definite, string plural, string definitePlural)
    {
        string stem = Analysis.Terms(word)[0];
        Analysis.Terms(definite)[0].Should().Be(stem);
        Analysis.Terms(plural)[0].Should().Be(stem);
        Analysis.Terms(definitePlural)[0].Should().Be(stem);
    }

    [Theory]
    [InlineData("funktionsbrevlådan", "funktionsbrevlåda")]
    [InlineData("bygglovsfrågan", "bygglov")]
    [InlineData("bygglovsfrågan", "fråga")]
    [InlineData("röstbrevlådan", "röstbrevlåda")]
    [InlineData("kursinbjudan", "kurs")]
    [InlineData("kursinbjudan", "inbjudan")]
    [InlineData("sefosmeddelandet", "sefos")]
    [InlineData("sociala-medier-kommentar", "kommentar")]
    [InlineData("sociala-medier-kommentar", "sociala medier")]
    [InlineData("kommentarsfältet", "kommentar")]
    public void Terms_Compound_ContainsThePartsTerms(string compound, string part) =>
        Analysis.Terms(compound).Should().Contain(Analysis.Terms(part));

    [Theory]
    [InlineData("e-post", "mejl", "mail", "epost")]
    [InlineData("e-post", "mejlet", "e-mail", "mejla")]
    [InlineData("diarieföra", "registrera", "diarieföring", "registreras")]
    [InlineData("funktionsbrevlåda", "funktionsadress", "funktionsmejl", "gemensam inkorg")]
    [InlineData("gallra", "radera", "slänga", "ta bort")]
    [InlineData("sefos", "säker e-post", "krypterad", "krypterade mejl")]
    [InlineData("röstbrevlåda", "röstmeddelande", "telefonsvarare", "röstbrevlådan")]
    [InlineData("allmän handling", "offentlig handling", "allmänna handlingar", "offentliga handlingar")]
    [InlineData("sociala medier", "facebook", "instagram", "linkedin")]
    [InlineData("kommun@osby.se", "kommunbrevlådan", "officiella adressen", "kommunens brevlåda")]
    public void Terms_Synonyms_BecomeOneTerm(string first, string second, string third, string fourth)
    {
        IReadOnlyList<string> expected = Analysis.Terms(first);
        expected.Should().ContainSingle();
        Analysis.Terms(second)[0].Should().Be(expected[0]);
        Analysis.Terms(third)[0].Should().Be(expected[0]);
        Analysis.Terms(fourth)[0].Should().Be(expected[0]);
    }

    [Fact]
    public void Terms_MultiWordCanonical_IsOneTerm_NotItsWords()
    {
        string term = Analysis.Terms("offentliga handlingar").Should().ContainSingle().Subject;
        term.Should().Contain("_");
        Analysis.Terms("handling").Should().NotContain(term);
    }

    [Fact]
    public void Terms_DropsStopWordsAndChatWords() =>
        Analysis.Terms("hej, hur ska jag göra med det här nu?").Should().BeEmpty();

    [Fact]
    public void Terms_KeepsWordsThatCarryMeaningHere()
    {
        Analysis.Terms("skicka till alla").Should().HaveCount(2);
        Analysis.Terms("ringa upp").Should().HaveCount(2);
        Analysis.Terms("samma mejl").Should().HaveCount(2);
    }

    [Fact]
    public void DistinctTerms_RemovesRepeats() =>
        Analysis.DistinctTerms("mejl mejlet e-post mail").Should().ContainSingle();

    [Fact]
    public void Terms_Null_Throws() =>
        FluentActions.Invoking(() => Analysis.Terms(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Terms_FromManyThreads_AreTheSame()
    {
        string text = "vem har hand om funktionsbrevlådan när registratorn är sjuk";
        IReadOnlyList<string> expected = Analysis.Terms(text);
        Parallel.For(0, 200, _ => Analysis.Terms(text).Should().Equal(expected));
    }

    [Fact]
    public void Fold_LowerCasesAndFoldsSwedishLetters() =>
        SwedishTextAnalysis.Fold("ÅÄÖ åäö É").Should().Be("aao aao e");

    [Fact]
    public void Constructor_WordInTwoSynonymGroups_Throws() =>
        FluentActions.Invoking(() => new SwedishTextAnalysis([], [], [["mejl", "mail"], ["brev", "mejlet"]]))
            .Should().Throw<ArgumentException>().WithMessage("*two synonym groups*");

    [Fact]
    public void Constructor_SynonymPhraseOfStopWords_Throws() =>
        FluentActions.Invoking(() => new SwedishTextAnalysis(["om"], [], [["dagligen", "om dagen"]]))
            .Should().Throw<ArgumentException>().WithMessage("*stop list*");

    [Fact]
    public void Constructor_ShortCompoundPart_Throws() =>
        FluentActions.Invoking(() => new SwedishTextAnalysis([], ["hot"], []))
            .Should().Throw<ArgumentException>().WithMessage("*hot*");

    [Fact]
    public void Constructor_SynonymGroupOfOne_Throws() =>
        FluentActions.Invoking(() => new SwedishTextAnalysis([], [], [["mejl"]]))
            .Should().Throw<ArgumentException>();
}
