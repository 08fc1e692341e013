using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Tests.Cards;

public sealed class WelcomeCardTests
{
    private static readonly string[] Questions =
    [
        "Hur snabbt måste vi svara på ett mejl från en invånare?",
        "Vart ska ett mejl skickas som har kommit till fel förvaltning?",
        "Ska ett inkommet mejl diarieföras?",
        "Hur ska min signatur se ut?",
    ];

    [Fact]
    public void Create_ExampleQuestions_SaysWhatTheBotDoesAndMentionsHelp()
    {
        RenderedCard card = RenderedCard.Of(WelcomeCard.Create(new HelpAnswer(Questions))).ShouldBeAValidTeamsCard();

        card.AllText.Should().Contain("svarstider").And.Contain("vart ett mejl ska").And.Contain("diarieföring").And.Contain("bemötande");
        card.AllText.Should().Contain("”hjälp”");
    }

    [Fact]
    public void Create_ExampleQuestions_EachIsAButtonThatAsksIt()
    {
        RenderedCard card = RenderedCard.Of(WelcomeCard.Create(new HelpAnswer(Questions))).ShouldBeAValidTeamsCard();

        foreach (string question in Questions)
        {
            var button = card.Button(question);
            ((string?)button["verb"]).Should().Be(CardVerbs.AskQuestion);
            ((string?)button["data"]![CardInputs.Question]).Should().Be(question);
        }
    }

    [Fact]
    public void Create_Always_OffersTheDeadlineCalculator()
    {
        RenderedCard card = RenderedCard.Of(WelcomeCard.Create(new HelpAnswer(Questions)));

        ((string?)card.Button("Räkna ut en svarstid")["verb"]).Should().Be(CardVerbs.ShowDeadlineForm);
    }

    [Fact]
    public void Create_NoQuestions_StillValidWithTheCalculator()
    {
        RenderedCard card = RenderedCard.Of(WelcomeCard.Create(new HelpAnswer([]))).ShouldBeAValidTeamsCard();

        card.Buttons.Select(b => b["verb"]!.GetValue<string>()).Should().Equal(CardVerbs.ShowDeadlineForm, CardVerbs.ShowRegisterForm, CardVerbs.ShowMyItems);
    }

    [Fact]
    public void Create_ManyLongQuestions_StaysSmallAndCapped()
    {
        string[] many = [.. Enumerable.Range(1, 50).Select(i => $"Fråga {i}: " + string.Concat(Enumerable.Repeat("Hur gör vi med ärenden som kommer in på helgen? ", 40)))];

        RenderedCard card = RenderedCard.Of(WelcomeCard.Create(new HelpAnswer(many))).ShouldBeAValidTeamsCard();

        card.Buttons.Count(b => (string?)b["verb"] == CardVerbs.AskQuestion).Should().Be(WelcomeCard.MaxQuestions);
    }
}
