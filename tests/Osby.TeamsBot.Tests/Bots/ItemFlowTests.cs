using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Osby.TeamsBot.Bots;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Tests.Hosting;
using static Osby.TeamsBot.Tests.Hosting.TestUser;

namespace Osby.TeamsBot.Tests.Bots;

/// <summary>
/// Tracked items end to end through <c>/api/messages</c>: register by hand, forward to a function mailbox, the recipient
/// confirms, declines or is the wrong person (RT-7, RT-8, RT-11, RT-14, DL-6), with a loopback fake connector.
/// </summary>
public sealed class ItemFlowTests : IAsyncLifetime
{
    private const string Bygglov = "bygglov@osby.se";
    private const string Subject = "Altan byggd utan bygglov på Storgatan 3";
    private const string Sender = "per.persson@example.com";

    // Friday 27 November 2026, 10.00: a working day.
    private static readonly LocalDateTime Friday = new(2026, 11, 27, 10, 0);

    private readonly ItemsDirectory directory = new();
    private readonly string database = Path.Combine(Path.GetTempPath(), $"osby-items-{Guid.NewGuid():N}.db");
    private FakeConnector connector = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        foreach (var user in new[] { Anna, Bo, Sara, Carl })
        {
            connector.AddMember(user);
        }
    }

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        directory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(database)!, Path.GetFileName(database) + "*"))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task RegisterForwardConfirm_TheForwarderIsToldAndEveryCopyOfTheCardShowsTheOutcome()
    {
        await using var app = App();
        var chat = await ChatAsync(app);
        long id = await RegisterAsync(chat, app, informationValue: 0);

        var itemCard = TeamsChat.ReplacementCard(await chat.ClickAsync(Anna, CardVerbs.ForwardItem, Data(id, recipient: Bygglov)));
        SentCard.Text(itemCard).Should().Contain(id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The mailbox's registrator and its substitute each get the card (RT-11), with the original sender (RT-8).
        var cards = new Dictionary<TestUser, SentActivity>();
        foreach (var reader in new[] { Bo, Sara })
        {
            var sent = chat.SentTo(reader).Last();
            var card = sent.CardOf();
            SentCard.Text(card).Should().Contain(Sender).And.Contain(Subject);
            Verbs(card).Should().Contain([CardVerbs.ConfirmForward, CardVerbs.DeclineForward, CardVerbs.MarkAdvertising]);
            foreach (var action in SentCard.Actions(card).Where(a => (string?)a["verb"] == CardVerbs.ConfirmForward))
            {
                ((string?)action["data"]![CardInputs.ItemId]).Should().Be(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                ((string?)action["data"]![CardInputs.Party]).Should().Be(Bygglov);
            }

            card["refresh"]!["userIds"]!.AsArray().Select(u => (string?)u).Should().Contain([Bo.TeamsId, Sara.TeamsId, Anna.TeamsId]);
            cards[reader] = sent;
        }

        chat.SentTo(Carl).Should().NotContain(s => s.Activity["attachments"] != null && SentCard.Text(s.CardOf()).Contains(Subject, StringComparison.Ordinal));
        int annasMessages = chat.SentTo(Anna).Count;

        var confirmed = TeamsChat.ReplacementCard(await chat.ClickAsync(Bo, CardVerbs.ConfirmForward, Data(id, party: Bygglov)));

        Verbs(confirmed).Should().NotContain([CardVerbs.ConfirmForward, CardVerbs.DeclineForward, CardVerbs.MarkAdvertising]);
        SentCard.Text(confirmed).Should().Contain("Bo Bygg");
        foreach (var reader in new[] { Bo, Sara })
        {
            var update = chat.UpdatedFor(reader).Should().ContainSingle().Subject;
            update.ReplyToId.Should().Be(cards[reader].Id, "the card the recipient got is updated in place");
            var updated = update.CardOf();
            SentCard.Text(updated).Should().Contain("Bo Bygg");
            Verbs(updated).Should().NotContain(CardVerbs.ConfirmForward);
        }

        var notice = chat.SentTo(Anna).Skip(annasMessages).Should().ContainSingle().Subject;
        notice.Text.Should().Contain("Bo Bygg").And.Contain(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await ItemAsync(app, id)).Responsible.Should().Be(Bygglov, "the mailbox whose registrator confirmed takes over the responsibility (RT-7)");

        // The substitute's view, refreshed by Teams, shows who confirmed.
        var refreshed = TeamsChat.ReplacementCard(await chat.ClickAsync(Sara, CardVerbs.RefreshForwardCard, Data(id, party: Bygglov), trigger: "automatic"));
        SentCard.Text(refreshed).Should().Contain("Bo Bygg");
        Verbs(refreshed).Should().NotContain(CardVerbs.ConfirmForward);
    }

    [Fact]
    public async Task ConfirmByAnotherUser_GetsAReadOnlyCardAndChangesNothing()
    {
        await using var app = App();
        var chat = await ChatAsync(app);
        long id = await RegisterAsync(chat, app, informationValue: 0);
        await chat.ClickAsync(Anna, CardVerbs.ForwardItem, Data(id, recipient: Bygglov));
        var before = await ItemAsync(app, id);
        int annasMessages = chat.SentTo(Anna).Count;

        var card = TeamsChat.ReplacementCard(await chat.ClickAsync(Carl, CardVerbs.ConfirmForward, Data(id, party: Bygglov)));

        Verbs(card).Should().NotContain([CardVerbs.ConfirmForward, CardVerbs.DeclineForward, CardVerbs.MarkAdvertising]);
        SentCard.Text(card).Should().Contain("Bara");
        var after = await ItemAsync(app, id);
        after.Version.Should().Be(before.Version);
        after.OpenForwardTo(Bygglov).Should().NotBeNull();
        connector.Updated.Should().BeEmpty();
        chat.SentTo(Anna).Should().HaveCount(annasMessages);
    }

    [Fact]
    public async Task ConfirmClickedTwice_IsRecordedOnceAndTheForwarderIsToldOnce()
    {
        await using var app = App();
        var chat = await ChatAsync(app);
        long id = await RegisterAsync(chat, app, informationValue: 0);
        await chat.ClickAsync(Anna, CardVerbs.ForwardItem, Data(id, recipient: Bygglov));
        int annasMessages = chat.SentTo(Anna).Count;

        await chat.ClickAsync(Bo, CardVerbs.ConfirmForward, Data(id, party: Bygglov));
        var afterFirst = await ItemAsync(app, id);
        var second = TeamsChat.ReplacementCard(await chat.ClickAsync(Bo, CardVerbs.ConfirmForward, Data(id, party: Bygglov)));

        (await ItemAsync(app, id)).Version.Should().Be(afterFirst.Version);
        Verbs(second).Should().NotContain(CardVerbs.ConfirmForward);
        chat.SentTo(Anna).Skip(annasMessages).Should().ContainSingle();
        chat.UpdatedFor(Bo).Should().ContainSingle();
    }

    [Fact]
    public async Task RegisterClickedTwice_MakesOneItem()
    {
        await using var app = App();
        var chat = await ChatAsync(app);
        await chat.SayAsync(Anna, "registrera");
        var form = chat.SentTo(Anna).Last().CardOf();
        var data = RegisterData(form, informationValue: 0);

        var first = TeamsChat.ReplacementCard(await chat.ClickAsync(Anna, CardVerbs.RegisterItem, data.DeepClone().AsObject()));
        var second = TeamsChat.ReplacementCard(await chat.ClickAsync(Anna, CardVerbs.RegisterItem, data.DeepClone().AsObject()));

        SentCard.Text(second).Should().Contain("Redan registrerat");
        var ledger = app.Services.GetRequiredService<ItemLedger>();
        (await ledger.FindAsync(1, default)).Should().NotBeNull();
        (await ledger.FindAsync(2, default)).Should().BeNull("the same card submitted twice is one item");
        SentCard.Text(first).Should().Contain(Subject);
    }

    [Fact]
    public async Task RegisterWithAFutureTime_ShowsTheFormAgainWithTheProblemAndStoresNothing()
    {
        await using var app = App();
        var chat = await ChatAsync(app);
        await chat.SayAsync(Anna, "registrera");
        var data = RegisterData(chat.SentTo(Anna).Last().CardOf(), informationValue: 0);
        data[CardInputs.ArrivalTime] = "16:30";

        var form = TeamsChat.ReplacementCard(await chat.ClickAsync(Anna, CardVerbs.RegisterItem, data));

        SentCard.Inputs(form).Should().ContainKey(CardInputs.Sender);
        ((string?)SentCard.Inputs(form)[CardInputs.Sender]["value"]).Should().Be(Sender, "what the user wrote is kept");
        SentCard.Text(form).Should().Contain("framtiden");
        (await app.Services.GetRequiredService<ItemLedger>().FindAsync(1, default)).Should().BeNull();
    }

    [Fact]
    public async Task WrongRecipient_LeavesTheForwarderResponsibleAndShowsTheSuggestion()
    {
        await using var app = App();
        var chat = await ChatAsync(app);
        long id = await RegisterAsync(chat, app, informationValue: 0);
        await chat.ClickAsync(Anna, CardVerbs.ForwardItem, Data(id, recipient: Bygglov));
        int annasMessages = chat.SentTo(Anna).Count;

        var data = Data(id, party: Bygglov);
        data[CardInputs.Reason] = "Gäller strandskydd, inte bygglov";
        data[CardInputs.SuggestedRecipient] = "miljo@osby.se";
        await chat.ClickAsync(Sara, CardVerbs.DeclineForward, data);

        var notice = chat.SentTo(Anna).Skip(annasMessages).Should().ContainSingle().Subject;
        var words = notice.Text + "\n" + (notice.Activity["attachments"] is null ? string.Empty : SentCard.Text(notice.CardOf()));
        words.Should().Contain("Gäller strandskydd, inte bygglov").And.Contain("Miljö");
        Verbs(notice.CardOf()).Should().Contain(CardVerbs.ForwardItem, "the forwarder can send it on at once");
        (await ItemAsync(app, id)).Responsible.Should().Be("kommun@osby.se", "the forwarder stays responsible until someone confirms (RT-7)");
    }

    [Fact]
    public async Task WrongRecipientWithoutAReason_AsksForOneAndChangesNothing()
    {
        await using var app = App();
        var chat = await ChatAsync(app);
        long id = await RegisterAsync(chat, app, informationValue: 0);
        await chat.ClickAsync(Anna, CardVerbs.ForwardItem, Data(id, recipient: Bygglov));
        var before = await ItemAsync(app, id);

        var card = TeamsChat.ReplacementCard(await chat.ClickAsync(Bo, CardVerbs.DeclineForward, Data(id, party: Bygglov)));

        SentCard.Text(card).Should().Contain("Skriv varför");
        Verbs(card).Should().Contain(CardVerbs.DeclineForward);
        (await ItemAsync(app, id)).Version.Should().Be(before.Version);
    }

    [Fact]
    public async Task ForwardToARecipientWhoAlreadyHadTheItem_IsRefusedWithTheHistory()
    {
        await using var app = App();
        var chat = await ChatAsync(app);
        long id = await RegisterAsync(chat, app, informationValue: 0);
        await chat.ClickAsync(Anna, CardVerbs.ForwardItem, Data(id, recipient: Bygglov));
        var before = await ItemAsync(app, id);
        int annasMessages = chat.SentTo(Anna).Count;
        int bosMessages = chat.SentTo(Bo).Count;

        await chat.ClickAsync(Anna, CardVerbs.ForwardItem, Data(id, recipient: Bygglov));

        chat.SentTo(Anna).Skip(annasMessages).Select(s => s.Text).Should().Contain(t => t != null && t.Contains("RT-8", StringComparison.Ordinal));
        chat.SentTo(Bo).Should().HaveCount(bosMessages, "nobody gets the same mail twice (RT-8)");
        (await ItemAsync(app, id)).Version.Should().Be(before.Version);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task SensitiveItem_ForwardCardCarriesNeitherSubjectNorSender(int informationValue)
    {
        await using var app = App();
        var chat = await ChatAsync(app);
        long id = await RegisterAsync(chat, app, informationValue);

        await chat.ClickAsync(Anna, CardVerbs.ForwardItem, Data(id, recipient: Bygglov));

        var card = chat.SentTo(Bo).Last().CardOf();
        var json = card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.Should().NotContain("Altan").And.NotContain("Storgatan").And.NotContain(Sender);
        SentCard.Text(card).Should().Contain("Privatperson").And.Contain("RT-14");
        Verbs(card).Should().Contain(CardVerbs.ConfirmForward);
    }

    [Fact]
    public async Task MyItems_ShowsTheRecipientTheForwardedItem()
    {
        await using var app = App();
        var chat = await ChatAsync(app);
        long id = await RegisterAsync(chat, app, informationValue: 0);
        await chat.ClickAsync(Anna, CardVerbs.ForwardItem, Data(id, recipient: Bygglov));

        await chat.SayAsync(Bo, "mina ärenden");

        var card = chat.SentTo(Bo).Last().CardOf();
        SentCard.Text(card).Should().Contain(Subject);
    }

    [Fact]
    public async Task Restart_KeepsEveryItemChainAndConversation()
    {
        long id;
        await using (var first = App())
        {
            var chat = await ChatAsync(first);
            id = await RegisterAsync(chat, first, informationValue: 0);
            await chat.ClickAsync(Anna, CardVerbs.ForwardItem, Data(id, recipient: Bygglov));
        }

        int annasMessages = connector.Sent.Count(s => Uri.UnescapeDataString(s.ConversationId) == Anna.ConversationId);
        await using var second = App();
        var again = new TeamsChat(second.CreateClient(), connector);

        var confirmed = TeamsChat.ReplacementCard(await again.ClickAsync(Bo, CardVerbs.ConfirmForward, Data(id, party: Bygglov)));

        SentCard.Text(confirmed).Should().Contain("Bo Bygg");
        var item = await ItemAsync(second, id);
        item.Arrival.Subject.Should().Be(Subject);
        item.Chain.Recipients.Should().Equal("kommun@osby.se", Bygglov);
        item.Responsible.Should().Be(Bygglov);
        again.UpdatedFor(Bo).Should().ContainSingle("the card sent before the restart is still known and updated");
        again.SentTo(Anna).Skip(annasMessages).Should().ContainSingle("the forwarder's conversation was kept across the restart");
    }

    [Fact]
    public async Task SomeoneTeamsCannotName_IsToldWhyInsteadOfGettingItems()
    {
        await using var app = App();
        var chat = new TeamsChat(app.CreateClient(), connector);
        var stranger = new TestUser("29:9Okand0Ql9ZfS0m2pY7tRbV4nH8cLd6JgEoU5aKiMzNxT1s", "Okänd Person", "7f9c2a5e-8d6b-4cae-9e1a-5b6c7d8e9fa0", "okand@osby.se", "a:9Ok8Kq2Lm4Np6Rs8Tu0Vw2Xy4Za6Bc8De0Fg2Hi4Jk6Lm8No0Pq2Rs4Tu6Vw8Xy");

        await chat.SayAsync(stranger, "registrera");

        chat.SentTo(stranger).Should().ContainSingle().Which.Text.Should().Be(ItemActions.UnknownUserMessage);
    }

    [Fact]
    public async Task MyItemsInAChannel_PointsToThePersonalChatAndShowsNoItem()
    {
        await using var app = App();
        var chat = await ChatAsync(app);
        await RegisterAsync(chat, app, informationValue: 0);
        var activity = TeamsActivities.Load(TeamsActivities.MessageChannelMention, connector.ServiceUrl);
        activity["text"] = "<at>Osby-boten</at> mina ärenden";
        string channel = (string)activity["conversation"]!["id"]!;

        using var response = await app.CreateClient().PostAsync("/api/messages", activity.ToContent());

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        var reply = connector.Sent.Where(s => Uri.UnescapeDataString(s.ConversationId) == channel).Should().ContainSingle().Subject;
        reply.Text.Should().Be(ItemActions.PersonalChatOnlyMessage);
        (reply.Activity["attachments"]?.AsArray() ?? []).Should().BeEmpty();
    }

    [Fact]
    public async Task ForwardThroughTheApi_TheRecipientGetsTheCardAndTheMailboxIsToldOfTheOutcome()
    {
        await using var app = App(new Dictionary<string, string?>
        {
            ["Osby:Api:Clients:0:System"] = Api.ItemApiHost.System,
            ["Osby:Api:Clients:0:KeySha256"] = Api.ItemApiHost.KeySha256,
        });
        var chat = await ChatAsync(app);
        using var api = Api.ItemApiHost.Client(app);
        string arrival = new JsonObject
        {
            ["channel"] = "OfficialMailbox",
            ["firstArrival"] = "2026-11-27T08:05:00+01:00",
            ["originalSender"] = Sender,
            ["senderCategory"] = "resident",
            ["subject"] = Subject,
            ["mailbox"] = "kommun@osby.se",
            ["informationValue"] = 0,
            ["externalMessageId"] = "<CAF=1234@mail.example.com>",
        }.ToJsonString();

        using var first = await api.PostAsync("/api/items", Api.ItemApiHost.JsonBody(arrival));
        using var again = await api.PostAsync("/api/items", Api.ItemApiHost.JsonBody(arrival));
        long id = (long)JsonNode.Parse(await first.Content.ReadAsStringAsync())!["id"]!;
        ((long)JsonNode.Parse(await again.Content.ReadAsStringAsync())!["id"]!).Should().Be(id, "the same mail posted twice is one item");
        using var forwarded = await api.PostAsync($"/api/items/{id}/events", Api.ItemApiHost.JsonBody(new JsonObject
        {
            ["kind"] = "forwarded",
            ["at"] = "2026-11-27T09:30:00+01:00",
            ["forwarder"] = "kommun@osby.se",
            ["recipient"] = Bygglov,
        }.ToJsonString()));
        forwarded.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);

        var card = chat.SentTo(Bo).Last().CardOf();
        SentCard.Text(card).Should().Contain(Subject);
        Verbs(card).Should().Contain(CardVerbs.ConfirmForward);
        int annasMessages = chat.SentTo(Anna).Count;

        await chat.ClickAsync(Bo, CardVerbs.ConfirmForward, Data(id, party: Bygglov));

        var item = JsonNode.Parse(await api.GetStringAsync($"/api/items/{id}"))!;
        ((string?)item["responsible"]).Should().Be(Bygglov);
        chat.SentTo(Anna).Skip(annasMessages).Should().ContainSingle("the registrator of the forwarding mailbox hears the outcome")
            .Which.Text.Should().Contain("Bo Bygg");
    }

    [Fact]
    public async Task ForwardToSomeoneKnownOnlyFromATeam_OpensTheirPersonalChatWithTheCard()
    {
        await using var app = App();
        var chat = new TeamsChat(app.CreateClient(), connector);
        await chat.SayAsync(Anna, "hej");
        using (var installed = await app.CreateClient().PostAsync("/api/messages", TeamsActivities.Load(TeamsActivities.InstalledTeam, connector.ServiceUrl).ToContent()))
        {
            installed.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        }

        long id = await RegisterAsync(chat, app, informationValue: 0);

        await chat.ClickAsync(Anna, CardVerbs.ForwardItem, Data(id, recipient: Bygglov));

        connector.CreatedConversations.Should().HaveCount(2, "Bo and Sara never wrote to the bot, but the team's roster names them");
        var cards = connector.Sent.Where(s => Uri.UnescapeDataString(s.ConversationId).StartsWith("a:new-", StringComparison.Ordinal)).ToList();
        cards.Should().HaveCount(2);
        cards.Should().OnlyContain(s => SentCard.Text(s.CardOf()).Contains(Subject, StringComparison.Ordinal));
    }

    private static JsonObject Data(long id, string? recipient = null, string? party = null)
    {
        var data = new JsonObject { [CardInputs.ItemId] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (recipient is not null)
        {
            data[CardInputs.Recipient] = recipient;
        }

        if (party is not null)
        {
            data[CardInputs.Party] = party;
        }

        return data;
    }

    private static IReadOnlyList<string?> Verbs(JsonNode card) => [.. SentCard.Actions(card).Select(a => (string?)a["verb"] ?? (string?)a["data"]?[CardVerbs.VerbKey])];

    private static JsonObject RegisterData(JsonObject form, int informationValue)
    {
        var submit = SentCard.Actions(form).Single(a => (string?)a["verb"] == CardVerbs.RegisterItem);
        var data = submit["data"]!.DeepClone().AsObject();
        data[CardInputs.Channel] = "OfficialMailbox";
        data[CardInputs.ArrivalDate] = "2026-11-27";
        data[CardInputs.ArrivalTime] = "09:12";
        data[CardInputs.Sender] = Sender;
        data[CardInputs.SenderCategory] = "Resident";
        data[CardInputs.Subject] = Subject;
        data[CardInputs.Mailbox] = "kommun@osby.se";
        data[CardInputs.InformationValue] = informationValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        data.Remove(CardVerbs.VerbKey);
        return data;
    }

    private static async Task<long> RegisterAsync(TeamsChat chat, BotApplication app, int informationValue)
    {
        await chat.SayAsync(Anna, "registrera");
        var data = RegisterData(chat.SentTo(Anna).Last().CardOf(), informationValue);
        TeamsChat.ReplacementCard(await chat.ClickAsync(Anna, CardVerbs.RegisterItem, data));
        var open = await app.Services.GetRequiredService<ItemLedger>().OpenItemsForAsync(["kommun@osby.se"], default);
        return open.Should().ContainSingle().Subject.Id;
    }

    private static async Task<TrackedItem> ItemAsync(BotApplication app, long id) =>
        (await app.Services.GetRequiredService<ItemLedger>().FindAsync(id, default))!;

    private BotApplication App(IReadOnlyDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Osby:MailboxDirectory:Path"] = directory.Path,
            ["Osby:Storage:Path"] = database,
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new(settings, now: Friday);
    }

    private async Task<TeamsChat> ChatAsync(BotApplication app)
    {
        var chat = new TeamsChat(app.CreateClient(), connector);
        foreach (var user in new[] { Anna, Bo, Sara, Carl })
        {
            // Everyone has talked to the bot, so it has their conversations.
            await chat.SayAsync(user, "hej");
        }

        return chat;
    }
}
