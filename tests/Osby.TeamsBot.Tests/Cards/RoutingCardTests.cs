using Osby.Policy;
using Osby.Policy.Routing;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Tests.Cards;

public sealed class RoutingCardTests
{
    private static readonly Router Router = new(MailboxDirectory.Example);

    private static RoutingAnswer Route(string subject, string body, string to = "kommun@osby.se", Channel channel = Channel.OfficialMailbox)
    {
        RoutingDecision decision = Router.Route(new InboundMessage("anna.andersson@example.se", [to], subject, body, channel));
        string summary = decision.Target is null ? "Fråga innan du skickar det vidare." : $"Skicka det till {decision.Target}.";
        return new RoutingAnswer(summary, decision);
    }

    [Fact]
    public void Create_BuildingPermitQuestion_ShowsTargetObligationsAndReasons()
    {
        RoutingAnswer answer = Route("Fråga om bygglov", "Hej! Behöver jag bygglov för ett attefallshus på min tomt? Mvh Anna");
        answer.Decision.IsCertain.Should().BeTrue();

        RenderedCard card = RenderedCard.Of(RoutingCard.Create(answer)).ShouldBeAValidTeamsCard();

        card.Texts[0].Should().Be(answer.Summary);
        card.Texts.Should().Contain(t => t.StartsWith("Skicka till: ", StringComparison.Ordinal) && t.Contains("bygglov@osby.se", StringComparison.Ordinal));
        card.AllText.Should().Contain("bekräfta").And.Contain("inom en arbetsdag");
        foreach (RoutingReason reason in answer.Decision.Reasons)
        {
            card.Texts.Should().Contain($"• {reason.Text} ({reason.Rule.RuleId})");
        }

        card.Texts.Should().Contain(answer.Decision.Reasons[0].Rule.ToString());
        card.AllText.Should().NotContain("inte säker");
    }

    [Fact]
    public void Create_TwoAreasEquallyLikely_ShowsRankedAlternativesWithPercent()
    {
        RoutingAnswer answer = Route("Buller och bygglov", "Grannen bygger utan bygglov och det är buller hela nätterna.");
        answer.Decision.IsCertain.Should().BeFalse();

        RenderedCard card = RenderedCard.Of(RoutingCard.Create(answer)).ShouldBeAValidTeamsCard();

        card.AllText.Should().Contain("Jag är inte säker").And.Contain("Möjliga mottagare");
        foreach (RoutingAlternative alternative in answer.Decision.Alternatives.Take(RoutingCard.MaxAlternatives))
        {
            card.Texts.Should().Contain($"• {alternative.Name} ({alternative.Address}) – {CardText.Percent(alternative.Confidence)}");
        }

        card.AllText.Should().Contain("bygglov@osby.se").And.Contain("miljo@osby.se").And.MatchRegex(@"\d+ %");
        int first = card.Texts.ToList().FindIndex(t => t.Contains(answer.Decision.Alternatives[0].Address, StringComparison.Ordinal));
        int second = card.Texts.ToList().FindIndex(t => t.Contains(answer.Decision.Alternatives[1].Address, StringComparison.Ordinal));
        first.Should().BeLessThan(second, "the best candidate comes first");
    }

    [Fact]
    public void Create_PresidiumRequest_ShowsCopyToKanslienheten()
    {
        RoutingAnswer answer = Route("Skrivelse", "Vidarebefordras till KS-presidiet.\n\nVi vill lyfta frågan om busshållplatsen.");

        RenderedCard card = RenderedCard.Of(RoutingCard.Create(answer)).ShouldBeAValidTeamsCard();

        card.Texts.Should().Contain("Kopia till: kansli@osby.se");
        card.AllText.Should().Contain("kopia till Kanslienheten");
    }

    [Fact]
    public void Create_CitizenQuestionToKontaktcenter_SaysItIsMisrouted()
    {
        RoutingAnswer answer = Route("Fråga om skolskjuts", "Hur ansöker jag om skolskjuts för min son?", to: "kontaktcenter@osby.se", channel: Channel.FunctionMailbox);

        RenderedCard card = RenderedCard.Of(RoutingCard.Create(answer)).ShouldBeAValidTeamsCard();

        card.AllText.Should().Contain("intern brevlåda").And.Contain("kommun@osby.se").And.Contain("(RT-2)");
    }

    [Theory]
    [InlineData("Jag vill boka idrottshallen.", "fritid@osby.se", Channel.FunctionMailbox, "avslutad")]
    [InlineData("Hej, vem kan jag prata med om något som hände i förra veckan?", "kommun@osby.se", Channel.OfficialMailbox, "Kanslienheten")]
    public void Create_OtherDecisions_AreValidAndSayWhatToDo(string body, string to, Channel channel, string expected)
    {
        RoutingAnswer answer = Route("Hej", body, to, channel);

        RenderedCard card = RenderedCard.Of(RoutingCard.Create(answer)).ShouldBeAValidTeamsCard();

        card.AllText.Should().Contain(expected);
    }

    [Fact]
    public void Create_RequestForPublicDocument_SaysSameDay()
    {
        RoutingAnswer answer = Route("Begäran om allmän handling", "Jag vill ta del av protokollet från kommunstyrelsens senaste möte.", channel: Channel.PublicDocumentRequest);

        RenderedCard card = RenderedCard.Of(RoutingCard.Create(answer)).ShouldBeAValidTeamsCard();

        if (answer.Decision.Obligations.HasFlag(RoutingObligations.HandleSameDay))
        {
            card.AllText.Should().Contain("samma arbetsdag");
        }
    }
}
