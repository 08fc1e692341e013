using System.Text.Json.Nodes;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;
using static Osby.TeamsBot.Tests.Cards.TrackedItems;

namespace Osby.TeamsBot.Tests.Cards;

public sealed class ItemCardTests
{
    private static Instant FridayNoon => At(2026, 11, 27, 12, 0);

    private static RenderedCard Render(ItemView view, bool alreadyRegistered = false) =>
        RenderedCard.Of(ItemCard.Create(new ItemRegisteredView(view, alreadyRegistered))).ShouldBeAValidTeamsCard();

    [Fact]
    public void Create_NewItem_ShowsNumberFactsAndWhatIsOwed()
    {
        RenderedCard card = Render(Item().View(FridayNoon));

        card.AllText.Should().Contain("Ärende 42");
        card.AllText.Should().Contain($"Från: {Sender} (privatperson)");
        card.AllText.Should().Contain("Kom in: fredag 27 november kl. 10.05");
        card.AllText.Should().Contain("Ansvarig: Osby kommun");
        card.AllText.Should().Contain(Subject);
        card.AllText.Should().Contain("senast måndag 30 november kl. 10.05 (i tid)", "one working day of office time (DL-1)");
        card.AllText.Should().NotContain("Redan registrerat");
    }

    [Fact]
    public void Create_AlreadyRegistered_SaysSo()
    {
        Render(Item().View(FridayNoon), alreadyRegistered: true).AllText.Should().Contain("Redan registrerat");
    }

    [Fact]
    public void Create_OpenItem_HasForwardReceiptAndAnsweredButtonsWithTheItemId()
    {
        RenderedCard card = Render(Item().View(FridayNoon));

        JsonArray actions = card.Root["actions"]!.AsArray();
        actions.Select(a => (string?)a!["title"]).Should().Equal("Vidarebefordra", "Mottagningsbekräftelse skickad", "Besvarat");
        ((string?)actions[0]!["type"]).Should().Be("Action.ShowCard");
        ((string?)actions[1]!["type"]).Should().Be("Action.ShowCard");

        ((bool?)card.Input(CardInputs.Recipient)["isRequired"]).Should().BeTrue();
        ((string?)card.Input(CardInputs.PromisedDate)["type"]).Should().Be("Input.Date");
        ((string?)card.Input(CardInputs.PromisedTime)["type"]).Should().Be("Input.Time");

        ((string?)card.Button("Skicka vidare")["verb"]).Should().Be(CardVerbs.ForwardItem);
        ((string?)card.Button("Spara")["verb"]).Should().Be(CardVerbs.SendAcknowledgement);
        ((string?)card.Button("Besvarat")["verb"]).Should().Be(CardVerbs.MarkAnswered);
        card.Buttons.Should().HaveCount(3).And.OnlyContain(b => (string?)b["data"]![CardInputs.ItemId] == "42");
    }

    [Fact]
    public void Create_AnsweredItem_HasNoAnsweredButton_AndShowsTheFirstResponseDone()
    {
        RenderedCard card = Render(Item().Answer(At(2026, 11, 27, 11, 0)).View(FridayNoon));

        card.Root["actions"]!.AsArray().Select(a => (string?)a!["title"]).Should().Equal("Vidarebefordra", "Mottagningsbekräftelse skickad");
        card.AllText.Should().Contain("senast måndag 30 november kl. 10.05 (klar)");
    }

    [Fact]
    public void Create_ClosedItem_HasNoButtons()
    {
        RenderedCard card = Render(Item().Close(At(2026, 11, 27, 11, 0)).View(FridayNoon));

        card.Root.ContainsKey("actions").Should().BeFalse();
        card.AllText.Should().Contain("Ärendet är stängt.");
    }

    [Fact]
    public void Create_OverdueAndAcknowledged_ShowsEachObligationsStateInWords()
    {
        // Acknowledged Friday with a promise for Tuesday 12.00; Wednesday the promise has passed without an answer (DL-3).
        ItemView view = Item().Acknowledge(At(2026, 11, 27, 11, 0), At(2026, 12, 1, 12, 0)).View(At(2026, 12, 2, 9, 0));

        RenderedCard card = Render(view);

        card.AllText.Should().Contain("senast tisdag 1 december kl. 12.00 (försenad)");
        card.AllText.Should().Contain("senast måndag 30 november kl. 10.05 (klar)");
        card.AllText.IndexOf("(försenad)", StringComparison.Ordinal).Should()
            .BeLessThan(card.AllText.IndexOf("(klar)", StringComparison.Ordinal), "what is owed comes before what is done");
    }

    [Fact]
    public void Create_ForwardedItem_ShowsTheWayAndEachForwardWithItsAnswer()
    {
        ItemView view = Item()
            .Forward(Official, Bygglov, At(2026, 11, 27, 10, 30))
            .Confirm(Bygglov, At(2026, 11, 27, 10, 40))
            .Forward(Bygglov, Anna, At(2026, 11, 27, 10, 50))
            .Register(At(2026, 11, 27, 11, 0), "KS 2026/123")
            .View(FridayNoon);

        RenderedCard card = Render(view);

        card.AllText.Should().Contain("Vägen: Osby kommun → Bygglov → Anna Andersson");
        card.AllText.Should().Contain("Ansvarig: Bygglov");
        card.AllText.Should().Contain("Diarienummer: KS 2026/123");
        card.AllText.Should().Contain("Osby kommun → Bygglov, fredag 27 november kl. 10.30: hanterar ärendet");
        card.AllText.Should().Contain("Bygglov → Anna Andersson, fredag 27 november kl. 10.50: har inte svarat än");
        card.AllText.Should().Contain("Anna Andersson bekräftar om ärendet hanteras (DL-6): senast fredag 27 november kl. 14.50 (i tid)");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Create_SensitiveItem_ShowsNeitherSubjectNorSender_ButCategoryAndDeadlines_RT14(int informationValue)
    {
        RenderedCard card = Render(Item(informationValue).Forward(Official, Anna, At(2026, 11, 27, 10, 30)).View(FridayNoon));

        card.Json.Should().NotContain(Subject).And.NotContain("Storgatan").And.NotContain(Sender).And.NotContain("karin");
        card.AllText.Should().Contain("Från: Privatperson");
        card.AllText.Should().Contain("Ämnet visas inte");
        card.AllText.Should().Contain("senast måndag 30 november kl. 10.05");
        card.AllText.Should().Contain($"Informationsvärde: {informationValue} – bara via SEFOS (RT-14)");
    }
}
