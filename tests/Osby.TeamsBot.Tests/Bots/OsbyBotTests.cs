using System.Net;
using System.Text.Json.Nodes;
using NodaTime;
using Osby.TeamsBot.Bots;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Tests.Hosting;

namespace Osby.TeamsBot.Tests.Bots;

/// <summary>End-to-end: Teams activities posted to /api/messages, what the user sees captured on a fake connector.</summary>
public sealed class OsbyBotTests
{
    /// <summary>Saturday 28 November 2026, 10:00 in Stockholm.</summary>
    private static readonly LocalDateTime Saturday = new(2026, 11, 28, 10, 0);

    private static readonly string[] ExampleQuestions =
    [
        "Mejlet kom in i fredags 15.40 – när måste jag svara?",
        "Vart skickar jag en fråga om bygglov?",
        "Ska en synpunkt från Facebook diarieföras?",
    ];

    [Fact]
    public async Task OnMessage_DeadlineQuestion_AnswersWithDueTimeReasonAndRule()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/messages", Message("Mejlet kom in fredag 15.40 – när måste jag svara?", connector));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var reply = connector.Sent.Should().ContainSingle().Subject;
        reply.ConversationId.Should().Be(TeamsActivities.PersonalConversationId);
        reply.ReplyToId.Should().Be("1795770845123");

