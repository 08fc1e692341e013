using Osby.Policy.Routing;
using static Osby.Policy.Tests.StockholmTime;

namespace Osby.Policy.Tests.Routing;

/// <summary>Forward chains: send history, responsibility and answers (RT-7, RT-8, RT-9, DL-6, DL-9), with worked examples.</summary>
public sealed partial class ForwardChainTests
{
    private const string Anna = "anna.andersson@example.se";
    private const string Kommun = "kommun@osby.se";
    private const string Bygglov = "bygglov@osby.se";
    private const string Miljo = "miljo@osby.se";
    private const string Kultur = "kultur@osby.se";

    /// <summary>Anna writes to kommun@osby.se on Friday 27 November 2026 at 13.40.</summary>
    private static ForwardChain Arrived() => ForwardChain.Start(Anna, Kommun, At("2026-11-27 13:40"));

    private static ForwardChain Applied(ForwardChainResult result)
    {
        result.Status.Should().Be(ForwardChainStatus.Applied, result.Message);
        result.Refusal.Should().Be(ForwardRefusal.None);
        result.Message.Should().BeNull();
        result.Rule.Should().BeNull();
        return result.Chain;
    }

    [Fact]
    public void Start_ArrivalIsTheFirstHop_FirstReceiverIsResponsible()
    {
        ForwardChain chain = Arrived();

        chain.OriginalSender.Should().Be(Anna);
        chain.FirstReceiver.Should().Be(Kommun);
        chain.FirstArrival.Should().Be(At("2026-11-27 13:40"));
        chain.Hops.Should().ContainSingle();
        ForwardHop arrival = chain.Hops[0];
        (arrival.From, arrival.To, arrival.At, arrival.IsArrival, arrival.ConfirmationRequested, arrival.Outcome)
            .Should().Be((Anna, Kommun, At("2026-11-27 13:40"), true, false, HopOutcome.Handling));
        chain.Recipients.Should().Equal(Kommun);
        chain.Responsible.Should().Be(Kommun);
        chain.ResponsibleSince.Should().Be(chain.FirstArrival);
        chain.LastActivity.Should().Be(chain.FirstArrival);
        chain.CaseOfficers.Should().BeEmpty();
        chain.Warnings.Should().BeEmpty();
        chain.ToItemEvents().Should().BeEmpty();
    }

    [Fact]
    public void Start_TrimsParties()
    {
        ForwardChain chain = ForwardChain.Start("  anna@example.se ", " kommun@osby.se\t", At("2026-11-27 13:40"));
        (chain.OriginalSender, chain.FirstReceiver).Should().Be(("anna@example.se", "kommun@osby.se"));
    }

    [Theory]
    [InlineData(null, Kommun)]
    [InlineData("", Kommun)]
    [InlineData(" ", Kommun)]
    [InlineData(Anna, null)]
    [InlineData(Anna, "")]
    public void Start_EmptyParty_Throws(string? sender, string? receiver) =>
        FluentActions.Invoking(() => ForwardChain.Start(sender!, receiver!, At("2026-11-27 13:40"))).Should().Throw<ArgumentException>();

