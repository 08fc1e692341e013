using Osby.Policy.Guidance;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Tests.Cards;

public sealed class GuidanceCardTests
{
    private static GuidanceAnswer Ask(string question) => new(question, Guideline.Default.Search(question, 3));

    [Theory]
    [InlineData("Hur snabbt måste jag svara på ett mejl?")]
    [InlineData("Ska ett mejl från en invånare diarieföras?")]
    [InlineData("Hur ska jag svara i telefon?")]
    public void Create_QuestionWithHits_ShowsTheBestAnswerAndItsSource(string question)
    {
        GuidanceAnswer answer = Ask(question);
        answer.Hits.Should().NotBeEmpty();
        GuidelineHit best = answer.Hits[0];

        RenderedCard card = RenderedCard.Of(GuidanceCard.Create(answer)).ShouldBeAValidTeamsCard();

        card.Texts.Should().Contain(best.Title).And.Contain(best.Answer).And.Contain(best.Citation.ToString());
        card.AllText.Should().Contain(question);
    }

    [Fact]
    public void Create_SeveralHits_ListsTheOthersUnderSeAven()
    {
        GuidanceAnswer answer = Ask("Hur snabbt måste jag svara på ett mejl?");
        answer.Hits.Should().HaveCountGreaterThan(1);

        RenderedCard card = RenderedCard.Of(GuidanceCard.Create(answer));

        card.Texts.Should().Contain("Se även");
        foreach (GuidelineHit hit in answer.Hits.Skip(1))
        {
            card.Texts.Should().Contain($"• {hit.Title} ({hit.RuleId})");
            card.Texts.Should().NotContain(hit.Answer == answer.Hits[0].Answer ? "\u0000" : hit.Answer, "only the best answer is shown in full");
        }
    }

    [Fact]
    public void Create_NoHits_SaysSoFriendlyAndOffersHelp()
    {
        var answer = new GuidanceAnswer("Hur bakar man kanelbullar?", []);

        RenderedCard card = RenderedCard.Of(GuidanceCard.Create(answer)).ShouldBeAValidTeamsCard();

        card.AllText.Should().Contain("Jag hittade inget i riktlinjen om det").And.Contain("”hjälp”");
        var button = card.Buttons.Should().ContainSingle().Subject;
        ((string?)button["verb"]).Should().Be(CardVerbs.AskQuestion);
        ((string?)button["data"]![CardInputs.Question]).Should().Be("hjälp");
    }

    [Fact]
    public void Create_VeryLongQuestion_IsQuotedShortened()
    {
        string question = string.Concat(Enumerable.Repeat("Hur snabbt måste jag svara på ett mejl? ", 500));

        RenderedCard card = RenderedCard.Of(GuidanceCard.Create(Ask(question))).ShouldBeAValidTeamsCard();

        card.Texts.Should().Contain(t => t.StartsWith("Du frågade: ”", StringComparison.Ordinal) && t.EndsWith("…”", StringComparison.Ordinal));
    }
}
