using Osby.Policy.Guidance;
using Osby.Policy.Rules;

namespace Osby.Policy.Tests.Guidance;

public sealed partial class GuidelineTests
{
    private static readonly Guideline Guideline = Guideline.Default;

    [Fact]
    public void Entries_HaveExactlyOneEntryPerRuleCitation_InCatalogueOrder()
    {
        Guideline.Entries.Select(e => e.RuleId).Should().Equal(RuleCitation.All.Select(c => c.RuleId));
        Guideline.Entries.Select(e => e.RuleId).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Entries_TakeSectionAndSourceFromRuleCitation()
    {
        foreach (GuidelineEntry entry in Guideline.Entries)
        {
            entry.Citation.Should().BeSameAs(RuleCitation.For(entry.RuleId));
            entry.Section.Should().Be(entry.Citation.Section);
        }

        Guideline.EntryFor("DL-1").Section.Should().Be("2.1.1");
        Guideline.EntryFor("RC-7").Section.Should().BeNull("RC-7 rests on offentlighets- och sekretesslagen only");
    }

    [Fact]
    public void Entries_HaveShortSwedishAnswersKeywordsAndQuestions()
    {
        foreach (GuidelineEntry entry in Guideline.Entries)
        {
            entry.Title.Should().NotBeNullOrWhiteSpace();
            entry.Answer.Length.Should().BeInRange(40, 600, entry.RuleId);
            SentenceCount(entry.Answer).Should().BeInRange(1, 4, $"{entry.RuleId}'s answer is one to four sentences");
            entry.Keywords.Should().HaveCountGreaterThanOrEqualTo(3).And.OnlyHaveUniqueItems();
            entry.ExampleQuestions.Should().HaveCountGreaterThanOrEqualTo(2);
            entry.ExampleQuestions.Should().OnlyContain(q => q.EndsWith('?'), "example questions are questions");
        }

        // Written in Swedish with its letters, not in ASCII transliteration.
        string all = string.Concat(Guideline.Entries.Select(e => e.Title + e.Answer));
        all.Should().Contain("å").And.Contain("ä").And.Contain("ö");
    }

    [Fact]
    public void Entries_AreNotCopiedFromTheGuideline()
    {
        // Our answers are our own words: no answer shares a run of eight words with the guideline's text.
        string guideline = Normalize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "guideline-ks-2023-43.txt")));
        var copied = (
            from entry in Guideline.Entries
            let words = Normalize(entry.Answer).Split(' ')
            from i in Enumerable.Range(0, Math.Max(0, words.Length - 7))
            let run = string.Join(' ', words[i..(i + 8)])
            where guideline.Contains(run, StringComparison.Ordinal)
            select $"{entry.RuleId}: \"{run}\"").ToList();
        copied.Should().BeEmpty("the answers are written by us, not copied from the guideline");
    }

    [Theory]
    [InlineData("DL-1")]
    [InlineData("dl-1")]
    [InlineData(" DL-1 ")]
    public void EntryFor_FindsTheRule_CaseInsensitively(string id) =>
        Guideline.EntryFor(id).RuleId.Should().Be("DL-1");

    [Fact]
    public void EntryFor_UnknownRule_ThrowsNamingIt() =>
        FluentActions.Invoking(() => Guideline.EntryFor("XX-9")).Should().Throw<ArgumentException>().WithMessage("*XX-9*");

    [Fact]
    public void TryGetEntry_TellsWhetherTheRuleExists()
    {
        Guideline.TryGetEntry("RT-16", out GuidelineEntry? entry).Should().BeTrue();
        entry!.Citation.Law.Should().Contain("1998:112");
        Guideline.TryGetEntry("RT-99", out GuidelineEntry? none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void Search_NullQuestion_Throws() =>
        FluentActions.Invoking(() => Guideline.Search(null!, 3)).Should().Throw<ArgumentNullException>();

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Search_MaxNotPositive_Throws(int max) =>
        FluentActions.Invoking(() => Guideline.Search("mejl", max)).Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    public void Search_EmptyOrWhitespaceQuestion_ReturnsNoHits(string question) =>
        Guideline.Search(question, 3).Should().BeEmpty();

    [Theory]
    [InlineData("hur ska jag göra?")]
    [InlineData("?!")]
    [InlineData("qwxz")]
    public void Search_QuestionWithNoKnownWord_ReturnsNoHits(string question) =>
        Guideline.Search(question, 3).Should().BeEmpty();

    [Fact]
    public void Search_ReturnsAtMostMax_BestFirst()
    {
        IReadOnlyList<GuidelineHit> hits = Guideline.Search("mejl funktionsbrevlåda registrator diarieföra", 5);
        hits.Should().HaveCount(5);
        hits.Select(h => h.Score).Should().BeInDescendingOrder().And.OnlyContain(s => s > 0);
        Guideline.Search("mejl funktionsbrevlåda registrator diarieföra", 1).Should().ContainSingle()
            .Which.RuleId.Should().Be(hits[0].RuleId);
    }

    [Fact]
    public void Search_HitCarriesRuleSectionAnswerAndCitation()
    {
        GuidelineHit hit = Guideline.Search("hur snabbt ska ett mejl besvaras", 3)[0];
        hit.RuleId.Should().Be("DL-1");
        hit.Section.Should().Be("2.1.1");
        hit.Citation.Should().BeSameAs(RuleCitation.For("DL-1"));
        hit.Answer.Should().Contain("arbetsdag");
        hit.Title.Should().Be(hit.Entry.Title);
        hit.ToString().Should().StartWith("DL-1 ");
    }

    [Fact]
    public void Search_LawOnlyRule_HasNullSection()
    {
        GuidelineHit hit = Guideline.Search("vilka uppgifter ska diariet visa om en inkommen handling", 3)[0];
        hit.RuleId.Should().Be("RC-7");
        hit.Section.Should().BeNull();
        hit.Citation.Source.Should().Contain("offentlighets- och sekretesslagen");
    }

    [Fact]
    public void Search_MisspeltWord_IsFoundByEditDistance()
    {
        // "signatuur" and "registartorn" are in no entry; the nearest indexed terms are.
        Guideline.Search("vad ska stå i min signatuur", 3)[0].RuleId.Should().Be("CD-2");
        Guideline.Search("vem ersätter registartorn på semestern", 3)[0].RuleId.Should().Be("RT-11");
    }

    [Fact]
    public void Search_FromManyThreads_GivesTheSameAnswers()
    {
        string[] questions = [.. StaffQuestions.All.Select(q => q.Question)];
        string[] expected = [.. questions.Select(q => string.Join(',', Guideline.Search(q, 3).Select(h => h.RuleId)))];
        var actual = new string[questions.Length];
        Parallel.For(0, questions.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            int q = i % questions.Length;
            actual[q] = string.Join(',', Guideline.Search(questions[q], 3).Select(h => h.RuleId));
        });
        actual.Should().Equal(expected);
    }

    private static int SentenceCount(string text) =>
        text.Split(['.', '!', '?'], StringSplitOptions.RemoveEmptyEntries).Count(s => s.Trim().Length > 3 && !char.IsDigit(s.TrimStart()[0]));

    private static string Normalize(string text) =>
        string.Join(' ', new string([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
