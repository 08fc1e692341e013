using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Tests.Cards;

public sealed class CardButtonsTests
{
    [Fact]
    public void Execute_WithData_CarriesTheVerbAndFallsBackToSubmitWithTheSameData()
    {
        ExecuteAction button = CardButtons.Execute("Fråga", CardVerbs.AskQuestion, [new(CardInputs.Question, "Hur snabbt?")]);

        button.Verb.Should().Be(CardVerbs.AskQuestion);
        button.Data.Should().Equal(new Dictionary<string, string> { ["verb"] = "askQuestion", ["question"] = "Hur snabbt?" });
        button.Fallback.Should().BeOfType<SubmitAction>().Which.Should().BeEquivalentTo(new { Title = "Fråga", button.Data });
    }

    [Fact]
    public void Execute_DataSetsTheVerb_Throws()
    {
        Action act = () => CardButtons.Execute("Fråga", CardVerbs.AskQuestion, [new(CardVerbs.VerbKey, CardVerbs.CalculateDeadline)]);

        act.Should().Throw<ArgumentException>().WithParameterName("data");
    }

    [Theory]
    [InlineData("", "askQuestion")]
    [InlineData("Fråga", " ")]
    public void Execute_BlankTitleOrVerb_Throws(string title, string verb)
    {
        Action act = () => CardButtons.Execute(title, verb);

        act.Should().Throw<ArgumentException>();
    }
}
