using Osby.Policy.Routing;

namespace Osby.Policy.Tests.Routing;

/// <summary>Header signals, counter-signals and the decision rule of <see cref="RoutineMailDetector"/>.</summary>
public sealed partial class RoutineMailDetectorTests
{
    // An unmistakable course offer from a mass-mail tool: Routine on its own.
    private const string AdSubject = "Sista chansen: kurs i ledarskap för chefer";
    private const string AdBody = """
        Hej!

        Bara tre platser kvar på vår populära kurs i ledarskap. Anmäl dig nu och få 20 % rabatt.

        Avsluta prenumeration | Visa i webbläsaren
        """;

    private static readonly string[] AdHeaders = ["List-Unsubscribe: <https://kursakademin.se/u?id=1>", "Precedence: bulk"];

    [Fact]
    public void Assess_Null_Throws() =>
        FluentActions.Invoking(() => RoutineMailDetector.Assess(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Assess_CourseOfferFromMassMailer_IsRoutineCitingRt6AndRc2()
    {
        RoutineMailAssessment a = Assess(AdSubject, AdBody, AdHeaders);

        a.Verdict.Should().Be(RoutineMailVerdict.Routine);
        a.IsRoutine.Should().BeTrue();
        a.Confidence.Should().BeInRange(0.8, 1);
        a.Citations.Select(c => c.RuleId).Should().Equal("RT-6", "RC-2");
        a.Signals.Should().OnlyContain(s => s.IndicatesRoutine && s.Citation.RuleId == "RT-6");
        a.Summary.Should().StartWith("Reklam eller rutinutskick").And.Contain("gallringsplanen").And.Contain("ingen skyldighet att vidarebefordra");
        a.ToString().Should().Be(a.Summary);
    }

    [Fact]
    public void Assess_PlainCitizenQuestion_IsMatterWithNoSignals()
    {
        RoutineMailAssessment a = Assess("Sophämtning", "Hej! Soporna har inte hämtats på Storgatan 3. /Karin");

        a.Verdict.Should().Be(RoutineMailVerdict.Matter);
        a.IsRoutine.Should().BeFalse();
        a.Confidence.Should().Be(0);
        a.Signals.Should().BeEmpty();
        a.Citations.Select(c => c.RuleId).Should().Equal("RC-1");
        a.Summary.Should().StartWith("Behandla som ett ärende: inga starka tecken");
    }

    [Fact]
    public void Default_Verdict_IsMatter() => default(RoutineMailVerdict).Should().Be(RoutineMailVerdict.Matter);

    // ---- Header signals ----

    [Theory]
    [InlineData("List-Unsubscribe: <mailto:u@x.se>", "Avsändaren erbjuder avregistrering (List-Unsubscribe)")]
    [InlineData("List-Id: Nyheter <nyheter.x.se>", "Skickat via en sändlista (List-Id)")]
    [InlineData("Precedence: bulk", "Markerat som massutskick (Precedence: bulk)")]
    [InlineData("Precedence: JUNK", "Markerat som massutskick (Precedence: junk)")]
    [InlineData("Precedence: list", "Markerat som utskick till en lista (Precedence: list)")]
    [InlineData("X-Mailer: MailChimp Mailer - **CID12**", "Skickat med massutskicksverktyget MailChimp (X-Mailer)")]
    [InlineData("User-Agent: Apsis One", "Skickat med massutskicksverktyget Apsis (User-Agent)")]
    [InlineData("X-Mailer: Get a Newsletter", "Skickat med massutskicksverktyget Get a Newsletter (X-Mailer)")]
    [InlineData("X-Campaign: spring-2026", "Har kampanjhuvud från ett utskicksverktyg (X-Campaign)")]
    [InlineData("X-CampaignID: 1234", "Har kampanjhuvud från ett utskicksverktyg (X-CampaignID)")]
    [InlineData("X-Mailjet-Campaign: 88", "Har kampanjhuvud från ett utskicksverktyg (X-Mailjet-Campaign)")]
    [InlineData("X-SG-EID: abc", "Skickat via en tjänst för e-postutskick (X-SG-EID)")]
    [InlineData("Feedback-ID: 1:2:3:esp", "Har spårnings-id för massutskick (Feedback-ID)")]
    [InlineData("Auto-Submitted: auto-generated", "Automatiskt skickat (Auto-Submitted: auto-generated)")]
    public void Assess_Header_GivesItsSwedishRoutineSignalCitingRt6(string header, string description)
    {
        RoutineMailSignal signal = Assess("Hej", "Text.", header).Signals.Should().ContainSingle().Subject;

        signal.Description.Should().Be(description);
        signal.IndicatesRoutine.Should().BeTrue();
        signal.Citation.RuleId.Should().Be("RT-6");
        signal.Evidence.Should().StartWith(header[..header.IndexOf(':', StringComparison.Ordinal)]);
        signal.ToString().Should().Be($"{description}. Källa: riktlinjen avsnitt 2.1.3 (RT-6)");
    }

    [Theory]
    [InlineData("Precedence: normal")]
    [InlineData("Auto-Submitted: no")]
    [InlineData("X-Mailer: Microsoft Outlook 16.0")]
    [InlineData("X-Mailer: PHPMailer 6.8.1")]
    public void Assess_OrdinaryHeader_GivesNoSignal(string header) =>
        Assess("Hej", "Text.", header).Signals.Should().BeEmpty();

    [Theory]
    [InlineData("noreply@system.se", "Avsändaren tar inte emot svar (noreply@)")]
    [InlineData("Skatteverket <no-reply@skatteverket.se>", "Avsändaren tar inte emot svar (no-reply@)")]
    [InlineData("Leverantör <nyhetsbrev@leverantor.se>", "Avsändaradressen är en utskicksadress (nyhetsbrev@)")]
    [InlineData("marketing@vendor.com", "Avsändaradressen är en utskicksadress (marketing@)")]
    public void Assess_MassMailSender_GivesSenderSignal(string from, string description) =>
        RoutineMailDetector.Assess(new InboundMessage(from, ["kommun@osby.se"], "Hej", "Text.", Channel.OfficialMailbox))
            .Signals.Should().ContainSingle().Which.Description.Should().Be(description);

    [Fact]
    public void Assess_HeadersAloneWithoutMarketingWords_IsUncertainNeverRoutine()
    {
        // An e-invoice platform or an authority's mass mailing carries the same headers as a newsletter.
        RoutineMailAssessment a = Assess(
            "Information om ny rapportering",
            "Uppgifterna ska lämnas senast 30 juni via e-tjänsten.",
            "List-Unsubscribe: <https://x.se/u>", "Precedence: bulk", "X-Mailer: Apsis", "Feedback-ID: 1:2", "Auto-Submitted: auto-generated");

        RoutineMailDetector.Combine(a.Signals).Should().BeGreaterThan(0.8);
        a.Verdict.Should().Be(RoutineMailVerdict.Uncertain);
        a.Citations.Select(c => c.RuleId).Should().Equal("RT-7", "RT-6", "RC-1");
        a.Summary.Should().StartWith("Osäkert").And.Contain("kanslienheten");
    }

    [Fact]
    public void Assess_HeaderNamesAndValues_IgnoreCase() =>
        Assess(AdSubject, AdBody, "list-unsubscribe: <https://x.se/u>", "PRECEDENCE: Bulk").Signals
            .Select(s => s.Description).Should().Contain(["Avsändaren erbjuder avregistrering (List-Unsubscribe)", "Markerat som massutskick (Precedence: bulk)"]);

    // ---- Wording ----

    [Theory]
    [InlineData("Nyhetsbrev maj: 20 % rabatt på vårens kurser", "Läs hela nyhetsbrevet på webben. Vill du inte längre få våra utskick? Avregistrera dig här.")]
    [InlineData("Kampanj: 30 % rabatt på kontorsstolar", "Köp nu – kampanjen gäller till och med fredag. Avsluta prenumeration.")]
    [InlineData("Webbinarium om e-arkiv", "Välkommen till vårt frukostwebbinarium! Anmäl dig senast måndag. Webbinariet är kostnadsfritt.")]
    [InlineData("Boka demo", "Vi erbjuder en kostnadsfri demo av vårt system. Sista chansen att boka i vår – få platser kvar.")]
    [InlineData("Kurs i sekretess", "Vi erbjuder kursen till specialpris: 2 900 kr per deltagare. Boka din plats redan i dag!")]
    public void Assess_MarketingWordsAlone_CanBeRoutine(string subject, string body) =>
        Assess(subject, body).Verdict.Should().Be(RoutineMailVerdict.Routine);

    [Fact]
    public void Assess_OneMarketingWord_IsNotEnough()
    {
        Assess("Erbjudande", "Vi har ett erbjudande till er.").Verdict.Should().Be(RoutineMailVerdict.Matter);
        Assess("Kurs", "Information om kursen i höst.").Verdict.Should().Be(RoutineMailVerdict.Matter);
    }

    [Theory]
    [InlineData("Städtjänster", "Vi erbjuder lokalvård till skolor. Just nu 20 % rabatt.")]
    [InlineData("Nyhetsbrevet", "Läs vårens nyheter. Avregistrera dig här.")]
    public void Assess_TwoKindsOfEvidenceInTheWordingOnly_IsUncertain(string subject, string body) =>
        Assess(subject, body).Verdict.Should().Be(RoutineMailVerdict.Uncertain);

    [Fact]
    public void Assess_OnePhraseInTwoFamilies_CountsInBoth()
    {
        // "Begär en kostnadsfri offert" is both a lure (Free) and a call to action: with "vi erbjuder", three kinds of evidence.
        RoutineMailAssessment a = Assess("Städtjänster", "Vi erbjuder lokalvård. Begär en kostnadsfri offert.");

        a.Signals.Should().HaveCount(3);
        a.Verdict.Should().Be(RoutineMailVerdict.Routine);
    }

    [Fact]
    public void Assess_TextWithoutDiacritics_ReadsTheSame()
    {
        RoutineMailAssessment with = Assess("Sista chansen – anmäl dig nu", "Få platser kvar. 20 % rabatt. Avsluta prenumeration.");
        RoutineMailAssessment without = Assess("Sista chansen - anmal dig nu", "Fa platser kvar. 20 % rabatt. Avsluta prenumeration.");

        without.Verdict.Should().Be(with.Verdict).And.Be(RoutineMailVerdict.Routine);
        without.Confidence.Should().Be(with.Confidence);
    }

    [Fact]
    public void Assess_PatternEvidence_IsShownAsWritten() =>
        Assess("Fråga", "Hej!\nJag undrar när min ansökan blir klar.").Signals
            .Select(s => s.Evidence).Should().Contain(e => e.Contains("Jag undrar", StringComparison.Ordinal));

    [Fact]
    public void Assess_SignalsOfOneFamily_AreOneSignalWithAllEvidence()
    {
        RoutineMailSignal footer = Assess(AdSubject, AdBody).Signals.Single(s => s.Description.StartsWith("Texten är ett massutskick", StringComparison.Ordinal));

        footer.Description.Should().Contain("”avsluta prenumeration”").And.Contain("”visa i webbläsaren”");
        footer.Evidence.Should().Be("avsluta prenumeration; visa i webbläsaren");
    }

    // ---- Counter-signals: a real matter is never Routine ----

    [Theory]
    [InlineData("Jag undrar om min dotter kan gå kursen.", "RT-15")]
    [InlineData("Kan ni skicka mer information om kursen?", "RT-15")]
    [InlineData("Det gäller min ansökan om plats på kursen.", "RT-15")]
    [InlineData("Hur går det med mitt ärende?", "RT-15")]
    [InlineData("Ange diarienummer KS 2026/12 vid anmälan.", "RC-1")]
    [InlineData("Jag vill lämna ett klagomål på förra kursen.", "RT-15")]
    [InlineData("Här är min synpunkt på kursen.", "RC-1")]
    [InlineData("Jag begär att få ta del av kursutvärderingen.", "RT-15")]
    [InlineData("Detta är en begäran om allmän handling.", "RC-1")]
    [InlineData("Bifogat finns faktura för förra kursen.", "RC-1")]
    [InlineData("Förfallodatum 30 juni, OCR 12345.", "RC-1")]
    [InlineData("Beslutet går att överklaga.", "RC-1")]
    [InlineData("Gäller bygglov för kursgården.", "RC-1")]
    [InlineData("Kursen ingår i beviljat bistånd.", "RC-1")]
    [InlineData("Jag tackade ja till ert erbjudande om förskoleplats.", "RT-15")]
    [InlineData("Stämmer det att kommunen står bakom erbjudandet?", "RT-15")]
    [InlineData("Bifogar CV och personligt brev.", "RC-1")]
    [InlineData("Remiss: yttrande senast 1 juni.", "RC-1")]
    [InlineData("Tack för er förfrågan, här kommer offerten enligt avtal.", "RC-1")]
    public void Assess_MatterWordsInAStrongAd_BlockRoutine(string matterSentence, string firstRule)
    {
        RoutineMailAssessment a = Assess(AdSubject, matterSentence + "\n" + AdBody, AdHeaders);

        a.Verdict.Should().Be(RoutineMailVerdict.Uncertain, "routine evidence is strong, but any sign of a matter blocks Routine");
        a.IsRoutine.Should().BeFalse();
        RoutineMailSignal matter = a.Signals.First(s => !s.IndicatesRoutine);
        matter.Citation.RuleId.Should().Be(firstRule);
        a.Summary.Should().StartWith("Osäkert").And.Contain("drag av ett ärende");
        a.Confidence.Should().BeLessThan(RoutineMailDetector.Combine(a.Signals.Where(s => s.IndicatesRoutine)));
    }

    [Theory]
    [InlineData("Nu kan ni prova vår tjänst gratis i en månad.")]
    [InlineData("Med oss kan ni spara pengar.")]
    [InlineData("Här kan jag visa hur det fungerar.")]
    public void Assess_KanNiInAStatement_IsNoQuestion(string sentence) =>
        Assess("Erbjudande", sentence).Signals.Should().NotContain(s => s.Description.StartsWith("Ställer en fråga", StringComparison.Ordinal));

    [Theory]
    [InlineData("Kan ni laga gatlampan?")]
    [InlineData("Hej, kan ni hjälpa mig?")]
    [InlineData("Jag undrar om ni kan svara snart.")]
    public void Assess_KanNiAsAQuestion_IsAMatterSignal(string sentence) =>
        Assess("Fråga", sentence).Signals.Should().Contain(s => !s.IndicatesRoutine);

    [Fact]
    public void Assess_InvoiceFromBulkPlatform_IsNotRoutine()
    {
        RoutineMailAssessment a = Assess(
            "Ny faktura från Kontorsbolaget – 15 % rabatt på nästa order",
            "Du har fått en ny faktura. Belopp 4 312 kr. Förfallodatum 2026-06-15. Avsluta prenumeration på erbjudanden.",
            "List-Unsubscribe: <https://x.se/u>", "Precedence: bulk", "Auto-Submitted: auto-generated");

        a.IsRoutine.Should().BeFalse();
        a.Signals.Should().Contain(s => s.Description.StartsWith("Faktura eller betalningskrav", StringComparison.Ordinal) && s.Citation.RuleId == "RC-1");
    }

    [Theory]
    [InlineData("Sv: Kurs i ledarskap", "Svar i en pågående konversation")]
    [InlineData("RE: Kurs i ledarskap", "Svar i en pågående konversation")]
    [InlineData("VB: Sista chansen – kurs i ledarskap", "Vidarebefordrat av en person, som kan ha skrivit en egen fråga")]
    [InlineData("Fwd: Sista chansen", "Vidarebefordrat av en person, som kan ha skrivit en egen fråga")]
    public void Assess_ReplyOrForwardPrefix_IsAMatterSignal(string subject, string description)
    {
        RoutineMailAssessment a = Assess(subject, AdBody, AdHeaders);

        a.IsRoutine.Should().BeFalse();
        a.Signals.Should().Contain(s => !s.IndicatesRoutine && s.Description == description);
    }

    [Theory]
    [InlineData(Channel.EService, "Kom in via en e-tjänst, där reklam inte kommer")]
    [InlineData(Channel.Sefos, "Kom in via SEFOS, där reklam inte kommer")]
    [InlineData(Channel.PublicDocumentRequest, "Kom in via en begäran om allmän handling, där reklam inte kommer")]
    public void Assess_ChannelWithoutAdvertising_IsAMatterSignal(Channel channel, string description)
    {
        RoutineMailAssessment a = RoutineMailDetector.Assess(new InboundMessage("a@b.se", ["kommun@osby.se"], AdSubject, AdBody, channel));

        a.IsRoutine.Should().BeFalse();
        a.Signals.Should().Contain(s => s.Description == description && s.Citation.RuleId == "RC-1");
    }

    [Fact]
    public void Assess_SensitiveInformation_IsAMatterSignalCitingRt14()
    {
        RoutineMailAssessment a = RoutineMailDetector.Assess(
            new InboundMessage("a@b.se", ["kommun@osby.se"], AdSubject, AdBody, Channel.OfficialMailbox, informationValue: 2));

        a.IsRoutine.Should().BeFalse();
        a.Signals.Should().Contain(s => s.Citation.RuleId == "RT-14");
        a.Citations.Select(c => c.RuleId).Should().Contain("RT-14");
    }

    [Fact]
    public void Assess_MatterVerdict_ListsMatterSignalsFirst()
    {
        RoutineMailAssessment a = Assess("Kursen", "Min son går på kursen och jag undrar om den är kostnadsfri.");

        a.Verdict.Should().Be(RoutineMailVerdict.Matter);
        a.Signals[0].IndicatesRoutine.Should().BeFalse();
        a.Signals.Should().Contain(s => s.IndicatesRoutine);
        a.Citations.Select(c => c.RuleId).Should().Equal("RC-1", "RT-15");
        a.Summary.Should().StartWith("Behandla som ett ärende (Avsändaren skriver om sin egen sak");
    }

    [Fact]
    public void SignalsAndCitations_CannotBeChangedByCastingBack()
    {
        RoutineMailAssessment a = Assess(AdSubject, AdBody, AdHeaders);

        a.Signals.Should().BeAssignableTo<ICollection<RoutineMailSignal>>().Which.IsReadOnly.Should().BeTrue();
        a.Citations.Should().BeAssignableTo<ICollection<Osby.Policy.Rules.RuleCitation>>().Which.IsReadOnly.Should().BeTrue();
    }

    // ---- The cue table ----

    [Fact]
    public void Cues_AllLoad_AndEveryFamilyHasASwedishDescription()
    {
        RoutineMailCues.Wording.Should().HaveCountGreaterThan(100);
        foreach (CueFamily family in RoutineMailCues.Wording.Select(c => c.Family).Distinct())
        {
            RoutineMailCues.Describe(family).Description.Should().NotBeNullOrWhiteSpace();
        }

        RoutineMailCues.Wording.Where(c => RoutineMailCues.Describe(c.Family).IndicatesRoutine)
            .Should().OnlyContain(c => c.Weight > 0 && c.Weight <= RoutineMailDetector.UncertainThreshold, "one routine cue makes a message uncertain at most");
        RoutineMailCues.Wording.Should().OnlyContain(c => c.Weight > 0 && c.Weight < 1);
    }

    [Fact]
    public void Cue_SynonymReplacedWordInCompounds_IsRejected() =>
        FluentActions.Invoking(() => MailCue.Words(CueFamily.Event, 0.3, "webbinarium", inCompounds: true))
            .Should().Throw<ArgumentException>().WithMessage("*webbinarium*");

    [Fact]
    public void Cue_Phrase_MatchesInflectionsAndCompounds()
    {
        MailCue rabatt = MailCue.Words(CueFamily.Price, 0.5, "rabatt", inCompounds: true);
        MailCue prenumeration = MailCue.Words(CueFamily.UnsubscribeText, 0.5, "avsluta prenumeration");

        rabatt.TryFind(new MailText("Mängdrabatten", string.Empty), out _).Should().BeTrue();
        prenumeration.TryFind(new MailText(string.Empty, "Klicka för att avsluta din prenumeration."), out _).Should().BeTrue();
        prenumeration.TryFind(new MailText(string.Empty, "Avsluta mötet. Vi pratade om att förnya prenumerationen."), out _).Should().BeFalse();
    }

    private static RoutineMailAssessment Assess(string subject, string body, params string[] headers) =>
        RoutineMailDetector.Assess(LabelledMail.Matter("test", "Avsändare <avsandare@example.se>", subject, body, headers).ToMessage());
}
