using System.Net;
using System.Text.Json.Nodes;
using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Tests.Hosting;

/// <summary>Several test users talking to the bot in their personal chats, through <c>/api/messages</c>.</summary>
internal sealed class TeamsChat(HttpClient client, FakeConnector connector)
{
    /// <summary>Sends a typed message from a user.</summary>
    public async Task SayAsync(TestUser user, string text)
    {
        var activity = TeamsActivities.Load(TeamsActivities.MessagePersonal, connector.ServiceUrl).From(user);
        activity["text"] = text;
        activity["id"] = Guid.NewGuid().ToString("N");
        activity.Remove("attachments");
        using var response = await client.PostAsync("/api/messages", activity.ToContent());
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>Clicks an <c>Action.Execute</c> button as a user; returns the invoke response body.</summary>
    public async Task<JsonNode> ClickAsync(TestUser user, string verb, JsonObject data, string trigger = "manual")
    {
        var activity = TeamsActivities.Load(TeamsActivities.CardActionInvoke, connector.ServiceUrl).From(user);
        data[CardVerbs.VerbKey] = verb;
        activity["value"]!["action"]!["verb"] = verb;
        activity["value"]!["action"]!["data"] = data;
        activity["value"]!["trigger"] = trigger;
        using var response = await client.PostAsync("/api/messages", activity.ToContent());
        response.StatusCode.Should().Be(HttpStatusCode.OK, "Teams needs HTTP 200 for every card action");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>The card in an invoke response that replaces the clicked card (checked against the schema).</summary>
    public static JsonObject ReplacementCard(JsonNode invokeResponse)
    {
        ((int?)invokeResponse["statusCode"]).Should().Be(200);
        ((string?)invokeResponse["type"]).Should().Be(SentCard.ContentType);
        return SentCard.Checked(invokeResponse["value"]!).AsObject();
    }

    /// <summary>The messages the bot sent to a user's personal chat, oldest first.</summary>
    public IReadOnlyList<SentActivity> SentTo(TestUser user) =>
        [.. connector.Sent.Where(s => Uri.UnescapeDataString(s.ConversationId) == user.ConversationId)];

    /// <summary>The messages the bot updated in a user's personal chat, oldest first.</summary>
    public IReadOnlyList<SentActivity> UpdatedFor(TestUser user) =>
        [.. connector.Updated.Where(s => Uri.UnescapeDataString(s.ConversationId) == user.ConversationId)];
}
