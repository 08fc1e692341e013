using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.People;
using Osby.TeamsBot.Tests.Hosting;
using static Osby.TeamsBot.Tests.Hosting.TestUser;

namespace Osby.TeamsBot.Tests.Bots;

/// <summary>People and conversation references captured from real Teams activities through <c>/api/messages</c>.</summary>
public sealed class PeopleCaptureTests : IAsyncLifetime
{
    private static readonly LocalDateTime Friday = new(2026, 11, 27, 10, 0);

    private readonly ItemsDirectory directory = new();
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
    }

    [Fact]
    public async Task InstalledInATeam_StoresTheWholeRosterWithRolesFromTheDirectory()
    {
        await using var app = App();
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/api/messages", TeamsActivities.Load(TeamsActivities.InstalledTeam, connector.ServiceUrl).ToContent());

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        var people = app.Services.GetRequiredService<PeopleStore>();
        var bo = (await people.FindAsync(Bo.Email, default))!;
        bo.TeamsUserId.Should().Be(Bo.TeamsId);
        bo.AadObjectId.Should().Be(Bo.AadObjectId);
        bo.Roles.Should().Be(PersonRoles.Registrator);
        bo.Unit.Should().Be("Samhällsbyggnadsförvaltningen");
        (await people.FindAsync(Sara.AadObjectId, default))!.Roles.Should().Be(PersonRoles.Substitute, "Sara is the substitute of bygglov@osby.se (RT-11)");
        (await people.FindAsync(Anna.TeamsId, default))!.Roles.Should().Be(PersonRoles.Registrator | PersonRoles.Kontaktcenter);
        (await people.FindAsync(Carl.Email, default))!.Roles.Should().Be(PersonRoles.None);
        connector.UnexpectedRequests.Should().BeEmpty("the roster is read page by page, never with the throttled GetMembersAsync");
    }

    [Fact]
    public async Task FirstMessage_StoresTheSenderAndTheirPersonalConversation()
    {
        await using var app = App();
        var chat = new TeamsChat(app.CreateClient(), connector);

        await chat.SayAsync(Carl, "hej");

        var people = app.Services.GetRequiredService<PeopleStore>();
        var carl = (await people.FindAsync(Carl.Email, default))!;
        carl.Name.Should().Be(Carl.Name);
        var conversation = (await people.PersonalConversationAsync(Carl.TeamsId, default))!;
        conversation.ConversationId.Should().Be(Carl.ConversationId);
        conversation.ServiceUrl.Should().Be(connector.ServiceUrl.ToString());
    }

    [Fact]
    public async Task ServiceUrlChanged_ProactiveMessagesGoToTheNewOne()
    {
        await using var moved = await FakeConnector.StartAsync();
        await using var app = App();
        var before = new TeamsChat(app.CreateClient(), connector);
        var after = new TeamsChat(app.CreateClient(), moved);
        foreach (var user in new[] { Anna, Bo, Sara })
        {
            await before.SayAsync(user, "hej");
        }

        // Teams moves Anna's chat to another region: her next message comes with a new service URL.
        await after.SayAsync(Anna, "hej");
        await after.SayAsync(Anna, "registrera");
        var form = after.SentTo(Anna).Last().CardOf();
        var data = SentCard.Actions(form).Single(a => (string?)a["verb"] == CardVerbs.RegisterItem)["data"]!.DeepClone().AsObject();
        data[CardInputs.Channel] = "Voicemail";
        data[CardInputs.ArrivalDate] = "2026-11-27";
        data[CardInputs.Sender] = "0479-123 45";
        data[CardInputs.Mailbox] = "kommun@osby.se";
        data[CardInputs.InformationValue] = "0";
        await after.ClickAsync(Anna, CardVerbs.RegisterItem, data);
        await after.ClickAsync(Anna, CardVerbs.ForwardItem, new System.Text.Json.Nodes.JsonObject { [CardInputs.ItemId] = "1", [CardInputs.Recipient] = "bygglov@osby.se" });
        int annaBefore = moved.Sent.Count;

        await before.ClickAsync(Bo, CardVerbs.ConfirmForward, new System.Text.Json.Nodes.JsonObject { [CardInputs.ItemId] = "1", [CardInputs.Party] = "bygglov@osby.se" });

        moved.Sent.Skip(annaBefore).Should().ContainSingle(s => Uri.UnescapeDataString(s.ConversationId) == Anna.ConversationId)
            .Which.Text.Should().Contain("Bo Bygg");
        connector.Sent.Should().NotContain(s => Uri.UnescapeDataString(s.ConversationId) == Anna.ConversationId && s.Text != null && s.Text.Contains("Bo Bygg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RepeatedMessages_LookUpTheSenderOnceAndSomeoneTeamsCannotNameOnlyNowAndThen()
    {
        await using var app = App();
        var chat = new TeamsChat(app.CreateClient(), connector);
        var stranger = new TestUser("29:8Gast0Ql9ZfS0m2pY7tRbV4nH8cLd6JgEoU5aKiMzNxT1sq", "Gäst", "8a0d3b6f-9e7c-4dbf-8f2b-6c7d8e9fa0b1", "gast@example.com", "a:8Ga8Kq2Lm4Np6Rs8Tu0Vw2Xy4Za6Bc8De0Fg2Hi4Jk6Lm8No0Pq2Rs4Tu6Vw8Xy");

        for (int i = 0; i < 3; i++)
        {
            await chat.SayAsync(Carl, "hej");
            await chat.SayAsync(stranger, "hej");
        }

        connector.MemberLookups.Should().Be(2, "one lookup each, then the answer (or its absence) is remembered");
        app.Time!.Advance(TimeSpan.FromMinutes(11));
        await chat.SayAsync(stranger, "hej");
        await chat.SayAsync(Carl, "hej");
        connector.MemberLookups.Should().Be(3, "someone Teams could not name is asked for again after ten minutes; a known sender is not");
    }

    private BotApplication App() => new(new Dictionary<string, string?> { ["Osby:MailboxDirectory:Path"] = directory.Path }, now: Friday);
}
