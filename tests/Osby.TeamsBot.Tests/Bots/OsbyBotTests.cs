using System.Net;
using Osby.TeamsBot.Bots;
using Osby.TeamsBot.Tests.Hosting;

namespace Osby.TeamsBot.Tests.Bots;

/// <summary>End-to-end: Teams activities posted to /api/messages, replies captured on a fake connector.</summary>
public sealed class OsbyBotTests
{
    [Fact]
    public async Task OnMessage_PersonalChat_RepliesOnceWithSwedishHelpText()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication();
        using var client = app.CreateClient();
        var activity = TeamsActivities.Load(TeamsActivities.MessagePersonal, connector.ServiceUrl);

        using var response = await client.PostAsync("/api/messages", activity.ToContent());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var reply = connector.Sent.Should().ContainSingle().Subject;
        reply.Type.Should().Be("message");
        reply.Text.Should().Be(HelpText.Markdown);
        reply.Text.Should().Contain("Osby-boten")
            .And.Contain("riktlinje för service och digital kommunikation")
            .And.Contain("diarieföras")
            .And.Contain("förvaltning")
            .And.Contain("Än så länge");
        reply.ConversationId.Should().Be(TeamsActivities.PersonalConversationId);
        reply.ReplyToId.Should().Be("1795770845123");
        ((string?)reply.Activity["textFormat"]).Should().Be("markdown");
        ((string?)reply.Activity["from"]!["id"]).Should().Be(TeamsActivities.BotId);
        ((string?)reply.Activity["recipient"]!["id"]).Should().StartWith("29:");
    }

    [Fact]
    public async Task OnMessage_LocalMode_SendsNoAuthorizationHeader()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication();
        using var client = app.CreateClient();

        using var response = await client.PostAsync(
            "/api/messages",
            TeamsActivities.Load(TeamsActivities.MessagePersonal, connector.ServiceUrl).ToContent());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        connector.Sent.Should().ContainSingle().Which.Authorization.Should().BeEmpty();
    }

    [Fact]
    public async Task OnMembersAdded_UserInPersonalChat_SendsHelpTextAsGreeting()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication();
        using var client = app.CreateClient();

        using var response = await client.PostAsync(
            "/api/messages",
            TeamsActivities.Load(TeamsActivities.UserAdded, connector.ServiceUrl).ToContent());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var greeting = connector.Sent.Should().ContainSingle().Subject;
        greeting.Text.Should().Be(HelpText.Markdown);
        greeting.ConversationId.Should().Be(TeamsActivities.PersonalConversationId);
        connector.UnexpectedRequests.Should().BeEmpty("the greeting needs no roster lookup");
    }

    [Fact]
    public async Task OnMembersAdded_BotInstalledInPersonalChat_SendsHelpTextAsGreeting()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication();
        using var client = app.CreateClient();

        using var response = await client.PostAsync(
            "/api/messages",
            TeamsActivities.Load(TeamsActivities.BotAddedPersonal, connector.ServiceUrl).ToContent());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        connector.Sent.Should().ContainSingle().Which.Text.Should().Be(HelpText.Markdown);
    }

    [Fact]
    public async Task OnMembersAdded_OnlyBotAddedToTeam_SendsNothing()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication();
        using var client = app.CreateClient();

        using var response = await client.PostAsync(
            "/api/messages",
            TeamsActivities.Load(TeamsActivities.BotAddedToTeam, connector.ServiceUrl).ToContent());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        connector.Sent.Should().BeEmpty();
        connector.UnexpectedRequests.Should().BeEmpty();
    }
}
