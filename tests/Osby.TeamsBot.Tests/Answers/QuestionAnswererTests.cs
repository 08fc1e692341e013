using Osby.Policy;
using Osby.Policy.Deadlines;
using Osby.Policy.Guidance;
using Osby.Policy.Records;
using Osby.Policy.Routing;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Tests.Understanding;

namespace Osby.TeamsBot.Tests.Answers;

/// <summary>Expected values follow RULES.md: DL-1 is one working day = 8 h 30 min office time (Mon–Fri 08:00–16:30).</summary>
public sealed class QuestionAnswererTests
{
    private static readonly QuestionAnswerer Answerer = new(ServicePolicy.Default, MailboxDirectory.Example, Guideline.Default);

    private static readonly ZonedDateTime Saturday = Stockholm.At("2026-11-28 10:00");

    [Fact]
    public void Answer_FridayAfternoonMail_IsDueMondayAtTheSameTimeWithWeekendReason()
    {
        var answer = Answerer.Answer("Mejlet kom in i fredags 15.40 – när måste jag svara?", Saturday, null).Should().BeOfType<DeadlineAnswer>().Subject;

        answer.Summary.Should().Be("Svara senast måndag 30 november kl. 15.40.");
        answer.Channel.Should().Be(Channel.PersonalEmail);
        answer.Arrived.Should().Be(new LocalDateTime(2026, 11, 27, 15, 40));
        answer.Deadlines[0].Due.Should().Be(new LocalDateTime(2026, 11, 30, 15, 40));
        answer.Deadlines[0].DueText.Should().Be("senast måndag 30 november kl. 15.40");
        answer.Deadlines[0].Rule.RuleId.Should().Be("DL-1");
        answer.Why.Should().Contain("Lördag och söndag är inte arbetsdagar.")
            .And.Contain("Kontoret stänger kl. 16.30, så resten av arbetstiden räknas nästa arbetsdag.");
        answer.Tip.Should().Contain("(DL-3)");
    }

    [Fact]
    public void Answer_MailBeforeChristmas2025_NamesTheHolidays()
    {
        var answer = Answerer.Answer("När måste jag svara? Mejlet kom 23 december kl 14.00", Stockholm.At("2025-12-29 09:00"), null)
            .Should().BeOfType<DeadlineAnswer>().Subject;

        // Tue 23 Dec 14:00; 24 julafton, 25 juldagen, 26 annandag jul, 27–28 weekend: Monday 29 Dec 14:00
        answer.Deadlines[0].Due.Should().Be(new LocalDateTime(2025, 12, 29, 14, 0));
        answer.Why.Should().Contain("Julafton räknas inte som arbetsdag.")
            .And.Contain("Juldagen och annandag jul är helgdagar.")
            .And.Contain("Lördag och söndag är inte arbetsdagar.");
    }

    [Fact]
    public void Answer_MailAfterOfficeHours_StartsAtTheNextOpening()
    {
        var answer = Answerer.Answer("när ska jag svara på mejlet som kom i går kl 17.10", Stockholm.At("2026-12-01 10:00"), null)
            .Should().BeOfType<DeadlineAnswer>().Subject;

        answer.Deadlines[0].Due.Should().Be(new LocalDateTime(2026, 12, 1, 16, 30));
        answer.Why.Should().Contain("Mejlet kom efter kontorstid, så tiden börjar räknas när kontoret öppnar tisdag kl. 8.00.");
        answer.Why.Should().NotContain(w => w.StartsWith("Lördag", StringComparison.Ordinal) || w.StartsWith("Kontoret stänger", StringComparison.Ordinal));
    }

    [Fact]
    public void Answer_Voicemail_IsACallbackByClosingTheNextWorkingDay()
    {
        var answer = Answerer.Answer("röstmeddelande i fredags kl 14, när ska jag ringa tillbaka?", Saturday, null)
            .Should().BeOfType<DeadlineAnswer>().Subject;

        answer.Channel.Should().Be(Channel.Voicemail);
        answer.Summary.Should().Be("Ring tillbaka senast måndag 30 november kl. 16.30.");
        answer.Deadlines[0].Rule.RuleId.Should().Be("DL-2");
    }

