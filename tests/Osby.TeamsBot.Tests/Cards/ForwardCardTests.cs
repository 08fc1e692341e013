using System.Text.Json.Nodes;
using Osby.Policy;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Items;
using static Osby.TeamsBot.Tests.Cards.TrackedItems;

namespace Osby.TeamsBot.Tests.Cards;

public sealed class ForwardCardTests
{
    private static readonly string[] Users = ["29:anna", "29:bo"];

    /// <summary>Friday 10.30: kommun@osby.se forwards the standard item to Bygglov, Bygglov confirms at 11.00 and forwards it to Anna at 11.15.</summary>
    private static TrackedItems.Builder ForwardedToAnna(int informationValue = 0, Channel channel = Channel.OfficialMailbox) =>
        Item(informationValue, channel)
            .Forward(Official, Bygglov, At(2026, 11, 27, 10, 30))
            .Confirm(Bygglov, At(2026, 11, 27, 11, 0))
            .Forward(Bygglov, Anna, At(2026, 11, 27, 11, 15));

    private static Instant FridayNoon => At(2026, 11, 27, 12, 0);

    private static Instant Monday => At(2026, 11, 30, 9, 0);

    private static RenderedCard Render(ItemView view, string party = Anna, bool mayAct = true, IReadOnlyList<string>? users = null, string? notice = null) =>
        RenderedCard.Of(ForwardCard.Create(new ForwardCardView(view, party, mayAct, users ?? Users, notice))).ShouldBeAValidTeamsCard();

    /// <summary>The buttons a user can click: every Action.Execute but the card's refresh, and the Action.ShowCard buttons.</summary>
    private static JsonObject[] Clickable(RenderedCard card) =>
        [.. card.Buttons.Where(b => (string?)b["verb"] != CardVerbs.RefreshForwardCard), .. card.OfType("Action.ShowCard")];

    [Fact]
    public void Create_OpenHopViewerMayAct_HasTheThreeAnswersCarryingItemAndParty()
    {
        RenderedCard card = Render(ForwardedToAnna().View(FridayNoon));

        JsonArray actions = card.Root["actions"]!.AsArray();
        actions.Select(a => (string?)a!["title"]).Should().Equal("Jag hanterar ärendet", "Fel mottagare", "Reklam / ingen åtgärd");
        ((string?)card.Button("Jag hanterar ärendet")["verb"]).Should().Be(CardVerbs.ConfirmForward);
        ((string?)card.Button("Reklam / ingen åtgärd")["verb"]).Should().Be(CardVerbs.MarkAdvertising);

        JsonObject decline = actions[1]!.AsObject();
        ((string?)decline["type"]).Should().Be("Action.ShowCard");
        JsonObject reason = card.Input(CardInputs.Reason);
        ((string?)reason["type"]).Should().Be("Input.Text");
        ((bool?)reason["isRequired"]).Should().BeTrue("a wrong recipient must say why (RT-7)");
        card.Input(CardInputs.SuggestedRecipient).ContainsKey("isRequired").Should().BeFalse("a suggestion is optional");
        JsonObject send = decline["card"]!["actions"]!.AsArray().Single()!.AsObject();
        ((string?)send["verb"]).Should().Be(CardVerbs.DeclineForward);

        foreach (JsonObject button in Clickable(card).Where(b => (string?)b["type"] == "Action.Execute"))
        {
            ((string?)button["data"]![CardInputs.ItemId]).Should().Be("42");
            ((string?)button["data"]![CardInputs.Party]).Should().Be(Anna);
        }

        Clickable(card).Should().HaveCount(4, "three answers, one of them opening a form with its own send button");
    }

    [Fact]
    public void Create_ConfirmedHop_ShowsWhoAnsweredWhatAndWhen_AndNoButtons()
    {
        ItemView view = ForwardedToAnna().Confirm(Anna, At(2026, 11, 28, 14, 2)).View(Monday);

        RenderedCard card = Render(view);

        card.AllText.Should().Contain("Anna Andersson svarade lördag 28 november kl. 14.02: hanterar ärendet.");
        Clickable(card).Should().BeEmpty();
        card.Root.ContainsKey("actions").Should().BeFalse();
        card.AllText.Should().Contain("Ansvarig: Anna Andersson", "the confirmation moved the responsibility (RT-7)");
    }

