using System.Text.Json.Nodes;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Items;
using static Osby.TeamsBot.Tests.Cards.TrackedItems;

namespace Osby.TeamsBot.Tests.Cards;

public sealed class MyItemsCardTests
{
    private static Instant Monday => At(2026, 11, 30, 9, 0);

    private static RenderedCard Render(IReadOnlyList<ItemView> items, int? total = null) =>
        RenderedCard.Of(MyItemsCard.Create(new MyItemsView(items, "Anna Andersson", total ?? items.Count))).ShouldBeAValidTeamsCard();

    private static JsonObject[] ItemContainers(RenderedCard card) =>
        [.. card.Root["body"]!.AsArray().Select(e => e!.AsObject()).Where(e => (string?)e["type"] == "Container")];

    [Fact]
    public void Create_NoItems_SaysThereAreNone()
    {
        RenderedCard card = Render([]);

        card.AllText.Should().Contain("Du har inga öppna ärenden.");
        card.Buttons.Should().BeEmpty();
    }

    [Fact]
    public void Create_Items_ShowsThemInTheGivenOrderWithNumberSenderAndFirstOpenObligation()
    {
        ItemView first = Item(arrived: At(2026, 11, 26, 9, 0)).View(Monday, id: 7);
        ItemView second = Item(category: SenderCategory.Business, sender: "bolaget@example.se").View(Monday, id: 3);

        RenderedCard card = Render([first, second]);

        JsonObject[] items = ItemContainers(card);
        items.Should().HaveCount(2);
        string text0 = Texts(items[0]), text1 = Texts(items[1]);
        text0.Should().Contain($"Ärende 7 · {Sender} (privatperson)");
        text0.Should().Contain("• Första svar: senast fredag 27 november kl. 9.00 (försenad)");
        ((string?)items[0]["style"]).Should().Be("attention");
        text1.Should().Contain("Ärende 3 · bolaget@example.se (företag)");
        text1.Should().Contain("• Första svar: senast måndag 30 november kl. 10.05 (snart)");
        ((string?)items[1]["style"]).Should().Be("warning");
        card.AllText.Should().Contain("Anna Andersson, du har 2 öppna ärenden.");
    }

    [Fact]
    public void Create_Item_HasTheThreeItemButtonsWithItsId()
    {
        RenderedCard card = Render([Item().View(Monday, id: 5)]);

        card.OfType("Action.ShowCard").Select(a => (string?)a["title"]).Should().Equal("Vidarebefordra", "Mottagningsbekräftelse skickad");
        card.Buttons.Select(b => (string?)b["verb"]).Should().BeEquivalentTo([CardVerbs.ForwardItem, CardVerbs.SendAcknowledgement, CardVerbs.MarkAnswered]);
        card.Buttons.Should().OnlyContain(b => (string?)b["data"]![CardInputs.ItemId] == "5");
    }

    [Fact]
    public void Create_TwelveItems_ShowsTenAndHowManyMore()
    {
        ItemView[] views = [.. Enumerable.Range(1, 12).Select(i => Item().View(Monday, id: i))];

        RenderedCard card = Render(views);

        ItemContainers(card).Should().HaveCount(10);
        card.AllText.Should().Contain("och 2 till");
    }

    [Fact]
    public void Create_TenShownOfMoreOpen_CountsTheOnesNotGiven()
    {
        ItemView[] views = [.. Enumerable.Range(1, 10).Select(i => Item().View(Monday, id: i))];

        RenderedCard card = Render(views, total: 25);

        card.AllText.Should().Contain("du har 25 öppna ärenden").And.Contain("och 15 till");
    }

    [Fact]
    public void Create_TenItemsOfMaximumLengthSwedishText_ShowsAllTenUnder28Kilobytes()
    {
        string longText = string.Concat(Enumerable.Repeat("Åsa Öberg på Ängsvägen ", 40));
        var names = new Dictionary<string, string>(Names) { [Anna] = longText, [Official] = longText };
        ItemView[] views = [.. Enumerable.Range(0, 10).Select(i => ItemView.For(
            Item(i % 4, sender: longText, subject: longText[..500]).Forward(Official, Anna, At(2026, 11, 27, 10, 30)).Build(long.MaxValue - i),
            names,
            DefaultPolicy,
            Monday))];

        RenderedCard card = RenderedCard.Of(MyItemsCard.Create(new MyItemsView(views, longText, 10))).ShouldBeAValidTeamsCard();

        // The overdue confirmation (DL-6: four office hours from Friday 10.30) comes first; a long name never cuts off its time.
        ItemContainers(card).Should().HaveCount(10).And.OnlyContain(c =>
            Texts(c).Contains("Bekräftelse från Åsa Öberg", StringComparison.Ordinal)
            && Texts(c).Contains(": senast fredag 27 november kl. 14.30 (försenad)", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_TextsTooLongForTen_ShowsFewerAndSaysHowManyMore()
    {
        // Three bytes a letter in UTF-8.
        string wide = new('語', 600);
        var names = new Dictionary<string, string>(Names) { [Anna] = wide };
        ItemView[] views = [.. Enumerable.Range(0, 10).Select(i => ItemView.For(
            Item(sender: wide, subject: wide[..500]).Forward(Official, Anna, At(2026, 11, 27, 10, 30)).Build(long.MaxValue - i),
            names,
            DefaultPolicy,
            Monday))];

        RenderedCard card = RenderedCard.Of(MyItemsCard.Create(new MyItemsView(views, wide, 10))).ShouldBeAValidTeamsCard();

        int shown = ItemContainers(card).Length;
        shown.Should().BeInRange(1, 9);
        card.AllText.Should().Contain($"och {10 - shown} till");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Create_SensitiveItem_ShowsTheCategoryButNeitherSubjectNorSender_RT14(int informationValue)
    {
        RenderedCard card = Render([Item(informationValue).View(Monday)]);

        card.Json.Should().NotContain(Subject).And.NotContain("Storgatan").And.NotContain(Sender);
        card.AllText.Should().Contain("Ärende 42 · Privatperson");
        card.AllText.Should().Contain("senast måndag 30 november kl. 10.05");
    }

    [Fact]
    public void Create_NotSensitive_ShowsTheSubject()
    {
        Render([Item(1).View(Monday)]).AllText.Should().Contain(Subject);
    }

    private static string Texts(JsonObject container) =>
        string.Join('\n', container["items"]!.AsArray().Select(i => (string?)i!["text"]).Where(t => t is not null));
}
