using NodaTime;
using Osby.Policy;
using Osby.Policy.Records;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Tests.Cards;

public sealed class RecordsCardTests
{
    private static readonly Instant Arrival = Instant.FromUtc(2025, 11, 28, 9, 30);

    private static RecordsAnswer Answer(IncomingDocument document, Instant? now = null) =>
        new("Så här gör du med diarieföringen.", RecordsAdvice.For(document, now ?? Arrival));

    [Fact]
    public void Create_OrdinaryMail_ShowsSummaryReasonArrivalAndSources()
    {
        RecordsAnswer answer = Answer(new IncomingDocument(Channel.FunctionMailbox, Arrival));

        RenderedCard card = RenderedCard.Of(RecordsCard.Create(answer)).ShouldBeAValidTeamsCard();

        card.Texts[0].Should().Be(answer.Summary);
        card.Texts.Should().Contain(answer.Advice.Reason);
        card.Texts.Should().Contain("Kom in: fredag 28 november 2025");
        foreach (var citation in answer.Advice.Citations.Take(CardText.MaxListItems))
        {
            card.Texts.Should().Contain(citation.ToString());
        }

        card.AllText.Should().NotContain("Diarienummer").And.NotContain("SEFOS");
    }

    [Fact]
    public void Create_PartOfKnownMatter_ShowsTheDiarienummer()
    {
        RecordsAnswer answer = Answer(new IncomingDocument(Channel.PersonalEmail, Arrival, isPartOfExistingMatter: true, diarienummer: "KS 2025/123"));

        RenderedCard card = RenderedCard.Of(RecordsCard.Create(answer)).ShouldBeAValidTeamsCard();

        card.Texts.Should().Contain("Diarienummer: KS 2025/123");
    }

    [Fact]
    public void Create_SefosMessage_ShowsThePurgeDate()
    {
        RecordsAnswer answer = Answer(new IncomingDocument(Channel.Sefos, Arrival, sefosLastActivity: Arrival));
        answer.Advice.PurgeDate.Should().NotBeNull();

        RenderedCard card = RenderedCard.Of(RecordsCard.Create(answer)).ShouldBeAValidTeamsCard();

        card.Texts.Should().Contain("Gallras i SEFOS: " + CardText.Date(answer.Advice.PurgeDate!.Value));
        card.OfType("TextBlock").Should().NotContain(t => (string?)t["color"] == "attention");
    }

    [Fact]
    public void Create_SefosMessageAlreadyPurged_SaysSoInAttention()
    {
        RecordsAnswer answer = Answer(new IncomingDocument(Channel.Sefos, Arrival, sefosLastActivity: Arrival), Arrival + Duration.FromDays(60));
        answer.Advice.IsPurged.Should().BeTrue();

        RenderedCard card = RenderedCard.Of(RecordsCard.Create(answer)).ShouldBeAValidTeamsCard();

        card.Texts.Should().Contain(t => t.StartsWith("Gallrades i SEFOS: ", StringComparison.Ordinal));
        card.OfType("TextBlock").Should().Contain(t => (string?)t["color"] == "attention");
    }

    [Theory]
    [InlineData(DocumentKind.AdvertisingOrRoutine)]
    [InlineData(DocumentKind.IllegalComment)]
    [InlineData(DocumentKind.Feedback)]
    public void Create_OtherKinds_AreValidAndGiveTheReason(DocumentKind kind)
    {
        RecordsAnswer answer = Answer(new IncomingDocument(Channel.SocialMediaComment, Arrival, kind));

        RenderedCard card = RenderedCard.Of(RecordsCard.Create(answer)).ShouldBeAValidTeamsCard();

        card.Texts.Should().Contain(answer.Advice.Reason.Length <= CardText.MaxParagraph ? answer.Advice.Reason : CardText.Clip(answer.Advice.Reason, CardText.MaxParagraph));
    }
}