    [Fact]
    public void Create_DeclinedHop_ShowsReasonSuggestionAndWhoIsStillResponsible()
    {
        ItemView view = ForwardedToAnna().Decline(Anna, At(2026, 11, 27, 13, 0), "Gäller miljö, inte bygglov", Miljo).View(FridayNoon.Plus(Duration.FromHours(2)));

        RenderedCard card = Render(view, mayAct: true);

        card.AllText.Should().Contain(
            "Anna Andersson svarade fredag 27 november kl. 13.00: fel mottagare, skäl: ”Gäller miljö, inte bygglov”, förslag: Miljö och hälsoskydd. " +
            "Bygglov är fortfarande ansvarig (RT-7).");
        Clickable(card).Should().BeEmpty("a forward is answered once (DL-6)");
    }

    [Fact]
    public void Create_AdvertisingHop_ShowsTheAnswerAndNoButtons()
    {
        ItemView view = ForwardedToAnna().Advertising(Anna, At(2026, 11, 27, 13, 0)).View(Monday);

        RenderedCard card = Render(view);

        card.AllText.Should().Contain("Anna Andersson svarade fredag 27 november kl. 13.00: reklam eller rutinutskick, ingen åtgärd.");
        Clickable(card).Should().BeEmpty();
    }

    [Fact]
    public void Create_SubstituteAnswered_NamesTheSubstituteAndTheRecipient()
    {
        ItemView view = ForwardedToAnna().Confirm(Anna, At(2026, 11, 27, 13, 0), Actor.Person(Bo, "Bo B.")).View(Monday);

        Render(view).AllText.Should().Contain("Bo Berg för Anna Andersson svarade fredag 27 november kl. 13.00: hanterar ärendet.");
    }

    [Fact]
    public void Create_OpenHopViewerMayNotAct_IsReadOnlyWithTheNoticeOnTop()
    {
        const string Notice = "Bara Anna Andersson eller ersättaren kan svara på den här vidarebefordran.";

        RenderedCard card = Render(ForwardedToAnna().View(FridayNoon), mayAct: false, notice: Notice);

        Clickable(card).Should().BeEmpty();
        ((string?)card.Root["body"]![0]!["text"]).Should().Be(Notice);
        card.AllText.Should().Contain("Anna Andersson har inte svarat än.");
    }

    [Fact]
    public void Create_Always_RefreshesForTheGivenUsersWithItemAndParty()
    {
        RenderedCard card = Render(ForwardedToAnna().View(FridayNoon), users: Users);

        JsonObject refresh = card.Root["refresh"]!.AsObject();
        refresh["userIds"]!.AsArray().Select(u => (string?)u).Should().Equal(Users);
        JsonObject action = refresh["action"]!.AsObject();
        ((string?)action["type"]).Should().Be("Action.Execute");
        ((string?)action["verb"]).Should().Be(CardVerbs.RefreshForwardCard);
        ((string?)action["data"]![CardInputs.ItemId]).Should().Be("42");
        ((string?)action["data"]![CardInputs.Party]).Should().Be(Anna);
    }