    [Fact]
    public void Forward_AToBToC_LastRecipientSeesTheOriginalSender()
    {
        // RT-8, the guideline's example: A forwards to B, who forwards to C; C must see that A is the original sender.
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));
        chain = Applied(chain.Forward(Bygglov, Miljo, At("2026-11-30 09:00")));

        chain.PathTo(Miljo).Should().Equal(Anna, Kommun, Bygglov, Miljo);
        chain.PathTo(Miljo)[0].Should().Be(chain.OriginalSender);
        chain.Hops[0].From.Should().Be(Anna);
        chain.FirstArrival.Should().Be(At("2026-11-27 13:40"), "forwarding never moves the first arrival (DL-9)");
        chain.Recipients.Should().Equal(Kommun, Bygglov, Miljo);
        chain.Hops.Select(h => (h.From, h.To)).Should().Equal((Anna, Kommun), (Kommun, Bygglov), (Bygglov, Miljo));
        chain.HasReceived("MILJO@osby.se").Should().BeTrue();
        chain.HasReceived(Kultur).Should().BeFalse();
        chain.PathTo(Kultur).Should().BeEmpty();
        chain.PathTo(Anna).Should().BeEmpty("the original sender sent the item; they did not receive it");
    }

    [Fact]
    public void Forward_ToSomeoneWhoAlreadyReceivedIt_IsRefusedWithTheHistory()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));
        chain = Applied(chain.Forward(Bygglov, Miljo, At("2026-11-30 09:00")));

        ForwardChainResult result = chain.Forward(Miljo, "BYGGLOV@osby.se", At("2026-11-30 10:00"));

        result.Status.Should().Be(ForwardChainStatus.Refused);
        result.IsRefused.Should().BeTrue();
        result.Refusal.Should().Be(ForwardRefusal.AlreadyReceived);
        result.Message.Should().Be(
            "bygglov@osby.se fick redan ärendet 27 nov kl. 14.05 från kommun@osby.se (anna.andersson@example.se → kommun@osby.se → bygglov@osby.se). "
            + "Samma mejl ska inte skickas två gånger (RT-8).");
        result.Rule!.ToString().Should().Be("Källa: riktlinjen avsnitt 3.1 (RT-8)");
        result.Hop.Should().BeSameAs(chain.Hops[1]);
        result.Chain.Should().BeSameAs(chain);
    }

    [Fact]
    public void Forward_BackToTheFirstReceiver_IsRefused()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));

        ForwardChainResult result = chain.Forward(Bygglov, Kommun, At("2026-11-27 15:00"));

        result.Refusal.Should().Be(ForwardRefusal.AlreadyReceived);
        result.Message.Should().Be(
            "kommun@osby.se tog emot ärendet först, 27 nov kl. 13.40, från anna.andersson@example.se (anna.andersson@example.se → kommun@osby.se). "
            + "Samma mejl ska inte skickas två gånger (RT-8).");
        result.Hop!.IsArrival.Should().BeTrue();
        result.Chain.Should().BeSameAs(chain);
    }

    [Fact]
    public void Forward_ToTheOriginalSender_IsRefused()
    {
        ForwardChain chain = Arrived();

        ForwardChainResult result = chain.Forward(Kommun, "Anna.Andersson@example.se", At("2026-11-27 14:00"));

        result.Refusal.Should().Be(ForwardRefusal.AlreadyReceived);
        result.Message.Should().StartWith("anna.andersson@example.se är ärendets ursprungliga avsändare och har redan mejlet").And.EndWith("(RT-8).");
        result.Chain.Should().BeSameAs(chain);
    }

    [Fact]
    public void Forward_ToOneself_IsRefused() =>
        Arrived().Forward(Kommun, Kommun, At("2026-11-27 14:00")).Refusal.Should().Be(ForwardRefusal.AlreadyReceived);

    [Theory]
    [InlineData(Bygglov)]
    [InlineData(Anna)] // the original sender is outside the municipality's mail: only a recipient can forward
    public void Forward_FromSomeoneWithoutTheItem_IsRefused(string from)
    {
        ForwardChain chain = Arrived();

        ForwardChainResult result = chain.Forward(from, Miljo, At("2026-11-27 14:00"));

        result.Refusal.Should().Be(ForwardRefusal.NotReceived);
        result.Message.Should().Be(
            $"{from} har inte fått ärendet och kan inte vidarebefordra det: bara den som har tagit emot ärendet kan skicka det vidare. Ärendet finns hos kommun@osby.se (RT-8).");
        result.Rule!.RuleId.Should().Be("RT-8");
        result.Chain.Should().BeSameAs(chain);
    }

    [Fact]
    public void Forward_ByADeclinedRecipient_IsAllowed_AndResponsibilityStays()
    {
        // Whoever has received the item can pass it on; only a confirmation moves the responsibility.
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));
        chain = Applied(chain.Decline(Bygglov, At("2026-11-27 14:30"), "Gäller miljö, inte bygglov", Miljo));
        chain = Applied(chain.Forward(Bygglov, Miljo, At("2026-11-27 14:35")));

        chain.Responsible.Should().Be(Kommun);
        chain.PathTo(Miljo).Should().Equal(Anna, Kommun, Bygglov, Miljo);
    }

    [Fact]
    public void Responsible_MovesOnlyWhenARecipientConfirmsHandling()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));
        chain.Responsible.Should().Be(Kommun, "forwarding alone does not hand over the matter (RT-7)");

        chain = Applied(chain.Forward(Bygglov, Miljo, At("2026-11-27 14:10")));
        chain.Responsible.Should().Be(Kommun);

        chain = Applied(chain.Confirm("Miljo@Osby.se", At("2026-11-30 08:15")));
        chain.Responsible.Should().Be(Miljo, "the recipient who confirms takes over, whoever forwarded to them");
        chain.ResponsibleSince.Should().Be(At("2026-11-30 08:15"));
        chain.Hops[2].Outcome.Should().Be(HopOutcome.Handling);
        chain.Hops[2].AnsweredAt.Should().Be(At("2026-11-30 08:15"));
    }

    [Fact]
    public void Decline_KeepsTheResponsibility_AndWarnsWithTheSuggestion()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));

        ForwardChainResult result = chain.Decline(Bygglov, At("2026-11-27 15:00"), "  Gäller miljö, inte bygglov ", " miljo@osby.se ");
        chain = Applied(result);

        chain.Responsible.Should().Be(Kommun);
        chain.ResponsibleSince.Should().Be(chain.FirstArrival);
        result.Hop!.Outcome.Should().Be(HopOutcome.WrongRecipient);
        (result.Hop.Reason, result.Hop.SuggestedRecipient).Should().Be(("Gäller miljö, inte bygglov", Miljo));
        ForwardChainWarning warning = chain.Warnings.Should().ContainSingle().Subject;
        warning.Kind.Should().Be(ForwardChainWarningKind.Declined);
        warning.Message.Should().Be(
            "bygglov@osby.se avböjde 27 nov kl. 15.00: fel mottagare (Gäller miljö, inte bygglov). Förslag: miljo@osby.se. "
            + "kommun@osby.se är fortfarande ansvarig och ser till att ärendet hamnar rätt (RT-7).");
        warning.Rule.RuleId.Should().Be("RT-7");
        warning.Parties.Should().Equal(Bygglov);

        // The responsible instance acts on it: the decline is no longer the thing to do something about.
        chain = Applied(chain.Forward(Kommun, Miljo, At("2026-11-27 15:10")));
        chain.Warnings.Select(w => w.Kind).Should().Equal(ForwardChainWarningKind.ConfirmationMissing);
    }

    [Fact]
    public void Decline_AfterAHandOver_LeavesTheResponsibilityWithWhoeverHadIt()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));
        chain = Applied(chain.Confirm(Bygglov, At("2026-11-27 14:30")));
        chain = Applied(chain.Forward(Bygglov, Miljo, At("2026-11-27 15:00")));
        chain = Applied(chain.Decline(Miljo, At("2026-11-27 15:20"), "Inte vårt område"));

        chain.Responsible.Should().Be(Bygglov);
        chain.ResponsibleSince.Should().Be(At("2026-11-27 14:30"));
        chain.Warnings.Should().ContainSingle().Which.Message.Should().Be(
            "miljo@osby.se avböjde 27 nov kl. 15.20: fel mottagare (Inte vårt område). bygglov@osby.se är fortfarande ansvarig och ser till att ärendet hamnar rätt (RT-7).");
    }

    [Fact]
    public void Warnings_ForwardedToSeveralWithoutCaseOfficer_IsFlaggedUntilSomeoneConfirmsOrAHandlaggareIsAppointed()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));
        chain.Warnings.Select(w => w.Kind).Should().Equal(ForwardChainWarningKind.ConfirmationMissing);

        chain = Applied(chain.Forward(Kommun, Miljo, At("2026-11-27 14:06")));
        chain = Applied(chain.Forward(Kommun, Kultur, At("2026-11-27 14:07")));

        ForwardChainWarning several = chain.Warnings[0];
        several.Kind.Should().Be(ForwardChainWarningKind.ForwardedToSeveralWithoutCaseOfficer);
        several.Parties.Should().Equal(Bygglov, Miljo, Kultur);
        several.Rule.ToString().Should().Be("Källa: riktlinjen avsnitt 3.1 (RT-7)");
        several.Message.Should().Be(
            "Ärendet är vidarebefordrat till flera samtidigt (bygglov@osby.se, miljo@osby.se och kultur@osby.se) utan att någon har bekräftat att de hanterar det "
            + "och utan utsedd handläggare. Det räcker inte att skicka till flera i hopp om att någon ska hantera det: kommun@osby.se är ansvarig tills ärendet "
            + "har hamnat rätt. Utse en handläggare eller rådfråga kanslienheten (RT-7).");

        // An appointed handläggare holds the matter together (RT-9) …
        ForwardChain appointed = Applied(chain.AppointCaseOfficer("Anna Berg", At("2026-11-27 14:30")));
        appointed.Warnings.Should().NotContain(w => w.Kind == ForwardChainWarningKind.ForwardedToSeveralWithoutCaseOfficer);

        // … and so does a recipient who confirms that they handle it.
        ForwardChain confirmed = Applied(chain.Confirm(Miljo, At("2026-11-27 14:40")));
        confirmed.Warnings.Should().NotContain(w => w.Kind == ForwardChainWarningKind.ForwardedToSeveralWithoutCaseOfficer);
        confirmed.Warnings.Where(w => w.Kind == ForwardChainWarningKind.ConfirmationMissing).SelectMany(w => w.Parties)
            .Should().Equal(Bygglov, Kultur);
    }

    [Fact]
    public void Warnings_ForwardedToSeveralAfterAHandOver_IsFlaggedAgain()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));
        chain = Applied(chain.Confirm(Bygglov, At("2026-11-27 14:30")));
        chain = Applied(chain.Forward(Bygglov, Miljo, At("2026-11-27 15:00")));
        chain.Warnings.Should().NotContain(w => w.Kind == ForwardChainWarningKind.ForwardedToSeveralWithoutCaseOfficer);

        chain = Applied(chain.Forward(Bygglov, Kultur, At("2026-11-27 15:01")));

        ForwardChainWarning several = chain.Warnings[0];
        several.Kind.Should().Be(ForwardChainWarningKind.ForwardedToSeveralWithoutCaseOfficer);
        several.Parties.Should().Equal(Miljo, Kultur);
        several.Message.Should().Contain("bygglov@osby.se är ansvarig");
    }

    [Fact]
    public void Warnings_ConfirmationMissingAndNotRequested_NameTheHop()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));
        chain = Applied(chain.Confirm(Bygglov, At("2026-11-27 14:20")));
        chain = Applied(chain.Forward(Bygglov, Miljo, At("2026-11-27 14:30"), requestConfirmation: false));

        chain.Hops[2].ConfirmationRequested.Should().BeFalse();
        ForwardChainWarning notRequested = chain.Warnings.Should().ContainSingle().Subject;
        notRequested.Kind.Should().Be(ForwardChainWarningKind.ConfirmationNotRequested);
        notRequested.Message.Should().Be(
            "bygglov@osby.se bad inte om återkoppling när ärendet skickades till miljo@osby.se 27 nov kl. 14.30. "
            + "Be miljo@osby.se bekräfta om de hanterar ärendet: begär alltid återkoppling vid vidarebefordran (RT-7).");

        ForwardChain asked = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));
        ForwardChainWarning missing = asked.Warnings.Should().ContainSingle().Subject;
        missing.Kind.Should().Be(ForwardChainWarningKind.ConfirmationMissing);
        missing.Rule.ToString().Should().Be("Källa: riktlinjen avsnitt 3.1 (DL-6)");
        missing.Message.Should().Be(
            "bygglov@osby.se har inte bekräftat om de hanterar ärendet (vidarebefordrat 27 nov kl. 14.05 av kommun@osby.se). "
            + "kommun@osby.se är ansvarig tills en mottagare bekräftar (DL-6).");
        missing.ToString().Should().EndWith("(DL-6). Källa: riktlinjen avsnitt 3.1 (DL-6)");
    }

    [Fact]
    public void AppointCaseOfficer_IsRecorded_AndAppointingTheSamePersonAgainChangesNothing()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));

        chain = Applied(chain.AppointCaseOfficer(" Anna Berg ", At("2026-11-27 14:30")));
        chain = Applied(chain.AppointCaseOfficer("Bo Ek", At("2026-11-27 14:31")));

        chain.CaseOfficers.Select(c => (c.Name, c.AppointedAt)).Should().Equal(("Anna Berg", At("2026-11-27 14:30")), ("Bo Ek", At("2026-11-27 14:31")));
        chain.Responsible.Should().Be(Kommun, "a handläggare is a person; the responsible instance moves only on confirmation");

        ForwardChainResult again = chain.AppointCaseOfficer("anna berg", At("2026-11-27 15:00"));
        again.Status.Should().Be(ForwardChainStatus.AlreadyRecorded);
        again.IsRefused.Should().BeFalse();
        again.Chain.Should().BeSameAs(chain);
        again.Rule!.ToString().Should().Be("Källa: riktlinjen avsnitt 3.2 (RT-9)");
        again.Message.Should().Be("Anna Berg är redan utsedd till handläggare för ärendet sedan 27 nov kl. 14.30 (RT-9).");
    }

    [Fact]
    public void Confirm_Twice_IsIdempotent()
    {
        // A double-clicked "Vi hanterar ärendet" button.
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));
        chain = Applied(chain.Confirm(Bygglov, At("2026-11-27 14:20")));

        ForwardChainResult again = chain.Confirm("Bygglov@osby.se", At("2026-11-27 14:20"));

        again.Status.Should().Be(ForwardChainStatus.AlreadyRecorded);
        again.Refusal.Should().Be(ForwardRefusal.None);
        again.Chain.Should().BeSameAs(chain);
        again.Hop.Should().BeSameAs(chain.Hops[1]);
        again.Message.Should().Be("bygglov@osby.se har redan svarat 27 nov kl. 14.20: hanterar ärendet. Svaret är registrerat en gång (DL-6).");
        again.Chain.ToItemEvents().Count(e => e.Kind == Osby.Policy.Deadlines.ItemEventKind.ForwardConfirmed).Should().Be(1);
    }

    [Fact]
    public void Decline_TwiceWithTheSameReason_IsIdempotent_ButAnotherReasonIsRefused()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));
        chain = Applied(chain.Decline(Bygglov, At("2026-11-27 14:20"), "Gäller miljö", Miljo));

        chain.Decline(Bygglov, At("2026-11-27 14:21"), "Gäller miljö", "MILJO@osby.se").Status.Should().Be(ForwardChainStatus.AlreadyRecorded);
        ForwardChainResult other = chain.Decline(Bygglov, At("2026-11-27 14:21"), "Gäller kultur", Kultur);
        other.Refusal.Should().Be(ForwardRefusal.AlreadyAnswered);
        other.Message.Should().Be(
            "bygglov@osby.se har redan svarat 27 nov kl. 14.20: fel mottagare (Gäller miljö), föreslog miljo@osby.se. "
            + "En vidarebefordran besvaras bara en gång; ska ärendet vidare får det vidarebefordras (DL-6).");
        other.Chain.Should().BeSameAs(chain);
    }

    [Theory]
    [InlineData("confirm", "decline")]
    [InlineData("confirm", "advertising")]
    [InlineData("decline", "confirm")]
    [InlineData("decline", "advertising")]
    [InlineData("advertising", "confirm")]
    [InlineData("advertising", "decline")]
    public void Answer_ConflictingSecondOutcome_IsRefused_AndTheFirstStands(string first, string second)
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));
        chain = Applied(Answer(chain, first, At("2026-11-27 14:20")));
        HopOutcome outcome = chain.Hops[1].Outcome;

        ForwardChainResult result = Answer(chain, second, At("2026-11-27 14:25"));

        result.Status.Should().Be(ForwardChainStatus.Refused);
        result.Refusal.Should().Be(ForwardRefusal.AlreadyAnswered);
        result.Rule!.RuleId.Should().Be("DL-6");
        result.Message.Should().StartWith("bygglov@osby.se har redan svarat 27 nov kl. 14.20: ").And.EndWith("(DL-6).");
        result.Chain.Should().BeSameAs(chain);
        result.Chain.Hops[1].Outcome.Should().Be(outcome);

        static ForwardChainResult Answer(ForwardChain chain, string kind, Instant at) => kind switch
        {
            "confirm" => chain.Confirm(Bygglov, at),
            "decline" => chain.Decline(Bygglov, at, "Fel förvaltning"),
            _ => chain.MarkAdvertising(Bygglov, at),
        };
    }

    [Fact]
    public void MarkAdvertising_NoActionNoWarning_ResponsibilityStays()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));

        chain = Applied(chain.MarkAdvertising(Bygglov, At("2026-11-27 14:20")));

        chain.Hops[1].Outcome.Should().Be(HopOutcome.Advertising);
        chain.Responsible.Should().Be(Kommun);
        chain.Warnings.Should().BeEmpty();
        chain.MarkAdvertising(Bygglov, At("2026-11-27 14:21")).Message.Should().Be(
            "bygglov@osby.se har redan svarat 27 nov kl. 14.20: reklam eller rutinutskick, ingen åtgärd. Svaret är registrerat en gång (DL-6).");
    }

    [Fact]
    public void Answer_ByTheFirstReceiver_IsRefused_TheyStayResponsible()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));

        ForwardChainResult result = chain.Decline(Kommun, At("2026-11-27 14:10"), "Inte vårt");

        result.Refusal.Should().Be(ForwardRefusal.NotForwardedTo);
        result.Rule!.RuleId.Should().Be("RT-7");
        result.Message.Should().Be(
            "kommun@osby.se tog emot ärendet först, 27 nov kl. 13.40, och har ingen vidarebefordran att svara på. "
            + "Den initialt mottagande instansen är ansvarig tills en mottagare bekräftar att de hanterar ärendet (RT-7).");
        result.Chain.Should().BeSameAs(chain);
        chain.Confirm(Kommun, At("2026-11-27 14:10")).Refusal.Should().Be(ForwardRefusal.NotForwardedTo);
        chain.MarkAdvertising(Kommun, At("2026-11-27 14:10")).Refusal.Should().Be(ForwardRefusal.NotForwardedTo);
    }

    [Theory]
    [InlineData(Miljo)]
    [InlineData(Anna)]
    public void Answer_BySomeoneNeverForwardedTo_IsRefused(string who)
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));

        ForwardChainResult result = chain.Confirm(who, At("2026-11-27 14:10"));

        result.Refusal.Should().Be(ForwardRefusal.NotForwardedTo);
        result.Rule!.RuleId.Should().Be("DL-6");
        result.Message.Should().Be(
            $"{who} har inte fått ärendet vidarebefordrat och har ingen vidarebefordran att svara på. Ärendet finns hos kommun@osby.se och bygglov@osby.se (DL-6).");
        result.Chain.Should().BeSameAs(chain);
    }

    [Fact]
    public void Operations_BeforeTheLastRecordedTime_Throw()
    {
        ForwardChain chain = Arrived();
        FluentActions.Invoking(() => chain.Forward(Kommun, Bygglov, At("2026-11-27 13:39")))
            .Should().Throw<ArgumentException>().WithParameterName("at");

        chain = Applied(chain.Forward(Kommun, Bygglov, At("2026-11-27 14:05")));
        FluentActions.Invoking(() => chain.Forward(Kommun, Miljo, At("2026-11-27 14:04")))
            .Should().Throw<ArgumentException>("a hop must not be before the previous one");
        FluentActions.Invoking(() => chain.Confirm(Bygglov, At("2026-11-27 14:00")))
            .Should().Throw<ArgumentException>("an answer must not be before its forward");
        FluentActions.Invoking(() => chain.AppointCaseOfficer("Anna Berg", At("2026-11-27 14:00"))).Should().Throw<ArgumentException>();

        // The same instant is fine: two forwards sent together.
        Applied(chain.Forward(Kommun, Miljo, At("2026-11-27 14:05"))).LastActivity.Should().Be(At("2026-11-27 14:05"));
    }

    [Fact]
    public void Operations_WithEmptyArguments_Throw()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));
        Instant at = At("2026-11-27 15:00");

        FluentActions.Invoking(() => chain.Forward(" ", Miljo, at)).Should().Throw<ArgumentException>().WithParameterName("from");
        FluentActions.Invoking(() => chain.Forward(Kommun, null!, at)).Should().Throw<ArgumentNullException>().WithParameterName("to");
        FluentActions.Invoking(() => chain.Confirm("", at)).Should().Throw<ArgumentException>().WithParameterName("recipient");
        FluentActions.Invoking(() => chain.Decline(Bygglov, at, " ")).Should().Throw<ArgumentException>().WithParameterName("reason");
        FluentActions.Invoking(() => chain.MarkAdvertising(null!, at)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => chain.AppointCaseOfficer("", at)).Should().Throw<ArgumentException>().WithParameterName("person");
        FluentActions.Invoking(() => chain.PathTo("")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => chain.HasReceived(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Decline_WithoutSuggestion_KeepsNone()
    {
        ForwardChain chain = Applied(Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05")));
        ForwardHop hop = chain.Decline(Bygglov, At("2026-11-27 14:10"), "Fel mottagare", "  ").Hop!;
        hop.SuggestedRecipient.Should().BeNull();
    }

    [Fact]
    public void ToString_DescribesForLogs()
    {
        ForwardChainResult result = Arrived().Forward(Kommun, Bygglov, At("2026-11-27 14:05"));
        result.ToString().Should().Be("Applied");
        result.Chain.ToString().Should().Be("anna.andersson@example.se → kommun@osby.se 2026-11-27T12:40:00Z, 1 forwards, responsible kommun@osby.se");
        result.Hop!.ToString().Should().Be("kommun@osby.se → bygglov@osby.se 2026-11-27T13:05:00Z Open");
        result.Chain.Forward(Kommun, Bygglov, At("2026-11-27 14:06")).ToString().Should().StartWith("Refused AlreadyReceived: bygglov@osby.se fick redan");
    }
}