    [Fact]
    public void Answer_SefosLastActivity_GivesPurgeAndWarnings()
    {
        var answer = Answerer.Answer("SEFOS, senaste aktivitet 2 nov kl 10.15 – när rensas det?", Saturday, null)
            .Should().BeOfType<DeadlineAnswer>().Subject;

        // 35 calendar days; warnings 7 days and 1 working day before (DL-4)
        answer.Deadlines.Select(d => (d.Due, d.Rule.RuleId)).Should().StartWith(
        [
            (new LocalDateTime(2026, 12, 7, 10, 15), "DL-4"),
            (new LocalDateTime(2026, 11, 30, 10, 15), "DL-4"),
            (new LocalDateTime(2026, 12, 4, 10, 15), "DL-4"),
        ]);
        answer.Summary.Should().StartWith("SEFOS rensar konversationen måndag 7 december kl. 10.15.");
    }

    [Fact]
    public void Answer_PublicDocumentRequest_IsDueTheSameDay()
    {
        var answer = Answerer.Answer("Begäran om allmän handling kom i dag kl 10.00, när måste vi ge besked?", Stockholm.At("2026-11-30 11:00"), null)
            .Should().BeOfType<DeadlineAnswer>().Subject;

        answer.Deadlines[0].Due.Should().Be(new LocalDateTime(2026, 11, 30, 16, 30));
        answer.Deadlines[0].Rule.RuleId.Should().Be("DL-8");
    }

    [Fact]
    public void Answer_DeadlineWithoutTime_AsksForTheTimeWithWhatWasUnderstood()
    {
        var form = Answerer.Answer("Mejlet kom i fredags – när måste jag svara?", Saturday, null).Should().BeOfType<DeadlineFormAnswer>().Subject;

        form.Date.Should().Be("2026-11-27");
        form.Time.Should().BeNull();
        form.Channel.Should().Be(Channel.PersonalEmail);
        form.Problems.Should().BeEmpty();
        form.Prompt.Should().Contain("vilken tid");
    }

    [Fact]
    public void Answer_AmbiguousDate_AsksWithAProblemOnTheDate()
    {
        var form = Answerer.Answer("Svarstid för ett mejl som kom 24/12 kl 10?", Saturday, null).Should().BeOfType<DeadlineFormAnswer>().Subject;

        form.Date.Should().BeNull();
        form.Time.Should().Be("10:00");
        form.Problems.Should().ContainSingle().Which.InputId.Should().Be(CardInputs.ArrivalDate);
    }

    [Fact]
    public void Answer_ArrivalInTheFuture_Asks()
    {
        Answerer.Answer("när måste jag svara på mejlet som kom kl 14 idag", Stockholm.At("2026-11-30 11:00"), null)
            .Should().BeOfType<DeadlineFormAnswer>().Which.Problems.Should().ContainSingle(p => p.InputId == CardInputs.ArrivalTime);
    }

    [Fact]
    public void CalculateDeadline_ValidInput_IsADeadlineAnswer()
    {
        var answer = Answerer.CalculateDeadline("2026-11-27", "15.40", "PersonalEmail", Saturday).Should().BeOfType<DeadlineAnswer>().Subject;

        answer.Deadlines[0].Due.Should().Be(new LocalDateTime(2026, 11, 30, 15, 40));
    }

    [Theory]
    [InlineData(null, "15:40", "PersonalEmail", "arrivalDate", "Välj vilken dag det kom in.")]
    [InlineData("27/11", "15:40", "PersonalEmail", "arrivalDate", "Skriv datumet som åååå-mm-dd, till exempel 2026-11-27.")]
    [InlineData("2026-12-24", "15:40", "PersonalEmail", "arrivalDate", "Datumet ligger i framtiden. Välj den dag det kom in.")]
    [InlineData("1969-12-24", "15:40", "PersonalEmail", "arrivalDate", "Jag kan räkna från år 1970. Välj ett senare datum.")]
    [InlineData("2026-11-27", "1540", "PersonalEmail", "arrivalTime", "Skriv tiden som tt:mm, till exempel 15:40.")]
    [InlineData("2026-11-27", "25:00", "PersonalEmail", "arrivalTime", "Skriv tiden som tt:mm, till exempel 15:40.")]
    [InlineData("2026-11-27", "", "PersonalEmail", "arrivalTime", "Skriv vilken tid det kom in, till exempel 15:40.")]
    [InlineData("2026-11-28", "11:00", "PersonalEmail", "arrivalTime", "Tiden ligger i framtiden. Skriv när det kom in.")]
    [InlineData("2026-11-27", "15:40", "Fax", "channel", "Välj en kanal i listan.")]
    [InlineData("2026-11-27", "15:40", "3", "channel", "Välj en kanal i listan.")]
    [InlineData("2026-11-27", "15:40", null, "channel", "Välj hur det kom in.")]
    public void CalculateDeadline_BadField_ReturnsTheFormWithAProblemAndTheValuesAsGiven(
        string? date, string? time, string? channel, string inputId, string message)
    {
        var form = Answerer.CalculateDeadline(date, time, channel, Saturday).Should().BeOfType<DeadlineFormAnswer>().Subject;

        form.Problems.Should().ContainSingle().Which.Should().Be(new InputProblem(inputId, message));
        form.Date.Should().Be(date);
        form.Time.Should().Be(time);
    }

