using Osby.Policy.Conduct;
using static Osby.Policy.Conduct.ConductFindingKind;

namespace Osby.Policy.Tests.Conduct;

/// <summary>The reviewer's contract: arguments, citations, Swedish texts and line endings (rules CD-2, CD-3, CD-4, CD-6).</summary>
public sealed partial class ReplyReviewTests
{
    private const string GoodReply = """
        Hej Karin!

        Ja, du kan hämta ditt parkeringstillstånd i receptionen i kommunhuset från och med måndag.

        Vänliga hälsningar

        Helena Ström
        Trafikhandläggare
        Samhällsbyggnadsförvaltningen
        Osby kommun
        0479-52 81 50
        """;

    /// <summary>A draft that breaks every rule the reviewer checks once (nine kinds: all but the abbreviation).</summary>
    private const string BadAcknowledgement = """
        Hej!

        Ärendet föreligger hos oss.
        """;

    /// <summary>The distinct kinds of finding in a draft; also checks that no kind but jargon repeats.</summary>
    private static IReadOnlyList<ConductFindingKind> KindsOf(string draft, ReplyPurpose purpose = ReplyPurpose.Detect)
    {
        var findings = ReplyReview.Review(draft, purpose);
        findings.Where(f => f.Kind != Jargon).Select(f => f.Kind).Should().OnlyHaveUniqueItems();
        return [.. findings.Select(f => f.Kind).Distinct()];
    }

