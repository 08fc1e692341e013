using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Digests;
using Osby.TeamsBot.Reminders;
using Osby.TeamsBot.Tests.Cards;
using static Osby.TeamsBot.Tests.Cards.TrackedItems;

namespace Osby.TeamsBot.Tests.Digests;

public sealed class DigestCardTests
{
    private const string NoBreakSpace = "\u00A0";

    private static readonly LocalDate Monday = new(2026, 11, 30);

    private static DigestView View(
        int open = 7,
        int overdue = 3,
        IReadOnlyList<DigestOverdueItem>? worst = null,
        int failed = 1,
        IReadOnlyList<DigestFailure>? failures = null,
        WeekSummary? lastWeek = null) => new(
        "Maria Chef",
        ["Samhällsbyggnadsförvaltningen"],
        Monday,
        open,
        1,
        overdue,
        worst ?? [new DigestOverdueItem(2, "Osby kommun", "Första svar", At(2026, 11, 26, 9, 0), "2 arbetsdagar")],
        1,
        1,
        failed,
        failures ?? [new DigestFailure("Anna Andersson", ReminderKind.ResponseOverdue, 2, "Appen är blockerad.")],
        new AnswerShare(4, 7),
        new AnswerShare(0, 0),
        lastWeek);

    private static RenderedCard Render(DigestView view) => RenderedCard.Of(DigestCard.Create(view)).ShouldBeAValidTeamsCard();

    [Fact]
    public void Create_Digest_ShowsTheCountsTheWorstTheFailuresAndTheShares()
    {
        RenderedCard card = Render(View());

        card.Texts.Should().Contain(
        [
            "Sammanställning",
            "Samhällsbyggnadsförvaltningen · måndag 30 november",
            "Öppna ärenden: 7",
            "Förfaller i dag: 1",
            "Försenade: 3",
            "Obekräftade vidarebefordringar (DL-6): 1",
            "SEFOS rensar inom 7 dagar (DL-4): 1",
            "Utskick som inte kom fram: 1",
            "• Ärende 2 · Osby kommun · Första svar, försenat 2 arbetsdagar",
            "• Anna Andersson: påminnelse om försenat första svar om ärende 2. Appen är blockerad.",
            "Senaste 30 dagarna: 4 av 7 (57 %)",
            "30 dagarna före: inga ärenden",
        ]);
        card.AllText.Should().Contain("… och 2 till.", "three are overdue and one is named");
    }

    [Fact]
    public void Create_Digest_HasTheMyItemsButton()
    {
        RenderedCard card = Render(View());

        ((string?)card.Button("Visa mina ärenden")["verb"]).Should().Be(CardVerbs.ShowMyItems);
    }

    [Fact]
    public void Create_WithLastWeek_ShowsTheWeeksSummary()
    {
        RenderedCard card = Render(View(lastWeek: new WeekSummary(new LocalDate(2026, 11, 23), 6, 2, 3)));

        card.Texts.Should().Contain(["Förra veckan (måndag 23 november – söndag 29 november)", "Inkomna: 6", "Besvarade i tid: 2", "Försenade: 3"]);
    }

    [Fact]
    public void Create_WithoutLastWeek_HasNoWeeklySection()
    {
        Render(View()).AllText.Should().NotContain("Förra veckan");
    }

    [Fact]
    public void Create_NothingToReport_IsAShortCard()
    {
        RenderedCard card = Render(View(open: 0, overdue: 0, worst: [], failed: 0, failures: []));

        card.AllText.Should().Contain("Inget att rapportera");
        card.AllText.Should().NotContain("Öppna ärenden");
        card.Button("Visa mina ärenden");
    }

    [Fact]
    public void Create_HundredThousandOpenItemsWithTheLongestTexts_IsValidAndUnder28Kilobytes()
    {
        string longName = new('Å', 500);
        DigestOverdueItem[] worst = [.. Enumerable.Range(1, DigestContent.MaxWorst).Select(i =>
            new DigestOverdueItem(1_000_000_000 + i, longName, longName, At(2026, 1, 1, 9, 0), "9999 arbetsdagar"))];
        DigestFailure[] failures = [.. Enumerable.Range(1, DigestContent.MaxFailures).Select(i =>
            new DigestFailure(longName, ReminderKind.GuidelineFollowUp, 1_000_000_000 + i, new string('Ö', 2000)))];
        DigestView view = View(open: 100_000, overdue: 100_000, worst: worst, failed: 100_000, failures: failures,
            lastWeek: new WeekSummary(new LocalDate(2026, 11, 23), 100_000, 50_000, 50_000)) with
        {
            Units = [.. Enumerable.Range(1, 50).Select(i => $"{longName} {i}")],
            DueToday = 100_000,
            UnconfirmedForwards = 100_000,
            SefosPurgesSoon = 100_000,
            Last30Days = new AnswerShare(99_999, 100_000),
        };

        RenderedCard card = Render(view);

        card.Bytes.Should().BeLessThan(28 * 1024);
        card.Texts.Should().Contain($"Öppna ärenden: 100{NoBreakSpace}000");
        card.AllText.Should().Contain("… och 99995 till.");
        card.OfType("TextBlock").Count(t => ((string?)t["text"])!.StartsWith("• Ärende", StringComparison.Ordinal)).Should().Be(5);
    }
}
