using Osby.Policy.Conduct;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Tests.Cards;

public sealed class ConductCardTests
{
    private const string Draft = "Hej Anna!\n\nHärmed meddelas att din ansökan är mottagen och att den handläggs snarast.\n\nMvh\nPer";

    private static ConductAnswer Review(string draft, ReplyPurpose purpose = ReplyPurpose.Detect)
    {
        IReadOnlyList<ConductFinding> findings = ReplyReview.Review(draft, purpose);
        return new ConductAnswer($"Ditt svar har {findings.Count} saker att rätta.", findings, null, [.. findings.Select(f => f.Citation).Distinct()]);
    }

    [Fact]
    public void Create_DraftWithJargonAndShortGreeting_ShowsEachFindingWithSuggestionExcerptAndRule()
    {
        ConductAnswer answer = Review(Draft);
        answer.Findings.Should().Contain(f => f.Excerpt != null);

        RenderedCard card = RenderedCard.Of(ConductCard.Create(answer)).ShouldBeAValidTeamsCard();

        card.Texts[0].Should().Be(answer.Summary);
        foreach (ConductFinding finding in answer.Findings.Take(CardText.MaxListItems))
        {
            card.Texts.Should().Contain(finding.Message).And.Contain(finding.Suggestion).And.Contain("Regel " + finding.Citation.RuleId);
            if (finding.Excerpt is { } excerpt)
            {
                card.Texts.Should().Contain($"I ditt utkast: ”{excerpt}”");
            }
        }

        card.Texts.Should().Contain(answer.Citations[0].ToString());
    }

    [Fact]
    public void Create_PhoneGreeting_ShowsTheExampleInMonospace()
    {
        string greeting = PhoneGreeting.For("Anna", "Andersson");
        var answer = new ConductAnswer("Så här svarar du i telefon.", [], greeting, [PhoneGreeting.Citation]);

        RenderedCard card = RenderedCard.Of(ConductCard.Create(answer)).ShouldBeAValidTeamsCard();

        card.OfType("TextBlock").Should().Contain(t => (string?)t["text"] == greeting && (string?)t["fontType"] == "monospace");
        card.Texts.Should().Contain(PhoneGreeting.Citation.ToString());
    }

    [Fact]
    public void Create_SignatureExample_ShowsEveryLineInOrder()
    {
        string[] lines = ["Vänliga hälsningar", "", "Anna Andersson", "Bygglovshandläggare", "Samhällsbyggnadsförvaltningen", "Osby kommun", "0479-52 80 00"];
        var answer = new ConductAnswer("Så här ser en signatur ut.", [], string.Join("\r\n", lines), [Osby.Policy.Rules.RuleCitation.For("CD-2")]);

        RenderedCard card = RenderedCard.Of(ConductCard.Create(answer)).ShouldBeAValidTeamsCard();

        card.Texts.Should().ContainInOrder(lines.Where(l => l.Length > 0));
    }

    [Fact]
    public void Create_GoodDraft_HasNoFindingContainers()
    {
        ConductAnswer answer = Review(
            "Hej Anna!\n\nDu behöver inte söka bygglov för ett attefallshus, men du behöver göra en anmälan.\n\nVänliga hälsningar\nPer Persson\nRegistrator\nKommunledningsförvaltningen\nOsby kommun\n0479-52 80 00",
            ReplyPurpose.Answer);
        answer.Findings.Should().BeEmpty();

        RenderedCard card = RenderedCard.Of(ConductCard.Create(answer)).ShouldBeAValidTeamsCard();

        card.Texts.Should().NotContain(t => t.StartsWith("Regel ", StringComparison.Ordinal)).And.HaveCount(1 + answer.Citations.Count);
    }

    [Fact]
    public void Create_VeryLongDraftWithManyFindings_StaysUnder28KilobytesAndValid()
    {
        string jargon = string.Concat(Enumerable.Repeat("Härmed och i enlighet med ovanstående erhåller ni beslut. Tillika översändes handlingen. ", 300));
        ConductAnswer answer = Review("Hej!\n\n" + jargon + "\n\nMvh") with { Example = string.Join('\n', Enumerable.Repeat(jargon, 40)) };

        RenderedCard.Of(ConductCard.Create(answer)).ShouldBeAValidTeamsCard();
    }
}