    [Fact]
    public void Create_SixtyRefreshUsers_IsAllowed_SixtyOneThrows()
    {
        ItemView view = ForwardedToAnna().View(FridayNoon);
        string[] sixty = [.. Enumerable.Range(1, 60).Select(i => $"29:user{i}")];

        Render(view, users: sixty).Root["refresh"]!["userIds"]!.AsArray().Should().HaveCount(60);
        Action act = () => ForwardCard.Create(new ForwardCardView(view, Anna, true, [.. sixty, "29:user61"], null));
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Create_BlankRefreshUser_Throws()
    {
        Action act = () => ForwardCard.Create(new ForwardCardView(ForwardedToAnna().View(FridayNoon), Anna, true, ["29:anna", " "], null));

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Create_SensitiveItem_ShowsNeitherSubjectNorSender_ButCategoryAndDeadlines(int informationValue)
    {
        RenderedCard card = Render(ForwardedToAnna(informationValue).View(FridayNoon));

        card.Json.Should().NotContain(Subject).And.NotContain("Storgatan").And.NotContain("garage");
        card.Json.Should().NotContain(Sender).And.NotContain("karin", "RT-14: not even part of the sender's address");
        card.AllText.Should().Contain("Från: Privatperson");
        card.AllText.Should().Contain("Ämnet visas inte: informationsvärde 2 eller högre (RT-14). Öppna ärendet i SEFOS eller diariet.");

        // One working day of office time (8.5 h) from Friday 10.05 is Monday 10.05; four office hours from 11.15 is 15.15 (DL-1, DL-6).
        card.AllText.Should().Contain("Svara avsändaren senast: måndag 30 november kl. 10.05 (i tid)");
        card.AllText.Should().Contain("Bekräfta senast: fredag 27 november kl. 15.15 (i tid)");
    }

    [Fact]
    public void Create_NotSensitive_ShowsSubjectAndSender()
    {
        RenderedCard card = Render(ForwardedToAnna(informationValue: 1).View(FridayNoon));

        card.AllText.Should().Contain(Subject);
        card.AllText.Should().Contain($"Från: {Sender} (privatperson)");
        card.AllText.Should().NotContain("Ämnet visas inte");
    }

    [Fact]
    public void Create_Always_ShowsTheWayToTheRecipientInOrderByName()
    {
        RenderedCard card = Render(ForwardedToAnna().View(FridayNoon));

        card.AllText.Should().Contain("Vägen: Osby kommun → Bygglov → Anna Andersson");
        card.AllText.Should().Contain("Vidarebefordrat av: Bygglov, fredag 27 november kl. 11.15");
        card.AllText.Should().NotContain(Bygglov).And.NotContain(Anna, "names are shown, not keys; keys are only in the actions' data");
    }

    [Fact]
    public void Create_Voicemail_ShowsTheCallbackDue()
    {
        RenderedCard card = Render(ForwardedToAnna(channel: Channel.Voicemail).View(FridayNoon));

        // DL-2: at closing time (16.30) of the next working day.
        card.AllText.Should().Contain("Ring tillbaka senast: måndag 30 november kl. 16.30 (i tid)");
        card.AllText.Should().NotContain("Svara avsändaren senast");
    }

    [Fact]
    public void Create_PartyNeverForwardedTo_Throws()
    {
        Action act = () => ForwardCard.Create(new ForwardCardView(ForwardedToAnna().View(FridayNoon), Bo, true, Users, null));

        act.Should().Throw<ArgumentException>().WithParameterName("view");
    }

    [Fact]
    public void Create_LongestFields_StaysValidAndUnder28Kilobytes()
    {
        string longText = string.Concat(Enumerable.Repeat("Lång text med å, ä och ö \"citat\" ", 100));
        var names = new Dictionary<string, string>(Names) { [Anna] = longText, [Bygglov] = longText, [Official] = longText };
        TrackedItem item = Item(sender: longText, subject: longText[..500])
            .Forward(Official, Bygglov, At(2026, 11, 27, 10, 30))
            .Forward(Official, Anna, At(2026, 11, 27, 10, 31))
            .Decline(Anna, At(2026, 11, 27, 11, 0), longText, longText)
            .Build();
        var view = new ForwardCardView(ItemView.For(item, names, DefaultPolicy, FridayNoon), Anna, true, [.. Enumerable.Range(1, 60).Select(i => $"29:{i}")], longText);

        RenderedCard.Of(ForwardCard.Create(view)).ShouldBeAValidTeamsCard();
        RenderedCard.Of(ForwardCard.Create(view with { Party = Bygglov })).ShouldBeAValidTeamsCard();
    }
}