        // DL-1: Friday 27 Nov 15:40 → 50 min office time on Friday + 7 h 40 min on Monday (08:00–16:30).
        var text = SentCard.Text(reply.CardOf());
        text.Should().Contain("senast måndag 30 november kl. 15.40")
            .And.Contain("DL-1")
            .And.MatchRegex("(?i)lördag|helg", "the answer says why the weekend does not count")
            .And.Contain("DL-3", "the tip is to acknowledge now if the answer takes longer");
    }

    [Fact]
    public async Task OnMessage_DeadlineQuestionWithoutTime_AsksBackWithCalculatorPrefilled()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/messages", Message("Ett mejl kom in i går, när måste jag svara?", connector));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var card = connector.Sent.Should().ContainSingle().Subject.CardOf();
        var inputs = SentCard.Inputs(card);
        inputs.Keys.Should().BeEquivalentTo(CardInputs.ArrivalDate, CardInputs.ArrivalTime, CardInputs.Channel);
        ((string?)inputs[CardInputs.ArrivalDate]["value"]).Should().Be("2026-11-27");
        ((string?)inputs[CardInputs.ArrivalTime]["value"]).Should().BeNullOrEmpty("the time was not given and must not be guessed");
        SentCard.Actions(card).Select(action => (string?)action["verb"]).Should().Contain(CardVerbs.CalculateDeadline);
    }

    [Fact]
    public async Task OnMessage_RoutingQuestion_NamesTheMailboxAndCitesTheRule()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/messages", Message("Vart skickar jag en fråga om bygglov?", connector));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = SentCard.Text(connector.Sent.Should().ContainSingle().Subject.CardOf());
        text.Should().Contain("@osby.se").And.MatchRegex("RT-[0-9]+");
    }

    [Fact]
    public async Task OnMessage_ChannelMention_AnswersTheQuestionAfterTheMentionInTheChannel()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();

        using var response = await client.PostAsync(
            "/api/messages",
            TeamsActivities.Load(TeamsActivities.MessageChannelMention, connector.ServiceUrl).ToContent());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var reply = connector.Sent.Should().ContainSingle().Subject;
        reply.ConversationId.Should().StartWith("19:5c2b7e0f3a9d4c1b8e6f2a7d0c3b9e1f@thread.tacv2");
        var text = SentCard.Text(reply.CardOf());
        text.Should().MatchRegex("(?i)diarieför").And.MatchRegex("RC-[0-9]+");
        text.Should().NotContain("<at>");
    }

    [Theory]
    [InlineData("hjälp")]
    [InlineData("Hjälp")]
    [InlineData("help")]
    [InlineData("?")]
    public async Task OnMessage_HelpCommand_SendsTheWelcomeCard(string command)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/messages", Message(command, connector));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        AssertWelcomeCard(connector.Sent.Should().ContainSingle().Subject);
    }

    [Fact]
    public async Task OnMessage_VeryLongMessage_AnswersPolitelyWithoutCrashing()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();
        var longText = string.Concat(Enumerable.Repeat("Vad gäller för svarstider när ett mejl kommer in? ", 400));

        using var response = await client.PostAsync("/api/messages", Message(longText, connector));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var reply = connector.Sent.Should().ContainSingle().Subject;
        reply.Text.Should().MatchRegex("(?i)för långt|för lång");
    }

    [Theory]
    [InlineData(TeamsActivities.InstalledPersonal)]
    [InlineData(TeamsActivities.InstalledTeam)]
    [InlineData(TeamsActivities.InstalledGroupChat)]
    public async Task OnInstallationUpdate_Added_SendsOneWelcomeCard(string activity)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/messages", TeamsActivities.Load(activity, connector.ServiceUrl).ToContent());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        AssertWelcomeCard(connector.Sent.Should().ContainSingle().Subject);
        connector.UnexpectedRequests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(TeamsActivities.UninstalledPersonal)]
    [InlineData(TeamsActivities.BotAddedPersonal)]
    [InlineData(TeamsActivities.UserAdded)]
    [InlineData(TeamsActivities.BotAddedToTeam)]
    public async Task OnUpdate_NotAnInstallOrAlreadyGreeted_SendsNothing(string activity)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/messages", TeamsActivities.Load(activity, connector.ServiceUrl).ToContent());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        connector.Sent.Should().BeEmpty("Teams greets through installationUpdate; a second welcome would be noise");
        connector.UnexpectedRequests.Should().BeEmpty("no roster lookups for members the bot does not greet");
    }

    [Theory]
    [InlineData("event")]
    [InlineData("messageReaction")]
    [InlineData("somethingNew")]
    public async Task OnActivity_TypeTheBotDoesNotUse_IsIgnoredWithoutError(string type)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();
        var activity = TeamsActivities.Load(TeamsActivities.MessagePersonal, connector.ServiceUrl);
        activity["type"] = type;

        using var response = await client.PostAsync("/api/messages", activity.ToContent());

        ((int)response.StatusCode).Should().BeInRange(200, 299);
        connector.Sent.Should().BeEmpty();
    }

    [Fact]
    public async Task OnCardInvoke_CalculateDeadline_ReplacesTheCalculatorWithTheAnswer()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();

        var body = await InvokeAsync(client, connector, CardVerbs.CalculateDeadline, new JsonObject
        {
            [CardInputs.ArrivalDate] = "2026-11-27",
            [CardInputs.ArrivalTime] = "15:40",
            [CardInputs.Channel] = "PersonalEmail",
        });

        ((int?)body["statusCode"]).Should().Be(200);
        ((string?)body["type"]).Should().Be(SentCard.ContentType);
        SentCard.Text(SentCard.Checked(body["value"]!)).Should().Contain("senast måndag 30 november kl. 15.40").And.Contain("DL-1");
        connector.Sent.Should().BeEmpty("the answer replaces the card; nothing else is posted");
    }

    [Theory]
    [InlineData("2026-11-27", "25:99", "PersonalEmail", CardInputs.ArrivalTime)]
    [InlineData("", "15:40", "PersonalEmail", CardInputs.ArrivalDate)]
    [InlineData("2026-11-27", "15:40", "Brevduva", CardInputs.Channel)]
    public async Task OnCardInvoke_CalculateDeadlineWithBadInput_ReshowsTheCalculatorWithAMessage(
        string date, string time, string channel, string badInput)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();

        var body = await InvokeAsync(client, connector, CardVerbs.CalculateDeadline, new JsonObject
        {
            [CardInputs.ArrivalDate] = date,
            [CardInputs.ArrivalTime] = time,
            [CardInputs.Channel] = channel,
        });

        ((int?)body["statusCode"]).Should().Be(200);
        ((string?)body["type"]).Should().Be(SentCard.ContentType);
        var card = SentCard.Checked(body["value"]!);
        SentCard.Inputs(card).Keys.Should().Contain(badInput);
        SentCard.Text(card).Should().NotContain("senast måndag", "no answer is given from bad input");
        connector.Sent.Should().BeEmpty();
    }

    [Fact]
    public async Task OnCardInvoke_AskQuestion_AnswersInTheChatAndKeepsTheCard()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();

        var body = await InvokeAsync(client, connector, CardVerbs.AskQuestion, new JsonObject { [CardInputs.Question] = ExampleQuestions[0] });

        ((int?)body["statusCode"]).Should().Be(200);
        ((string?)body["type"]).Should().Be("application/vnd.microsoft.activity.message");
        ((string?)body["value"]).Should().Be(OsbyBot.AnsweredBelowMessage);
        SentCard.Text(connector.Sent.Should().ContainSingle().Subject.CardOf()).Should().Contain("senast måndag 30 november kl. 15.40");
    }

    [Fact]
    public async Task OnCardInvoke_ShowDeadlineForm_SendsTheCalculator()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();

        var body = await InvokeAsync(client, connector, CardVerbs.ShowDeadlineForm, []);

        ((int?)body["statusCode"]).Should().Be(200);
        var card = connector.Sent.Should().ContainSingle().Subject.CardOf();
        SentCard.Inputs(card).Keys.Should().BeEquivalentTo(CardInputs.ArrivalDate, CardInputs.ArrivalTime, CardInputs.Channel);
    }

    [Fact]
    public async Task OnCardInvoke_UnknownVerb_Returns200WithSwedishErrorBody()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();

        var body = await InvokeAsync(client, connector, "deleteEverything", []);

        ((int?)body["statusCode"]).Should().Be(400);
        ((string?)body["type"]).Should().Be("application/vnd.microsoft.error");
        ((string?)body["value"]!["message"]).Should().Be(OsbyBot.UnknownActionMessage);
        connector.Sent.Should().BeEmpty();
    }

    [Theory]
    [InlineData("\"just a string\"")]
    [InlineData("{}")]
    [InlineData("{\"action\":{\"type\":\"Action.Submit\",\"verb\":\"calculateDeadline\"}}")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\",\"data\":[1,2]}}")]
    public async Task OnCardInvoke_MalformedValue_Returns200WithErrorBodyNot400Or500(string value)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();
        var activity = TeamsActivities.Load(TeamsActivities.CardActionInvoke, connector.ServiceUrl);
        activity["value"] = JsonNode.Parse(value);

        using var response = await client.PostAsync("/api/messages", activity.ToContent());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        ((int?)body["statusCode"]).Should().Be(400);
        ((string?)body["type"]).Should().Be("application/vnd.microsoft.error");
    }

    [Fact]
    public async Task OnInvoke_NameTheBotDoesNotUse_Returns200WithNotImplementedBody()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();
        var activity = TeamsActivities.Load(TeamsActivities.CardActionInvoke, connector.ServiceUrl);
        activity["name"] = "composeExtension/query";

        using var response = await client.PostAsync("/api/messages", activity.ToContent());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        ((int?)body["statusCode"]).Should().Be(501);
    }

    [Fact]
    public async Task OnSubmitFallback_CalculateDeadline_UpdatesTheClickedCardInPlace()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();

        using var response = await client.PostAsync(
            "/api/messages",
            TeamsActivities.Load(TeamsActivities.CardSubmitMessage, connector.ServiceUrl).ToContent());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        connector.Sent.Should().BeEmpty();
        var update = connector.Updated.Should().ContainSingle().Subject;
        update.ReplyToId.Should().Be("1795770860456", "the card that was clicked is the one replaced");
        SentCard.Text(update.CardOf()).Should().Contain("senast måndag 30 november kl. 15.40");
    }

    [Fact]
    public async Task OnSubmitFallback_UnknownVerb_TellsTheUserInSwedish()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();
        var activity = TeamsActivities.Load(TeamsActivities.CardSubmitMessage, connector.ServiceUrl);
        activity["value"] = new JsonObject { ["verb"] = "deleteEverything" };

        using var response = await client.PostAsync("/api/messages", activity.ToContent());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        connector.Sent.Should().ContainSingle().Which.Text.Should().Be(OsbyBot.UnknownActionMessage);
        connector.Updated.Should().BeEmpty();
    }

    [Fact]
    public async Task OnMessage_LocalMode_SendsNoAuthorizationHeader()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(now: Saturday);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/messages", Message("hjälp", connector));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        connector.Sent.Should().ContainSingle().Which.Authorization.Should().BeEmpty();
    }

    private static StringContent Message(string text, FakeConnector connector)
    {
        var activity = TeamsActivities.Load(TeamsActivities.MessagePersonal, connector.ServiceUrl);
        activity["text"] = text;
        activity.Remove("attachments");
        return activity.ToContent();
    }

    private static async Task<JsonNode> InvokeAsync(HttpClient client, FakeConnector connector, string verb, JsonObject data)
    {
        var activity = TeamsActivities.Load(TeamsActivities.CardActionInvoke, connector.ServiceUrl);
        data[CardVerbs.VerbKey] = verb;
        activity["value"]!["action"]!["verb"] = verb;
        activity["value"]!["action"]!["data"] = data;

        using var response = await client.PostAsync("/api/messages", activity.ToContent());

        response.StatusCode.Should().Be(HttpStatusCode.OK, "Teams needs HTTP 200 for every card action");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static void AssertWelcomeCard(SentActivity sent)
    {
        var card = sent.CardOf();
        SentCard.Text(card).Should().Contain("Osby").And.Contain("hjälp");
        var actions = SentCard.Actions(card);
        var questions = actions.Where(action => (string?)action["verb"] == CardVerbs.AskQuestion).ToList();
        questions.Select(action => (string?)action["data"]![CardInputs.Question]).Should().Equal(ExampleQuestions);
        actions.Should().Contain(action => (string?)action["verb"] == CardVerbs.ShowDeadlineForm);
        foreach (var action in actions)
        {
            ((string?)action["type"]).Should().Be("Action.Execute");
            var fallback = action["fallback"]!.AsObject();
            ((string?)fallback["type"]).Should().Be("Action.Submit");
            JsonNode.DeepEquals(fallback["data"], action["data"]).Should().BeTrue("the fallback sends the same verb and data");
            ((string?)action["data"]![CardVerbs.VerbKey]).Should().Be((string?)action["verb"]);
        }
    }
}
