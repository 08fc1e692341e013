using Osby.Policy.Calendar;
using Osby.Policy.Conduct;
using Osby.Policy.Deadlines;
using Osby.Policy.Guidance;
using Osby.Policy.Records;
using Osby.Policy.Routing;
using Osby.Policy.Rules;
using static Osby.Policy.Tests.StockholmTime;

namespace Osby.Policy.Tests;

/// <summary>The examples the repository README promises other apps, one per entry point.</summary>
public sealed class ReadmeExamplesTests
{
    [Fact]
    public void Calendar_StatutoryDeadlineOnJulafton2025_IsMonday29December() =>
        WorkingCalendar.Sweden.StatutoryDeadline(new LocalDate(2025, 12, 24)).Should().Be(new LocalDate(2025, 12, 29));

    [Fact]
    public void Deadlines_OfficialMailboxOnFridayAfternoon_FirstResponseDueMonday()
    {
        Instant arrived = At("2026-11-27 15:00");
        Obligation first = ServicePolicy.Default.Evaluate(ItemHistory.Start(arrived, Channel.OfficialMailbox), arrived)
            .Single(o => o.Kind == ObligationKind.FirstResponse);
        (Local(first.Due), first.Rule.ToString()).Should().Be(("2026-11-30 15:00", "Källa: riktlinjen avsnitt 2.1.1 (DL-1)"));
    }

    [Fact]
    public void Records_FeedbackOnFacebook_IsRegisteredWithoutDelay() =>
        RecordsAdvice.For(new IncomingDocument(Channel.SocialMediaComment, At("2026-11-27 15:00"), DocumentKind.Feedback))
            .Action.Should().Be(RecordsAction.RegisterWithoutDelay);

    [Fact]
    public void Conduct_PhoneGreeting_StartsWithTheMunicipality() =>
        PhoneGreeting.For("Anna", "Andersson").Should().Be("Osby kommun, Anna Andersson");

    [Fact]
    public void Guidance_FeedbackFromFacebookQuestion_FindsRc4First() =>
        Guideline.Default.Search("ska en synpunkt från facebook diarieföras", 3)[0].RuleId.Should().Be("RC-4");

    [Fact]
    public void Routing_ExampleDirectory_FindsKommunAsTheOfficialMailbox() =>
        MailboxDirectory.Example.Find("Kommun@Osby.se")!.Kind.Should().Be(MailboxKind.Official);

    [Fact]
    public void Routing_CourseOfferWithUnsubscribeHeader_IsRoutineCitingRt6AndRc2()
    {
        var mail = new InboundMessage("Kursakademin <info@kursakademin.se>", ["kommun@osby.se"],
            "Sista chansen: kurs i offentlighet och sekretess", "Anmäl dig nu – 20 % rabatt! Avsluta prenumeration här.",
            Channel.OfficialMailbox, headers: new Dictionary<string, string> { ["List-Unsubscribe"] = "<https://kursakademin.se/u>" });
        RoutineMailAssessment a = RoutineMailDetector.Assess(mail);

        a.Verdict.Should().Be(RoutineMailVerdict.Routine);
        a.Confidence.Should().BeGreaterThanOrEqualTo(0.8);
        a.Citations.Select(c => c.RuleId).Should().Equal("RT-6", "RC-2");
        a.Signals[0].ToString().Should().Be("Avsändaren erbjuder avregistrering (List-Unsubscribe). Källa: riktlinjen avsnitt 2.1.3 (RT-6)");
    }

    [Fact]
    public void Citations_Dl1_CitesSection211() =>
        RuleCitation.For("DL-1").ToString().Should().Be("Källa: riktlinjen avsnitt 2.1.1 (DL-1)");
}
