using Osby.Policy.Conduct;
using static Osby.Policy.Conduct.ConductFindingKind;

namespace Osby.Policy.Tests.Conduct;

/// <summary>
/// Realistic Swedish drafts and the findings the conduct rules call for (RULES.md §5, riktlinjen avsnitt 2.1.1, 2.3
/// and 4). Each expected set is read from the rules, not from running the reviewer:
/// CD-2 signature (name, befattning, förvaltning, kommun, telefonnummer), CD-3 closing greeting without "mvh",
/// CD-4 plain language, CD-6 acknowledgement (received, who handles it, when the answer comes).
/// </summary>
public sealed partial class ReplyReviewTests
{
    // ---- Good replies: no finding ----

    [Fact]
    public void Review_FinalAnswerWithFullSignature_FindsNothing()
    {
        const string draft = """
            Hej Karin!

            Tack för ditt mejl. Du behöver inte söka bygglov för ett växthus på 12 kvadratmeter,
            så länge det står minst 4,5 meter från tomtgränsen. Om du vill bygga närmare behöver
            du din grannes skriftliga medgivande.

            Vänliga hälsningar

            Anna Andersson
            Bygglovshandläggare
            Samhällsbyggnadsförvaltningen
            Osby kommun
            Telefon: 0479-52 80 00
            """;

        KindsOf(draft).Should().BeEmpty();
    }

    [Fact]
    public void Review_AcknowledgementWithReceiptHandlerAndDate_FindsNothing()
    {
        const string draft = """
            Hej Per,

            Vi har tagit emot din ansökan om bygglov för ett garage på Storgatan 12.
            Ditt ärende handläggs av mig, Anna Andersson. Du får ett beslut senast fredag den 12 december.

            Med vänlig hälsning

            Anna Andersson
            Bygglovshandläggare
            Samhällsbyggnadsförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEmpty();
    }

    [Fact]
    public void Review_RegistratorForwardsAndAcknowledges_FindsNothing()
    {
        const string draft = """
            Hej!

            Tack för ditt mejl om snöröjningen på Västergatan. Vi har tagit emot det och
            lämnat det vidare till gatuenheten, där Jonas Berg handlägger ärendet.
            Du kan räkna med svar inom fem arbetsdagar.

            Vänliga hälsningar

            Maria Lind
            Registrator
            Kommunstyrelseförvaltningen
            Osby kommun
            Tel. 0479-528000
            """;

        KindsOf(draft, ReplyPurpose.Acknowledgement).Should().BeEmpty();
    }

    [Fact]
    public void Review_AcknowledgementNamingHandlerAndWeekNumber_FindsNothing()
    {
        const string draft = """
            Hej Ahmed!

            Vi har tagit emot din ansökan om försörjningsstöd för december. Din handläggare är Eva Nord,
            socialsekreterare. Du får besked om beslutet under vecka 49.

            Vänliga hälsningar

            Eva Nord
            Socialsekreterare
            Socialförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEmpty();
    }

    [Fact]
    public void Review_AcknowledgementByTheHandlerWithTomorrow_FindsNothing()
    {
        const string draft = """
            Hej Lisa,

            Jag har tagit emot din anmälan om en trasig gatlykta på Ekvägen. Det är jag som handlägger
            felanmälningar, och jag återkommer i morgon med besked om när den lagas.

            Vänliga hälsningar

            Omar Haddad
            Gatuingenjör
            Samhällsbyggnadsförvaltningen
            Osby kommun
            070-123 45 67
            """;

        KindsOf(draft).Should().BeEmpty();
    }

    [Fact]
    public void Review_ThanksWithHandlerAndTwoWeeks_IsAGoodAcknowledgement()
    {
        const string draft = """
            Hej Mona!

            Tack för ditt mejl om parkeringstillstånd för rörelsehindrade. Jag tar hand om ditt ärende
            och du får ett beslut inom två veckor.

            Bästa hälsningar

            Helena Ström
            Trafikhandläggare
            Samhällsbyggnadsförvaltningen
            Osby kommun
            0479-52 81 50
            """;

        KindsOf(draft).Should().BeEmpty();
    }