    [Fact]
    public void CalculateDeadline_VoicemailWithoutTime_IsACallback()
    {
        Answerer.CalculateDeadline("2026-11-27", null, "Voicemail", Saturday).Should().BeOfType<DeadlineAnswer>()
            .Which.Deadlines[0].Due.Should().Be(new LocalDateTime(2026, 11, 30, 16, 30));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hjälp")]
    [InlineData("?")]
    public void Answer_HelpRequest_IsTheHelpWithThreeExamples(string text)
    {
        Answerer.Answer(text, Saturday, null).Should().BeSameAs(Answerer.Help);
        Answerer.Help.ExampleQuestions.Should().Equal(
            "Mejlet kom in i fredags 15.40 – när måste jag svara?",
            "Vart skickar jag en fråga om bygglov?",
            "Ska en synpunkt från Facebook diarieföras?");
    }

    [Fact]
    public void Help_ExampleQuestions_AreAnsweredAsTheirIntents()
    {
        Answerer.Answer(Answerer.Help.ExampleQuestions[0], Saturday, null).Should().BeOfType<DeadlineAnswer>();
        Answerer.Answer(Answerer.Help.ExampleQuestions[1], Saturday, null).Should().BeOfType<RoutingAnswer>();
        Answerer.Answer(Answerer.Help.ExampleQuestions[2], Saturday, null).Should().BeOfType<RecordsAnswer>();
    }

    [Fact]
    public void Answer_RoutingQuestion_NamesTheMailbox()
    {
        var answer = Answerer.Answer("Vart skickar jag en fråga om bygglov?", Saturday, null).Should().BeOfType<RoutingAnswer>().Subject;

        answer.Decision.Target.Should().Be("bygglov@osby.se");
        answer.Summary.Should().Contain("bygglov@osby.se");
    }

    [Fact]
    public void Answer_UncertainRouting_NamesEachMailboxOnce()
    {
        var answer = Answerer.Answer("Till vem vidarebefordrar jag en fråga om radon i källaren?", Saturday, null)
            .Should().BeOfType<RoutingAnswer>().Subject;

        answer.Decision.IsCertain.Should().BeFalse("the example directory has no single owner for radon");
        var addresses = System.Text.RegularExpressions.Regex.Matches(answer.Summary, @"[\w.-]+@[\w.-]+\.se").Select(m => m.Value).ToList();
        addresses.Should().NotBeEmpty().And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Answer_RecordsQuestion_StatesTheActionPlainly()
    {
        var answer = Answerer.Answer("Ska en synpunkt från Facebook diarieföras?", Saturday, null).Should().BeOfType<RecordsAnswer>().Subject;

        answer.Advice.Action.Should().Be(RecordsAction.RegisterWithoutDelay);
        answer.Summary.Should().Be("Ja, diarieför det utan dröjsmål.");
    }

    [Theory]
    [InlineData("Ska en betalningspåminnelse från en leverantör diarieföras?")]
    [InlineData("Måste en reklamation av en trasig skolbänk registreras?")]
    public void Answer_RecordsQuestionWithAdvertisingLookalikeWord_IsNeverAdvisedAsDeletable(string question)
    {
        // RC-1/RC-2: a payment reminder or a complaint is a public document; only advertising and routine mail may be
        // deleted. "påminnelse" contains "spam" and "reklamation" starts with "reklam".
        var answer = Answerer.Answer(question, Saturday, null).Should().BeOfType<RecordsAnswer>().Subject;

        answer.Advice.Action.Should().NotBe(RecordsAction.NoRegistrationMayBeDeleted);
    }

    [Fact]
    public void Answer_SefosRecordsQuestionWithoutDate_AsksForTheLastActivity()
    {
        Answerer.Answer("Ska ett SEFOS-meddelande diarieföras?", Saturday, null).Should().BeOfType<DeadlineFormAnswer>()
            .Which.Channel.Should().Be(Channel.Sefos);
    }

    [Theory]
    [InlineData("Anna Andersson", "Anna Andersson")]
    [InlineData(null, "Förnamn Efternamn")]
    public void Answer_SignatureQuestion_ShowsTheSignatureWithTheUsersName(string? userName, string expectedName)
    {
        var answer = Answerer.Answer("Hur ska signaturen se ut?", Saturday, userName).Should().BeOfType<ConductAnswer>().Subject;

        answer.Example.Should().Contain(expectedName).And.Contain("Titel").And.Contain("Förvaltning").And.Contain("Osby kommun").And.Contain("Telefon");
        answer.Citations.Should().Contain(c => c.RuleId == "CD-2");
    }

    [Theory]
    [InlineData("Anna Maria Andersson", "Osby kommun, Anna Maria Andersson")]
    [InlineData("Anna", "Osby kommun, Förnamn Efternamn")]
    [InlineData(null, "Osby kommun, Förnamn Efternamn")]
    public void Answer_PhoneQuestion_GivesTheGreeting(string? userName, string greeting)
    {
        var answer = Answerer.Answer("hur svarar jag i telefon?", Saturday, userName).Should().BeOfType<ConductAnswer>().Subject;

        answer.Example.Should().Be(greeting);
        answer.Citations.Should().ContainSingle().Which.RuleId.Should().Be("CD-1");
    }

    [Fact]
    public void Answer_ReviewWithAbbreviatedGreeting_CountsTheFindings()
    {
        var answer = Answerer.Answer("granska mitt svar: Hej!\nDu får beslutet på måndag.\nMvh Anna", Saturday, null)
            .Should().BeOfType<ConductAnswer>().Subject;

        answer.Findings.Should().Contain(f => f.Kind == Osby.Policy.Conduct.ConductFindingKind.ClosingGreetingAbbreviated);
        answer.Summary.Should().StartWith("Jag hittade ").And.EndWith(" att rätta.");
    }

    [Fact]
    public void Answer_ReviewWithoutDraft_AsksForTheDraft()
    {
        Answerer.Answer("granska mitt svar", Saturday, null).Should().BeOfType<TextAnswer>();
    }

    [Fact]
    public void Answer_TooLongQuestion_SaysSo()
    {
        string text = "Vart skickar jag " + new string('x', QuestionAnswerer.MaxQuestionLength);

        Answerer.Answer(text, Saturday, null).Should().BeOfType<TextAnswer>().Which.Text.Should().Contain("för långt");
    }

    [Fact]
    public void Answer_LongReview_IsReviewedUpToItsOwnLimit()
    {
        string draft = "granska mitt svar:\nHej!\n" + string.Concat(Enumerable.Repeat("Du får beslutet på måndag. ", 150)) + "\nVänliga hälsningar\nAnna";

        draft.Length.Should().BeInRange(QuestionAnswerer.MaxQuestionLength + 1, QuestionAnswerer.MaxReviewLength);
        Answerer.Answer(draft, Saturday, null).Should().BeOfType<ConductAnswer>();
        Answerer.Answer(draft + new string('x', QuestionAnswerer.MaxReviewLength), Saturday, null).Should().BeOfType<TextAnswer>();
    }

    [Fact]
    public void Answer_OtherQuestion_SearchesTheGuideline()
    {
        var answer = Answerer.Answer("Vem har hand om funktionsbrevlådan när registratorn är sjuk?", Saturday, null)
            .Should().BeOfType<GuidanceAnswer>().Subject;

        answer.Hits.Should().HaveCountLessThanOrEqualTo(3);
        answer.Hits[0].RuleId.Should().Be("RT-11");
    }

    [Fact]
    public void Answer_CalledInParallel_GivesTheSameAnswers()
    {
        string[] questions = [.. Answerer.Help.ExampleQuestions, "hur ska signaturen se ut", "Vad är en funktionsbrevlåda?"];
        string[] expected = [.. questions.Select(q => Answerer.Answer(q, Saturday, null).GetType().Name)];

        var results = new string[200];
        Parallel.For(0, results.Length, i => results[i] = Answerer.Answer(questions[i % questions.Length], Saturday, null).GetType().Name);

        results.Select((r, i) => r == expected[i % questions.Length]).Should().AllBeEquivalentTo(true);
    }
}