    [Fact]
    public void Review_Null_ThrowsArgumentNullException() =>
        FluentActions.Invoking(() => ReplyReview.Review(null!)).Should().Throw<ArgumentNullException>().WithParameterName("draft");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t\n")]
    public void Review_EmptyOrWhitespace_ThrowsArgumentException(string draft) =>
        FluentActions.Invoking(() => ReplyReview.Review(draft)).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "draft" && e.Message.Contains("tomt", StringComparison.Ordinal));

    [Fact]
    public void Review_OnlyQuotedMail_ThrowsArgumentException()
    {
        const string draft = """

            > Hej! När har återvinningscentralen öppet?
            > Mvh Kalle
            """;

        FluentActions.Invoking(() => ReplyReview.Review(draft)).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "draft" && e.Message.Contains("citerad", StringComparison.Ordinal));
    }

    [Fact]
    public void Review_UndefinedPurpose_ThrowsArgumentOutOfRangeException() =>
        FluentActions.Invoking(() => ReplyReview.Review(GoodReply, (ReplyPurpose)42)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("purpose");

    [Fact]
    public void Review_GoodReply_FindsNothingWhetherDetectedOrDeclaredAnAnswer()
    {
        ReplyReview.Review(GoodReply).Should().BeEmpty();
        ReplyReview.Review(GoodReply, ReplyPurpose.Answer).Should().BeEmpty();
    }

    [Fact]
    public void Review_BadAcknowledgement_FindsKindsInRuleOrderWithTheirCitations()
    {
        var findings = ReplyReview.Review(BadAcknowledgement, ReplyPurpose.Acknowledgement);

        findings.Select(f => (f.Kind, f.Citation.RuleId)).Should().Equal(
            (SignatureNameMissing, "CD-2"),
            (SignatureTitleMissing, "CD-2"),
            (SignatureAdministrationMissing, "CD-2"),
            (SignatureMunicipalityMissing, "CD-2"),
            (SignaturePhoneNumberMissing, "CD-2"),
            (ClosingGreetingMissing, "CD-3"),
            (Jargon, "CD-4"),
            (AcknowledgementReceiptMissing, "CD-6"),
            (AcknowledgementHandlerMissing, "CD-6"),
            (AcknowledgementExpectedTimeMissing, "CD-6"));
        findings.Should().OnlyContain(f => f.Citation == Osby.Policy.Rules.RuleCitation.For(f.Citation.RuleId));
    }

    [Fact]
    public void Review_MissingSignatureParts_EachMessageNamesItsPart()
    {
        var messages = ReplyReview.Review(BadAcknowledgement)
            .Where(f => f.Citation.RuleId == "CD-2")
            .ToDictionary(f => f.Kind, f => f.Message);

        messages[SignatureNameMissing].Should().Be("Signaturen saknar ditt namn.");
        messages[SignatureTitleMissing].Should().Be("Signaturen saknar din befattning.");
        messages[SignatureAdministrationMissing].Should().Be("Signaturen saknar förvaltning.");
        messages[SignatureMunicipalityMissing].Should().Be("Signaturen saknar kommunens namn.");
        messages[SignaturePhoneNumberMissing].Should().Be("Signaturen saknar telefonnummer.");
    }

    [Fact]
    public void Review_EveryFinding_HasSwedishMessageAndSuggestion()
    {
        var findings = ReplyReview.Review(BadAcknowledgement, ReplyPurpose.Acknowledgement);

        findings.Should().HaveCount(10).And.OnlyContain(f =>
            f.Message.Length > 10 && f.Suggestion.Length > 10
            && f.Message.EndsWith('.') && f.Suggestion.EndsWith('.')
            && !f.Message.Contains('"') && !f.Suggestion.Contains('"'));
        findings.Single(f => f.Kind == ClosingGreetingMissing).Suggestion.Should().Contain("”Vänliga hälsningar”");
        findings.Single(f => f.Kind == AcknowledgementExpectedTimeMissing).Message
            .Should().Be("Mottagningsbekräftelsen säger inte när mottagaren kan vänta sig svar.");
    }

    [Fact]
    public void Review_AbbreviatedGreeting_QuotesItAndSuggestsVänligaHälsningar()
    {
        var finding = ReplyReview.Review(GoodReply.Replace("Vänliga hälsningar", "MVH", StringComparison.Ordinal)).Should().ContainSingle().Subject;

        finding.Kind.Should().Be(ClosingGreetingAbbreviated);
        finding.Excerpt.Should().Be("MVH");
        finding.Message.Should().Be("Hälsningen är förkortad: ”MVH”.");
        finding.Suggestion.Should().Be("Skriv ut hälsningen, till exempel ”Vänliga hälsningar”.");
        finding.ToString().Should().Be("Hälsningen är förkortad: ”MVH”. Skriv ut hälsningen, till exempel ”Vänliga hälsningar”. Källa: riktlinjen avsnitt 2.3 (CD-3)");
    }

    [Theory]
    [InlineData("enär", "eftersom")]
    [InlineData("härmed", "nu")]
    [InlineData("föreligger", "finns")]
    [InlineData("dylikt", "liknande")]
    public void Review_JargonWord_SuggestsThePlainWord(string word, string plain)
    {
        var finding = ReplyReview.Review(GoodReply.Replace("Ja,", $"Ja ({word}),", StringComparison.Ordinal)).Should().ContainSingle().Subject;

        finding.Kind.Should().Be(Jargon);
        finding.Excerpt.Should().Be(word);
        finding.Message.Should().Contain($"”{word}”");
        finding.Suggestion.Should().Contain($"”{plain}”");
    }

    [Fact]
    public void Review_WindowsLineEndings_GiveTheSameFindings()
    {
        const string bad = """
            Hej!

            Vi har tagit emot din ansökan om förlängd skolskjuts.

            Mvh
            Erik Holm
            Skolskjutssamordnare
            Barn- och utbildningsförvaltningen
            Osby kommun

            > Hej, jag vill ansöka om skolskjuts.
            """;

        KindsOf(GoodReply.ReplaceLineEndings("\r\n")).Should().BeEmpty();
        KindsOf(GoodReply.ReplaceLineEndings("\r")).Should().BeEmpty();
        var expected = new[] { SignaturePhoneNumberMissing, ClosingGreetingAbbreviated, AcknowledgementHandlerMissing, AcknowledgementExpectedTimeMissing };
        KindsOf(bad.ReplaceLineEndings("\n")).Should().BeEquivalentTo(expected);
        KindsOf(bad.ReplaceLineEndings("\r\n")).Should().BeEquivalentTo(expected);
    }

    [Theory]
    [InlineData("0479-52 80 00")]
    [InlineData("0479-528000")]
    [InlineData("0479 – 52 80 00")]
    [InlineData("+46 479 52 80 00")]
    [InlineData("+46 (0)479-52 80 00")]
    [InlineData("0046 479 52 80 00")]
    [InlineData("070-123 45 67")]
    [InlineData("08-123 456 78")]
    [InlineData("Tfn 0479-52 80 00 (växel)")]
    public void Review_SwedishPhoneFormats_AreRecognised(string phone) =>
        KindsOf(GoodReply.Replace("0479-52 81 50", phone, StringComparison.Ordinal)).Should().BeEmpty();

    [Theory]
    [InlineData("52 80 00")] // no area code
    [InlineData("0479-52")] // too short
    [InlineData("283 80 Osby")] // a postcode
    [InlineData("Org.nr 212000-0951")] // an organisation number
    public void Review_NotAPhoneNumber_FindsPhoneMissing(string line) =>
        KindsOf(GoodReply.Replace("0479-52 81 50", line, StringComparison.Ordinal)).Should().BeEquivalentTo([SignaturePhoneNumberMissing]);

    [Theory]
    [InlineData("Vänliga hälsningar")]
    [InlineData("Vänlig hälsning")]
    [InlineData("Med vänliga hälsningar")]
    [InlineData("Med vänlig hälsning")]
    [InlineData("Hälsningar")]
    [InlineData("Bästa hälsningar")]
    [InlineData("Många hälsningar")]
    [InlineData("Varma hälsningar")]
    [InlineData("Julhälsningar")]
    [InlineData("VÄNLIGA HÄLSNINGAR")]
    [InlineData("Vänliga hälsningar,")]
    [InlineData("Allt gott!")]
    [InlineData("Best regards")]
    public void Review_ClosingGreetings_AreAccepted(string greeting) =>
        KindsOf(GoodReply.Replace("Vänliga hälsningar", greeting, StringComparison.Ordinal)).Should().BeEmpty();

    [Theory]
    [InlineData("mvh")]
    [InlineData("Mvh,")]
    [InlineData("M.v.h")]
    [InlineData("m v h")]
    [InlineData("Vh")]
    [InlineData("V.h.")]
    [InlineData("Hälsn")]
    [InlineData("Br")]
    [InlineData("Tack för att du hörde av dig, mvh")]
    public void Review_AbbreviatedGreetings_AreFound(string greeting) =>
        KindsOf(GoodReply.Replace("Vänliga hälsningar", greeting, StringComparison.Ordinal)).Should().BeEquivalentTo([ClosingGreetingAbbreviated]);

    [Theory]
    [InlineData("Ha en fin dag!")]
    [InlineData("Trevlig helg!")]
    [InlineData("Tack på förhand.")]
    [InlineData("Vänligen,")]
    [InlineData("Ha det bra!")]
    public void Review_PleasantriesThatAreNotClosingGreetings_FindGreetingMissing(string closing) =>
        KindsOf(GoodReply.Replace("Vänliga hälsningar", closing, StringComparison.Ordinal)).Should().BeEquivalentTo([ClosingGreetingMissing]);

    [Theory]
    [InlineData("Handläggare")]
    [InlineData("Registrator")]
    [InlineData("Huvudregistrator")]
    [InlineData("Administratör")]
    [InlineData("Enhetschef")]
    [InlineData("HR-chef")]
    [InlineData("Socialsekreterare")]
    [InlineData("Kommunikatör")]
    [InlineData("Skolskjutssamordnare")]
    [InlineData("Miljöinspektör")]
    [InlineData("Förvaltningschef")]
    public void Review_Titles_AreRecognised(string title) =>
        KindsOf(GoodReply.Replace("Trafikhandläggare", title, StringComparison.Ordinal)).Should().BeEmpty();

    [Theory]
    [InlineData("Kommunstyrelseförvaltningen")]
    [InlineData("Barn- och utbildningsförvaltningen")]
    [InlineData("Socialförvaltningen")]
    [InlineData("Samhällsbyggnadsförvaltningen, trafikenheten")]
    public void Review_Förvaltningar_AreRecognised(string förvaltning) =>
        KindsOf(GoodReply.Replace("Samhällsbyggnadsförvaltningen", förvaltning, StringComparison.Ordinal)).Should().BeEmpty();

    [Theory]
    [InlineData("Trafikenheten")] // a unit, not a förvaltning
    [InlineData("Samhällsbyggnad")]
    public void Review_UnitInsteadOfFörvaltning_FindsAdministrationMissing(string unit) =>
        KindsOf(GoodReply.Replace("Samhällsbyggnadsförvaltningen", unit, StringComparison.Ordinal)).Should().BeEquivalentTo([SignatureAdministrationMissing]);

    [Theory]
    [InlineData("Anna-Karin af Klint")]
    [InlineData("Åsa Öberg")]
    [InlineData("Lars Erik Holm")]
    [InlineData("Helena Ström, trafikhandläggare")]
    public void Review_Names_AreRecognised(string name) =>
        KindsOf(GoodReply.Replace("Helena Ström", name, StringComparison.Ordinal)).Should().BeEmpty();

    [Theory]
    [InlineData("Helena")] // a first name alone
    [InlineData("helena ström")] // not written as a name
    [InlineData("Osby Kommun")]
    public void Review_NoFullName_FindsNameMissing(string name) =>
        KindsOf(GoodReply.Replace("Helena Ström", name, StringComparison.Ordinal)).Should().BeEquivalentTo([SignatureNameMissing]);

    [Theory]
    [InlineData("Du får svar senast den 12 december.")]
    [InlineData("Du får svar senast 2025-12-12.")]
    [InlineData("Du får svar på fredag.")]
    [InlineData("Du får svar inom tre arbetsdagar.")]
    [InlineData("Du får svar inom 10 dagar.")]
    [InlineData("Vi återkommer vecka 50.")]
    [InlineData("Vi återkommer v. 50.")]
    [InlineData("Vi återkommer nästa vecka.")]
    [InlineData("Vi återkommer i morgon.")]
    [InlineData("Vi återkommer imorgon före kl. 12.")]
    [InlineData("Beslutet kommer före jul.")]
    [InlineData("Du får besked 12/12.")]
    public void Review_AcknowledgementWithExpectedTime_FindsNothing(string when)
    {
        string draft = GoodReply.Replace(
            "Ja, du kan hämta ditt parkeringstillstånd i receptionen i kommunhuset från och med måndag.",
            $"Vi har tagit emot din ansökan om parkeringstillstånd. Den handläggs av mig. {when}",
            StringComparison.Ordinal);

        KindsOf(draft).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Du får svar så snart som möjligt.")]
    [InlineData("Vi återkommer inom kort.")]
    [InlineData("Vi återkommer snarast.")]
    [InlineData("Vi återkommer så fort vi kan.")]
    public void Review_AcknowledgementWithVagueTime_FindsExpectedTimeMissing(string when)
    {
        string draft = GoodReply.Replace(
            "Ja, du kan hämta ditt parkeringstillstånd i receptionen i kommunhuset från och med måndag.",
            $"Vi har tagit emot din ansökan om parkeringstillstånd. Den handläggs av mig. {when}",
            StringComparison.Ordinal);

        KindsOf(draft).Should().BeEquivalentTo([AcknowledgementExpectedTimeMissing]);
    }
}