    [Fact]
    public void Review_KontaktcenterForwardsToNamedColleague_FindsNothing()
    {
        const string draft = """
            Hej Bengt!

            Tack för ditt mejl om bredbandsutbyggnaden i Killeberg. Jag har skickat det vidare till
            Jonas Berg, som är kommunens bredbandssamordnare. Han svarar dig senast fredag den 12 december.

            Vänliga hälsningar

            Eva Svensson
            Servicehandläggare
            Kontaktcenter
            Kommunstyrelseförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEmpty();
    }

    [Fact]
    public void Review_AcknowledgementForwardedToCaseworker_FindsNothing()
    {
        const string draft = """
            Hej,

            Vi har tagit emot din ansökan om bostadsanpassningsbidrag. Ärendet har fördelats till
            handläggare Eva Nord, som kontaktar dig senast torsdag den 11 december för att boka ett hembesök.

            Med vänliga hälsningar

            Kristina Holm
            Enhetschef
            Socialförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft, ReplyPurpose.Acknowledgement).Should().BeEmpty();
    }

    [Fact]
    public void Review_PlainHälsningarAndInternationalNumbers_FindsNothing()
    {
        const string draft = """
            Hej Jonas,

            Ja, du får fiska i Osbysjön med fiskekortet från kommunens webbplats. Kortet gäller hela året.

            Hälsningar

            Lars-Erik Öberg
            Fritidssamordnare
            Barn- och utbildningsförvaltningen
            Osby kommun
            +46 479 52 80 00
            Mobil: 070-123 45 67
            """;

        KindsOf(draft).Should().BeEmpty();
    }

    [Fact]
    public void Review_PartyCalledTillställning_IsNotJargon()
    {
        const string draft = """
            Hej Eva!

            Ja, ni får låna Folkets park till föreningens tillställning den 14 juni. Nyckeln hämtar du
            i receptionen i kommunhuset.

            Bästa hälsningar

            Sofia Karlsson
            Fritidsadministratör
            Barn- och utbildningsförvaltningen
            Osby kommun
            0479-52 82 14
            """;

        KindsOf(draft).Should().BeEmpty();
    }

    [Fact]
    public void Review_HaEnFinDagFollowedByGreeting_FindsNothing()
    {
        const string draft = """
            Hej Gunilla!

            Ja, biblioteket i Osby har öppet till 19 på torsdagar hela hösten.

            Ha en fin dag!

            Vänliga hälsningar

            Malin Åberg
            Bibliotekarie
            Barn- och utbildningsförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEmpty();
    }

    [Fact]
    public void Review_GreetingNameAndSignatureOnOneLine_FindsNothing()
    {
        const string draft = """
            Hej!

            Ansökan om strandskyddsdispens gör du på blanketten på kommunens webbplats.

            Vänliga hälsningar, Anna Andersson, bygglovshandläggare, Samhällsbyggnadsförvaltningen, Osby kommun, 0479-52 80 00
            """;

        KindsOf(draft).Should().BeEmpty();
    }

    [Fact]
    public void Review_InvitingTheSenderToComeBack_IsNotAnAcknowledgement()
    {
        const string draft = """
            Hej Kerstin!

            Tack för din fråga! Sophämtningen i Lönsboda flyttas till tisdag under veckan med Kristi
            himmelfärds dag. Du är välkommen att återkomma om du har fler frågor.

            Vänliga hälsningar

            Ida Nilsson
            Renhållningsadministratör
            Samhällsbyggnadsförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEmpty();
    }

    [Fact]
    public void Review_EnglishReplyToEnglishSpeaker_AcceptsKindRegards()
    {
        // CD-3 asks for a greeting "av typen Vänliga hälsningar" and no abbreviation; a full English greeting is one.
        const string draft = """
            Hi Tom,

            Thank you for your e-mail. Yes, you can borrow books at Osby library with a European ID card.

            Kind regards

            Malin Åberg
            Bibliotekarie
            Barn- och utbildningsförvaltningen
            Osby kommun
            +46 479 52 80 00
            """;

        KindsOf(draft).Should().BeEmpty();
    }

    [Fact]
    public void Review_FinalAnswerStartingWithReceipt_AsAnswer_FindsNothing()
    {
        const string draft = """
            Hej Per!

            Vi har tagit emot din ansökan om bygglov för garage på Storgatan 12 och har nu prövat den.
            Bygglov beviljas. Beslutet och fakturan kommer med posten.

            Vänliga hälsningar

            Anna Andersson
            Bygglovshandläggare
            Samhällsbyggnadsförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft, ReplyPurpose.Answer).Should().BeEmpty();
    }

    [Fact]
    public void Review_FinalAnswerStartingWithReceipt_DetectTakesItForAnAcknowledgement()
    {
        // "Vi har tagit emot" is how an acknowledgement opens; a final answer that opens the same way is reviewed
        // as ReplyPurpose.Answer (test above). Detect reads it as an acknowledgement without handler or time.
        const string draft = """
            Hej Per!

            Vi har tagit emot din ansökan om bygglov för garage på Storgatan 12 och har nu prövat den.
            Bygglov beviljas. Beslutet och fakturan kommer med posten.

            Vänliga hälsningar

            Anna Andersson
            Bygglovshandläggare
            Samhällsbyggnadsförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([AcknowledgementHandlerMissing, AcknowledgementExpectedTimeMissing]);
    }

    // ---- Quoted mail and signature blocks ----

    [Fact]
    public void Review_QuotedMailWithMvhBelow_ReviewsOnlyTheNewText()
    {
        const string draft = """
            Hej Kalle!

            Nej, det behövs inget bygglov för att byta till likadana fönster i ett enbostadshus.

            Vänliga hälsningar

            Anna Andersson
            Bygglovshandläggare
            Samhällsbyggnadsförvaltningen
            Osby kommun
            0479-52 80 00

            > Hej!
            > Härmed undrar jag om jag behöver bygglov för att byta fönster.
            > Mvh Kalle
            """;

        KindsOf(draft).Should().BeEmpty();
    }

    [Fact]
    public void Review_OutlookHeaderBelow_ReviewsOnlyTheNewText()
    {
        const string draft = """
            Hej Kalle,

            Ett attefallshus på 30 kvadratmeter kräver en anmälan men inget bygglov. Blanketten finns på
            kommunens webbplats.

            Vänliga hälsningar

            Anna Andersson
            Bygglovshandläggare
            Samhällsbyggnadsförvaltningen
            Osby kommun
            0479-52 80 00

            ________________________________
            Från: Kalle Nilsson <kalle.nilsson@example.se>
            Skickat: den 2 december 2025 09:14
            Till: Bygglov <bygglov@osby.se>
            Ämne: Fråga om attefallshus

            Hej, vad gäller för attefallshus? Dylikt har jag aldrig byggt förut.
            mvh Kalle
            """;

        KindsOf(draft).Should().BeEmpty();
    }

    [Fact]
    public void Review_GmailAttributionBelow_ReviewsOnlyTheNewText()
    {
        const string draft = """
            Hej Kalle!

            Tack för påminnelsen. Fakturan för vatten och avlopp är nu krediterad.

            Vänliga hälsningar

            Jenny Olsson
            Ekonomiassistent
            Kommunstyrelseförvaltningen
            Osby kommun
            0479-52 80 00

            Den tis 2 dec. 2025 kl. 09:14 skrev Kalle Nilsson <kalle.nilsson@example.se>:
            > Hej! Jag har fått dubbla fakturor. Vi har tagit emot två likadana.
            > MVH Kalle
            """;

        KindsOf(draft).Should().BeEmpty();
    }

    [Fact]
    public void Review_SignatureBelowDashes_FindsNothing()
    {
        const string draft = """
            Hej!

            Ja, du kan beställa ett nytt sopkärl via kommunens e-tjänst.

            Vänliga hälsningar
            Anna
            --
            Anna Andersson
            Miljöinspektör
            Samhällsbyggnadsförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEmpty();
    }

    [Fact]
    public void Review_GreetingInsideTheSignatureTemplate_FindsNothing()
    {
        const string draft = """
            Hej!

            Kallelsen till mötet i kommunstyrelsen skickas ut på fredag.

            --
            Med vänlig hälsning
            Karin Persson
            Nämndsekreterare
            Kommunstyrelseförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEmpty();
    }

    [Fact]
    public void Review_SignatureBelowDashesWithoutGreeting_FindsMissingGreeting()
    {
        const string draft = """
            Hej Maja!

            Ja, du kan lämna grovsopor vid återvinningscentralen utan extra avgift.
            --
            Anna Andersson
            Miljöinspektör
            Samhällsbyggnadsförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([ClosingGreetingMissing]);
    }

    [Fact]
    public void Review_NoGreetingNoPhoneAndMvhOnlyInTheQuote_FindsGreetingAndPhone()
    {
        const string draft = """
            Hej!

            Nej, det behövs inget bygglov för att byta fönster i ett enbostadshus så länge utseendet inte ändras.

            Anna Andersson
            Bygglovshandläggare
            Samhällsbyggnadsförvaltningen
            Osby kommun

            > Hej! Behöver jag bygglov för att byta fönster?
            > Mvh Kalle
            """;

        KindsOf(draft).Should().BeEquivalentTo([ClosingGreetingMissing, SignaturePhoneNumberMissing]);
    }

    // ---- CD-3: closing greeting ----

    [Fact]
    public void Review_MvhOnItsOwnLine_FindsAbbreviatedGreeting()
    {
        const string draft = """
            Hej!

            Ja, återvinningscentralen i Osby har öppet på lördag klockan 9–13.

            Mvh
            Anna Andersson
            Miljöinspektör
            Samhällsbyggnadsförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([ClosingGreetingAbbreviated]);
    }

    [Fact]
    public void Review_CapitalMvhWithFirstName_FindsAbbreviatedGreeting()
    {
        const string draft = """
            Hej Sven,

            Din ansökan om färdtjänst är komplett, och vi har inget mer att begära in.

            MVH Anna

            Anna Andersson
            Färdtjänsthandläggare
            Socialförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([ClosingGreetingAbbreviated]);
    }

    [Fact]
    public void Review_MvhWithDots_FindsAbbreviatedGreeting()
    {
        const string draft = """
            Hej!

            Protokollet från barn- och utbildningsnämnden är nu justerat och publicerat.

            M.v.h.
            Karin Persson
            Nämndsekreterare
            Barn- och utbildningsförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([ClosingGreetingAbbreviated]);
    }

    [Fact]
    public void Review_Vh_FindsAbbreviatedGreeting()
    {
        const string draft = """
            Hej Stig,

            Mätaravläsningen är registrerad.

            Vh
            Jenny Olsson
            Ekonomiassistent
            Kommunstyrelseförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([ClosingGreetingAbbreviated]);
    }

    [Fact]
    public void Review_HälsnWithDot_FindsAbbreviatedGreeting()
    {
        const string draft = """
            Hej!

            Lokalen i Hasslaröd är bokad åt er den 20 januari.

            Hälsn.
            Sofia Karlsson
            Fritidsadministratör
            Barn- och utbildningsförvaltningen
            Osby kommun
            0479-52 82 14
            """;

        KindsOf(draft).Should().BeEquivalentTo([ClosingGreetingAbbreviated]);
    }

    [Fact]
    public void Review_EnglishAbbreviationBR_FindsAbbreviatedGreeting()
    {
        const string draft = """
            Hej!

            Mötet är flyttat till torsdag kl. 13 i Forum.

            BR
            Anna Andersson
            Kommunikatör
            Kommunstyrelseförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([ClosingGreetingAbbreviated]);
    }

    [Fact]
    public void Review_HaEnFinDagInsteadOfGreeting_FindsMissingGreeting()
    {
        const string draft = """
            Hej Gunilla!

            Ja, biblioteket i Osby har öppet till 19 på torsdagar hela hösten.

            Ha en fin dag!

            Malin Åberg
            Bibliotekarie
            Barn- och utbildningsförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([ClosingGreetingMissing]);
    }

    [Fact]
    public void Review_SlashesAndFirstNameInsteadOfGreeting_FindsMissingGreeting()
    {
        const string draft = """
            Hej Stina!

            Bokningen av sporthallen är klar för lördag den 6 december kl. 10–12.

            //Anna

            Anna Andersson
            Fritidsadministratör
            Barn- och utbildningsförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([ClosingGreetingMissing]);
    }

    [Fact]
    public void Review_VänligenInsteadOfGreeting_FindsMissingGreeting()
    {
        const string draft = """
            Hej!

            Skolans läsårstider för nästa år finns nu på kommunens webbplats.

            Vänligen
            Erik Holm
            Skolskjutssamordnare
            Barn- och utbildningsförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([ClosingGreetingMissing]);
    }

    [Fact]
    public void Review_TackPåFörhandInsteadOfGreeting_FindsMissingGreeting()
    {
        const string draft = """
            Hej!

            För att vi ska kunna pröva din ansökan behöver vi en situationsplan. Skicka den till bygglov@osby.se.

            Tack på förhand!

            Anna Andersson
            Bygglovshandläggare
            Samhällsbyggnadsförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([ClosingGreetingMissing]);
    }

    // ---- CD-2: signature ----

    [Fact]
    public void Review_NoGreetingAndNoSignature_FindsGreetingAndEverySignaturePart()
    {
        const string draft = """
            Hej!

            Det går bra att hämta ut kopian av detaljplanen i receptionen i kommunhuset.
            """;

        KindsOf(draft).Should().BeEquivalentTo([
            ClosingGreetingMissing,
            SignatureNameMissing,
            SignatureTitleMissing,
            SignatureAdministrationMissing,
            SignatureMunicipalityMissing,
            SignaturePhoneNumberMissing,
        ]);
    }

    [Fact]
    public void Review_GreetingAndFirstNameOnly_FindsEverySignaturePart()
    {
        const string draft = """
            Hej Olle,

            Tack, jag har ändrat adressen i vårt register.

            Vänliga hälsningar
            Anna
            """;

        KindsOf(draft).Should().BeEquivalentTo([
            SignatureNameMissing,
            SignatureTitleMissing,
            SignatureAdministrationMissing,
            SignatureMunicipalityMissing,
            SignaturePhoneNumberMissing,
        ]);
    }

    [Fact]
    public void Review_SignatureWithEmailButNoPhone_FindsPhoneMissing()
    {
        const string draft = """
            Hej!

            Grannarna har yttrat sig och ingen av dem har något att invända mot ert bygglov.

            Vänliga hälsningar

            Anna Andersson
            Bygglovshandläggare
            Samhällsbyggnadsförvaltningen
            Osby kommun
            anna.andersson@osby.se
            """;

        KindsOf(draft).Should().BeEquivalentTo([SignaturePhoneNumberMissing]);
    }

    [Fact]
    public void Review_PhoneOnlyInTheBody_FindsPhoneMissingFromSignature()
    {
        const string draft = """
            Hej Gunnar!

            Det stämmer att tomten på Björkvägen 4 är till salu. Ring mig gärna på 0479-52 81 23 så berättar
            jag mer om priset och hur du anmäler intresse.

            Vänliga hälsningar

            Peter Sjöberg
            Mark- och exploateringsingenjör
            Kommunstyrelseförvaltningen
            Osby kommun
            """;

        KindsOf(draft).Should().BeEquivalentTo([SignaturePhoneNumberMissing]);
    }

    [Fact]
    public void Review_SignatureWithoutTitle_FindsTitleMissing()
    {
        const string draft = """
            Hej!

            Sammanträdet med kommunfullmäktige sänds på kommunens webbplats från klockan 18.

            Med vänlig hälsning
            Karin Persson
            Kommunstyrelseförvaltningen
            Osby kommun
            Tel: 0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([SignatureTitleMissing]);
    }

    [Fact]
    public void Review_SignatureWithoutFörvaltning_FindsAdministrationMissing()
    {
        const string draft = """
            Hej!

            Handlingen du begärde är bifogad.

            Vänliga hälsningar

            Maria Lind
            Registrator
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([SignatureAdministrationMissing]);
    }

    [Fact]
    public void Review_SignatureWithoutMunicipality_FindsMunicipalityMissing()
    {
        const string draft = """
            Hej!

            Er nybyggnadskarta är beställd och skickas till er med posten.

            Vänliga hälsningar

            Anna Andersson
            Bygglovshandläggare
            Samhällsbyggnadsförvaltningen
            Telefon 0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([SignatureMunicipalityMissing]);
    }

    [Fact]
    public void Review_SignatureWithOnlyNameAndPhone_FindsTitleFörvaltningAndMunicipality()
    {
        const string draft = """
            Hej Ali,

            Du har fått en plats på förskolan Ekbacken från den 7 januari.

            Vänliga hälsningar
            Lena Ek
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([
            SignatureTitleMissing,
            SignatureAdministrationMissing,
            SignatureMunicipalityMissing,
        ]);
    }

    // ---- CD-4: jargon ----

    [Fact]
    public void Review_BureaucraticDecisionLetter_FindsEachJargonWord()
    {
        const string draft = """
            Hej!

            Härmed översänds beslutet i ditt ärende. Vederbörande nämnd har funnit att det föreligger
            skäl att bevilja ansökan.

            Vänliga hälsningar

            Karin Persson
            Nämndsekreterare
            Samhällsbyggnadsförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        var findings = ReplyReview.Review(draft);
        findings.Select(f => f.Kind).Distinct().Should().BeEquivalentTo([Jargon]);
        findings.Select(f => f.Excerpt).Should().Equal("Härmed", "Vederbörande", "föreligger");
    }

    [Fact]
    public void Review_OldFashionedRequest_FindsFiveJargonWords()
    {
        const string draft = """
            Hej!

            Du erinras om att ansökan ska vara komplett, enär vi annars inte kan pröva den. Bifoga ritningar,
            situationsplan ävensom fullmakt och dylikt. Vänligen tillställ oss handlingarna.

            Vänliga hälsningar

            Anna Andersson
            Bygglovshandläggare
            Samhällsbyggnadsförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        var findings = ReplyReview.Review(draft);
        findings.Should().OnlyContain(f => f.Kind == Jargon);
        findings.Select(f => f.Excerpt).Should().Equal("erinras om", "enär", "ävensom", "dylikt", "tillställ");
    }

    // ---- CD-6: acknowledgements ----

    [Fact]
    public void Review_AcknowledgementAsSoonAsPossible_FindsHandlerAndTimeMissing()
    {
        const string draft = """
            Hej,

            Vi har tagit emot ditt mejl och återkommer så snart som möjligt.

            Vänliga hälsningar

            Lena Ek
            Administratör
            Socialförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([AcknowledgementHandlerMissing, AcknowledgementExpectedTimeMissing]);
    }

    [Fact]
    public void Review_ThanksAndPromiseToComeBack_FindsHandlerMissing()
    {
        // "Jag återkommer" promises an answer but does not say who handles the matter.
        const string draft = """
            Hej Johan!

            Tack för ditt mejl om bidrag till föreningens sommarläger. Jag återkommer med besked på torsdag.

            Vänliga hälsningar

            Sofia Karlsson
            Fritidskonsulent
            Barn- och utbildningsförvaltningen
            Osby kommun
            0479-52 82 14
            """;

        KindsOf(draft).Should().BeEquivalentTo([AcknowledgementHandlerMissing]);
    }

    [Fact]
    public void Review_AcknowledgementWithoutReceipt_FindsReceiptMissing()
    {
        const string draft = """
            Hej Sara!

            Din fråga om skolskjuts för hösten handläggs av Erik Holm på barn- och utbildningsförvaltningen.
            Han hör av sig till dig senast onsdag nästa vecka.

            Vänliga hälsningar

            Lena Ek
            Administratör
            Barn- och utbildningsförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft, ReplyPurpose.Acknowledgement).Should().BeEquivalentTo([AcknowledgementReceiptMissing]);
    }

    [Fact]
    public void Review_AcknowledgementSayingNothing_FindsAllThreeElementsMissing()
    {
        const string draft = """
            Hej!

            Ärendet är på gång, vi jobbar på det.

            Vänliga hälsningar

            Lena Ek
            Administratör
            Socialförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft, ReplyPurpose.Acknowledgement).Should().BeEquivalentTo([
            AcknowledgementReceiptMissing,
            AcknowledgementHandlerMissing,
            AcknowledgementExpectedTimeMissing,
        ]);
    }

    [Fact]
    public void Review_ReceivedWithProcessingTimeButNoHandler_FindsHandlerMissing()
    {
        const string draft = """
            Hej,

            Vi har mottagit din ansökan om serveringstillstånd. Handläggningstiden är normalt åtta veckor
            från det att ansökan är komplett.

            Vänliga hälsningar

            Jonas Berg
            Alkoholhandläggare
            Kommunstyrelseförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([AcknowledgementHandlerMissing]);
    }

    [Fact]
    public void Review_DateOfTheIncomingMailOnly_FindsExpectedTimeMissing()
    {
        // The date says when the mail came in, not when the answer comes.
        const string draft = """
            Hej!

            Detta är en mottagningsbekräftelse. Vi har tagit emot ditt mejl från den 3 december.
            Ditt ärende handläggs av Karin Persson på kanslienheten.

            Vänliga hälsningar

            Maria Lind
            Registrator
            Kommunstyrelseförvaltningen
            Osby kommun
            0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([AcknowledgementExpectedTimeMissing]);
    }

    [Fact]
    public void Review_ForwardedToUnitWithMvhOnOneLine_FindsOnlyTheAbbreviation()
    {
        const string draft = """
            Hej,

            Vi har tagit emot din synpunkt om lekplatsen i Killeberg. Den har registrerats och lämnats till
            tekniska enheten. Du får svar inom 14 dagar.

            Mvh / Per Olsson, Registrator, Kommunstyrelseförvaltningen, Osby kommun, 0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([ClosingGreetingAbbreviated]);
    }

    [Fact]
    public void Review_TrevligHelgAndPipeSeparatedSignature_FindsMissingGreeting()
    {
        const string draft = """
            Hej!

            Bifogat finns protokollet från kommunstyrelsens arbetsutskott.

            Trevlig helg!
            /Eva
            Eva Svensson | Kommunikatör | Kommunstyrelseförvaltningen | Osby kommun | 0479-52 80 00
            """;

        KindsOf(draft).Should().BeEquivalentTo([ClosingGreetingMissing]);
    }

    // ---- Several rules at once ----

    [Fact]
    public void Review_HastyAcknowledgement_FindsEveryBrokenRule()
    {
        const string draft = """
            Hej!
            Vi har tagit emot ditt mejl. Vederbörande återkommer.
            mvh Lena
            """;

        KindsOf(draft).Should().BeEquivalentTo([
            SignatureNameMissing,
            SignatureTitleMissing,
            SignatureAdministrationMissing,
            SignatureMunicipalityMissing,
            SignaturePhoneNumberMissing,
            ClosingGreetingAbbreviated,
            Jargon,
            AcknowledgementHandlerMissing,
            AcknowledgementExpectedTimeMissing,
        ]);
    }
}
