using Osby.Policy.Routing;

namespace Osby.Policy.Tests.Routing;

/// <summary>Routing decisions under RT-1 … RT-16 against the shipped example directory.</summary>
public sealed class RouterTests
{
    private static readonly Router Router = new(MailboxDirectory.Example);

    private static InboundMessage Mail(
        string subject,
        string body,
        string to = "kommun@osby.se",
        Channel channel = Channel.OfficialMailbox,
        int? informationValue = null,
        string? arrivedIn = null,
        string from = "anna.andersson@example.se",
        IReadOnlyDictionary<string, string>? headers = null) =>
        new(from, [to], subject, body, channel, headers: headers, informationValue: informationValue, arrivedIn: arrivedIn);

    private static RoutingDecision Route(InboundMessage message, LocalDate? today = null) => Router.Route(message, today);

    [Fact]
    public void Route_BuildingPermitQuestionToKommun_ForwardsToBygglovWithConfirmation()
    {
        RoutingDecision decision = Route(Mail("Fråga om bygglov", "Hej! Behöver jag bygglov för ett attefallshus på min tomt? Mvh Anna"));

        decision.Action.Should().Be(RoutingAction.ForwardToMailbox);
        decision.Target.Should().Be("bygglov@osby.se");
        decision.IsCertain.Should().BeTrue();
        decision.Obligations.Should().HaveFlag(RoutingObligations.RequestConfirmation)
            .And.HaveFlag(RoutingObligations.AcknowledgeWithinOneWorkingDay);
        decision.Reasons[0].Rule.RuleId.Should().Be("RT-7");
        decision.Reasons[0].Text.Should().Contain("bekräftelse").And.Contain("ansvarig");
        decision.Reasons.Should().Contain(r => r.Rule.RuleId == "RT-11" && r.Text.Contains("ersättaren", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Plats på förskola", "Vi flyttar till Osby i vår och behöver förskoleplats för vår dotter.", "bou@osby.se")]
    [InlineData("Hemtjänst till min mamma", "Min mamma behöver hemtjänst, hur ansöker vi?", "socialtjanst@osby.se")]
    [InlineData("Trasig gatubelysning", "Gatubelysningen på Storgatan har varit släckt i en vecka.", "samhallsbyggnad@osby.se")]
    [InlineData("Faktura 44512", "Bifogar faktura för levererade kontorsmöbler enligt avtal. Betalning inom 30 dagar.", "ekonomi@osby.se")]
    [InlineData("Årsräkning", "Jag är god man och undrar när årsräkningen ska lämnas in till överförmyndaren.", "overformyndare@osby.se")]
    public void Route_ClearAreaMatch_ForwardsToTheCentralMailbox(string subject, string body, string expected)
    {
        RoutingDecision decision = Route(Mail(subject, body));
        (decision.Action, decision.Target).Should().Be((RoutingAction.ForwardToMailbox, expected));
    }

    [Fact]
    public void Route_NothingPointsAnywhere_ConsultsKanslienhetenWithoutGuessing()
    {
        RoutingDecision decision = Route(Mail("Hej", "Jag har en fundering kring något som hände i förra veckan, vem kan jag prata med?"));

        decision.Action.Should().BeOneOf(RoutingAction.ConsultKanslienheten, RoutingAction.AnswerDirectly);
        decision.IsCertain.Should().BeFalse();
    }

    [Fact]
    public void Route_TwoAreasEquallyLikely_GivesRankedAlternativesNotACertainAnswer()
    {
        RoutingDecision decision = Route(Mail("Buller och bygglov", "Grannen bygger utan bygglov och det är buller hela nätterna."));

        decision.IsCertain.Should().BeFalse();
        decision.Action.Should().Be(RoutingAction.ConsultKanslienheten);
        decision.Alternatives.Select(a => a.Address).Should().Contain(["bygglov@osby.se", "miljo@osby.se"]);
        decision.Alternatives.Should().BeInDescendingOrder(a => a.Confidence);
        decision.Reasons[0].Rule.RuleId.Should().Be("RT-7");
    }

    [Fact]
    public void Route_SickReportToKontaktcenter_IsItsOwnBusiness()
    {
        RoutingDecision decision = Route(Mail("Sjukanmälan", "Jag är sjuk i dag och kommer inte in. /Per", to: "kontaktcenter@osby.se", channel: Channel.FunctionMailbox));
        (decision.Action, decision.Reasons[0].Rule.RuleId).Should().Be((RoutingAction.AnswerDirectly, "RT-2"));
    }

    [Fact]
    public void Route_CitizenQuestionToKontaktcenter_IsMisroutedToKommun()
    {
        RoutingDecision decision = Route(Mail("Fråga om skolskjuts", "Hur ansöker jag om skolskjuts för min son?", to: "kontaktcenter@osby.se", channel: Channel.FunctionMailbox));

        decision.Action.Should().Be(RoutingAction.MisroutedInternalMailbox);
        decision.Target.Should().Be("kommun@osby.se");
        decision.Reasons.Select(r => r.Rule.RuleId).Should().StartWith(["RT-2", "RT-15"]);
    }

    [Fact]
    public void Route_PresidiumForwardRequest_GoesToPresidiumWithCopyToKansli()
    {
        RoutingDecision decision = Route(Mail("Skrivelse", "Vidarebefordras till KS-presidiet.\n\nVi vill lyfta frågan om busshållplatsen."));

        decision.Action.Should().Be(RoutingAction.ForwardWithCopyToKanslienheten);
        decision.Target.Should().Be("ks.presidium@osby.se");
        decision.CopyTo.Should().Equal("kansli@osby.se");
        decision.Reasons[0].Rule.RuleId.Should().Be("RT-5");
    }

    [Fact]
    public void Route_HeadOfAdministrationRequest_FindsTheRightForvaltningschef()
    {
        RoutingDecision decision = Route(Mail("Brev", "Vidarebefordras till socialförvaltningens förvaltningschef, tack."));
        (decision.Action, decision.Target).Should().Be((RoutingAction.ForwardWithCopyToKanslienheten, "forvaltningschef.soc@osby.se"));
    }

    [Fact]
    public void Route_SendersWishToSpreadToAll_IsOnlyAWish()
    {
        RoutingDecision decision = Route(Mail("Till alla politiker", "Skicka detta till alla politiker i kommunen! Snöröjningen på min gata är usel."));

        decision.Reasons.Should().Contain(r => r.Rule.RuleId == "RT-4" && r.Text.Contains("bara en önskan", StringComparison.Ordinal));
        decision.Action.Should().NotBe(RoutingAction.ForwardWithCopyToKanslienheten);
    }

    [Fact]
    public void Route_DeactivatedMailbox_RedirectsAndSaysWhenTheTransitionIsOver()
    {
        var message = Mail("Bokning", "Jag vill boka idrottshallen.", to: "fritid@osby.se", channel: Channel.FunctionMailbox);

        RoutingDecision decision = Route(message);
        (decision.Action, decision.Target).Should().Be((RoutingAction.RedirectDeactivatedMailbox, "kulturfritid@osby.se"));
        decision.Reasons.Should().ContainSingle();

        RoutingDecision late = Route(message, today: new LocalDate(2100, 1, 1));
        late.Reasons.Should().HaveCount(2).And.OnlyContain(r => r.Rule.RuleId == "RT-10");
        late.Reasons[1].Text.Should().Contain("Övergångstiden slutade");
    }

    [Fact]
    public void Route_InformationValueTwo_UsesSefos()
    {
        RoutingDecision decision = Route(Mail("Om min son", "Uppgifter om min sons hälsa och skolsituation.", informationValue: 2));
        (decision.Action, decision.Reasons[0].Rule.RuleId).Should().Be((RoutingAction.UseSefos, "RT-14"));
    }

    [Fact]
    public void Route_InformationValueTwoAlreadyInSefos_IsRoutedNormally() =>
        Route(Mail("Förskola", "Fråga om förskoleplats", channel: Channel.Sefos, informationValue: 3)).Action.Should().NotBe(RoutingAction.UseSefos);

    [Theory]
    [InlineData("Ni är helt inkompetenta, snöröjningen är en skandal!", RoutingAction.ConsultManager, "RT-13")]
    [InlineData("Politikern X borde hängas, jag vet var du bor", RoutingAction.SaveRegisterAndRemove, "RT-16")]
    [InlineData("När öppnar biblioteket efter renoveringen?", RoutingAction.AnswerDirectly, "RT-13")]
    public void Route_SocialMediaComment_ByContent(string comment, RoutingAction action, string rule)
    {
        RoutingDecision decision = Route(Mail("Kommentar", comment, to: "facebook", channel: Channel.SocialMediaComment));
        (decision.Action, decision.Reasons[0].Rule.RuleId).Should().Be((action, rule));
    }

    [Fact]
    public void Route_Newsletter_HasNoDutyToForward()
    {
        var headers = new Dictionary<string, string> { ["List-Unsubscribe"] = "<mailto:unsubscribe@leverantor.example>", ["Precedence"] = "bulk" };
        RoutingDecision decision = Route(Mail(
            "Höstkampanj: 30 % rabatt på kontorsstolar",
            "Passa på! Erbjudandet gäller till fredag. Avregistrera dig här om du inte vill ha fler utskick.",
            from: "nyhetsbrev@leverantor.example",
            headers: headers));

        decision.Action.Should().Be(RoutingAction.NoDutyToForward);
        decision.Obligations.Should().Be(RoutingObligations.None);
        decision.Reasons[0].Rule.RuleId.Should().Be("RT-6");
    }

    [Fact]
    public void Route_CitizenMentioningAnOffer_IsStillAMatter()
    {
        RoutingDecision decision = Route(Mail("Erbjudande om förskoleplats", "Hej, jag tackar ja till erbjudandet om förskoleplats för min dotter från 1 mars."));
        (decision.Action, decision.Target).Should().Be((RoutingAction.ForwardToMailbox, "bou@osby.se"));
    }

    [Fact]
    public void Route_MailArrivedInTheRightFunctionMailbox_IsAnsweredThere()
    {
        RoutingDecision decision = Route(Mail("Bygglov", "Hur lång tid tar ett bygglov?", to: "bygglov@osby.se", channel: Channel.FunctionMailbox, arrivedIn: "bygglov@osby.se"));
        (decision.Action, decision.Reasons[0].Rule.RuleId).Should().Be((RoutingAction.AnswerDirectly, "RT-3"));
    }

    [Fact]
    public void Route_MailInTheWrongFunctionMailbox_IsForwardedAndTheSenderTold()
    {
        RoutingDecision decision = Route(Mail("Hemtjänst", "Min pappa behöver hemtjänst och trygghetslarm.", to: "bygglov@osby.se", channel: Channel.FunctionMailbox, arrivedIn: "bygglov@osby.se"));

        (decision.Action, decision.Target).Should().Be((RoutingAction.ForwardToMailbox, "socialtjanst@osby.se"));
        decision.Reasons.Should().Contain(r => r.Rule.RuleId == "RT-15");
    }

    [Fact]
    public void Route_PublicDocumentRequest_IsHandledTheSameDay()
    {
        RoutingDecision decision = Route(Mail("Begäran", "Jag begär att få ta del av protokollet från kommunstyrelsens senaste sammanträde."));

        decision.Target.Should().Be("kansli@osby.se");
        decision.Obligations.Should().HaveFlag(RoutingObligations.HandleSameDay);
        decision.Reasons.Should().Contain(r => r.Rule.RuleId == "DL-8");
    }

    [Fact]
    public void Route_SimpleQuestion_IsAnsweredByKontaktcenter()
    {
        RoutingDecision decision = Route(Mail("Öppettider", "Vilka öppettider har kommunhuset i jul?"));
        (decision.Action, decision.Target, decision.Reasons[0].Rule.RuleId).Should().Be((RoutingAction.AnswerDirectly, "kommun@osby.se", "RT-1"));
    }

    [Fact]
    public void Route_EveryDecision_CitesARoutingOrDeadlineRule()
    {
        string[] subjects = ["Bygglov", "Faktura", "Hej", "Sjukanmälan", "Kampanj"];
        foreach (string subject in subjects)
        {
            RoutingDecision decision = Route(Mail(subject, "Text om " + subject.ToLowerInvariant()));
            decision.Reasons.Should().NotBeEmpty().And.OnlyContain(r => r.Text.Length > 0);
            decision.Reasons[0].Rule.RuleId.Should().MatchRegex("^(RT|DL|RC)-");
        }
    }
}
