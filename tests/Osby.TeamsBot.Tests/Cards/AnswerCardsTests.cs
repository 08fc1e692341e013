using System.Reflection;
using Osby.Policy.Guidance;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Tests.Cards;

public sealed class AnswerCardsTests
{
    [Fact]
    public void AnswerTypes_Always_CoverEveryKindOfAnswer()
    {
        Type[] kinds = [.. typeof(Answer).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Answer)) && !t.IsAbstract)];

        AnswerCards.AnswerTypes.Should().BeEquivalentTo(kinds);
    }

    [Fact]
    public void Render_TextAnswer_IsNull()
    {
        AnswerCards.Render(new TextAnswer("Hej!")).Should().BeNull();
    }

    [Fact]
    public void Render_HelpAnswer_IsTheWelcomeCard()
    {
        var answer = new HelpAnswer(["Hur snabbt måste vi svara?"]);

        AnswerCards.Render(answer).Should().BeEquivalentTo(WelcomeCard.Create(answer), o => o.RespectingRuntimeTypes());
    }

    [Fact]
    public void Render_GuidanceAnswer_IsTheGuidanceCard()
    {
        var answer = new GuidanceAnswer("svarstid", Guideline.Default.Search("svarstid", 3));

        RenderedCard.Of(AnswerCards.Render(answer)).Json.Should().Be(CardJson.ToJsonString(GuidanceCard.Create(answer)));
    }

    [Fact]
    public void Render_UnknownAnswer_Throws()
    {
        Action act = () => AnswerCards.Render(new UnknownAnswer());

        act.Should().Throw<ArgumentException>().WithParameterName("answer");
    }

    [Fact]
    public void Factories_Always_HaveACreateMethodTakingTheirAnswer()
    {
        Type[] factories = [typeof(WelcomeCard), typeof(DeadlineCard), typeof(DeadlineFormCard), typeof(RoutingCard), typeof(RecordsCard), typeof(ConductCard), typeof(GuidanceCard)];

        Type[] handled = [.. factories.Select(f => f.GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!)
            .Where(m => m.ReturnType == typeof(AdaptiveCard)).Select(m => m.GetParameters().Single().ParameterType)];
        handled.Should().BeEquivalentTo(AnswerCards.AnswerTypes.Where(t => t != typeof(TextAnswer)));
    }

    private sealed record UnknownAnswer : Answer;
}
