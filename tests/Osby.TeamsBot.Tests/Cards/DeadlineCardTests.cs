using NodaTime;
using Osby.Policy;
using Osby.Policy.Calendar;
using Osby.Policy.Deadlines;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Tests.Cards;

public sealed class DeadlineCardTests
{
    private static readonly DateTimeZone Stockholm = BusinessClock.Stockholm.Zone;

    // Friday 28 November 2025 at 16.00, after closing time, by a function mailbox.
    private static readonly LocalDateTime FridayAfternoon = new(2025, 11, 28, 16, 0);

    // Builds the answer from the library's real obligations, as the answering code does.
    private static DeadlineAnswer Answer(LocalDateTime arrived, Channel channel, string channelName)
    {
        Instant at = arrived.InZoneLeniently(Stockholm).ToInstant();
        IReadOnlyList<Obligation> obligations = ServicePolicy.Default.Evaluate(ItemHistory.Start(at, channel), at);
        DeadlineLine[] lines = [.. obligations.Where(o => o.Due is not null).Select(o =>
        {
            LocalDateTime due = o.Due!.Value.InZone(Stockholm).LocalDateTime;
            return new DeadlineLine(o.Description, due, "senast " + CardText.DateAndTime(due), o.Rule);
        })];
        lines.Should().NotBeEmpty();
        return new DeadlineAnswer(
            $"Svara {lines[0].DueText}.",
            channel,
            channelName,
            arrived,
            lines,
            ["Det kom in efter kontorstid på en fredag, så tiden räknas från måndag morgon.", "Lördag och söndag räknas inte."],
            "Skicka gärna en mottagningsbekräftelse redan nu.");
    }

    [Fact]
    public void Create_FridayAfternoonFunctionMailbox_ShowsSummaryArrivalChannelAndEveryDeadline()
    {
        DeadlineAnswer answer = Answer(FridayAfternoon, Channel.FunctionMailbox, "funktionsbrevlåda");

        RenderedCard card = RenderedCard.Of(DeadlineCard.Create(answer)).ShouldBeAValidTeamsCard();

        card.Texts[0].Should().Be(answer.Summary);
        card.Texts.Should().Contain("Kom in: fredag 28 november 2025 kl. 16.00").And.Contain("Kanal: funktionsbrevlåda");
        foreach (DeadlineLine line in answer.Deadlines)
        {
            card.Texts.Should().Contain($"{line.Label}: {line.DueText}");
        }
    }

    [Fact]
    public void Create_FridayAfternoonFunctionMailbox_ExplainsWhyWithTipAndSources()
    {
        DeadlineAnswer answer = Answer(FridayAfternoon, Channel.FunctionMailbox, "funktionsbrevlåda");

        RenderedCard card = RenderedCard.Of(DeadlineCard.Create(answer));

        card.Texts.Should().Contain("Varför?").And.Contain("• Lördag och söndag räknas inte.");
        card.AllText.Should().Contain(answer.Tip);
        card.Texts.Should().Contain(answer.Deadlines[0].Rule.ToString()).Which.Should().StartWith("Källa: ");
    }

    [Fact]
    public void Create_Always_OffersAnotherCalculation()
    {
        RenderedCard card = RenderedCard.Of(DeadlineCard.Create(Answer(FridayAfternoon, Channel.FunctionMailbox, "funktionsbrevlåda")));

        ((string?)card.Button("Räkna ut en annan tid")["verb"]).Should().Be(CardVerbs.ShowDeadlineForm);
    }

    [Theory]
    [InlineData(Channel.Voicemail, "röstmeddelande")]
    [InlineData(Channel.Sefos, "SEFOS")]
    [InlineData(Channel.PublicDocumentRequest, "begäran om allmän handling")]
    [InlineData(Channel.EService, "e-tjänst")]
    public void Create_OtherChannels_AreValidAndNameTheChannel(Channel channel, string name)
    {
        RenderedCard card = RenderedCard.Of(DeadlineCard.Create(Answer(new LocalDateTime(2025, 12, 23, 10, 30), channel, name)))
            .ShouldBeAValidTeamsCard();

        card.Texts.Should().Contain("Kanal: " + name);
    }

    [Fact]
    public void Create_HugeAnswer_StaysUnder28KilobytesAndValid()
    {
        DeadlineAnswer real = Answer(FridayAfternoon, Channel.FunctionMailbox, "funktionsbrevlåda");
        string ö = string.Concat(Enumerable.Repeat("Överföring åt förvaltningen är möjlig. ", 200));
        DeadlineAnswer huge = real with
        {
            Summary = ö,
            Deadlines = [.. Enumerable.Repeat(real.Deadlines[0] with { Label = ö, DueText = ö }, 100)],
            Why = [.. Enumerable.Repeat(ö, 100)],
            Tip = ö,
        };

        RenderedCard.Of(DeadlineCard.Create(huge)).ShouldBeAValidTeamsCard();
    }
}
