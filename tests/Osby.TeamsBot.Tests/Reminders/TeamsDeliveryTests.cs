using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Osby.TeamsBot.Hosting;
using Osby.TeamsBot.People;
using Osby.TeamsBot.Reminders;
using Osby.TeamsBot.Tests.Hosting;
using static Osby.TeamsBot.Tests.Hosting.TestUser;

namespace Osby.TeamsBot.Tests.Reminders;

/// <summary>
/// Proactive delivery through the real adapter to the loopback fake connector, on fake time: the stored or a newly created
/// 1:1 conversation, Teams' send rates, retries with backoff and Retry-After, and permanent failures with a Swedish reason.
/// </summary>
public sealed class TeamsDeliveryTests : IAsyncLifetime
{
    // Friday 27 November 2026, 10.00.
    private static readonly LocalDateTime Friday = new(2026, 11, 27, 10, 0);

    private readonly ItemsDirectory directory = new();
    private FakeConnector connector = null!;
    private int mark;

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
    public async Task SendAsync_SomeoneWhoTalkedToTheBot_GoesToTheirPersonalChat()
    {
        await using var app = App();
        await new TeamsChat(app.CreateClient(), connector).SayAsync(Bo, "hej");
        var (delivery, time) = Delivery(app);

        var result = await time.RunAsync(delivery.SendAsync("Bo.Bygg@osby.se", MessageFactory.Text("Påminnelse: ärende 12 ska besvaras i dag."), default));

        result.Status.Should().Be(DeliveryStatus.Sent);
        result.ConversationId.Should().Be(Bo.ConversationId);
        var sent = connector.Sent.Should().ContainSingle(s => s.Text == "Påminnelse: ärende 12 ska besvaras i dag.").Subject;
        Uri.UnescapeDataString(sent.ConversationId).Should().Be(Bo.ConversationId);
        result.ActivityId.Should().Be(sent.Id);
        result.RetryAt.Should().BeNull();
        result.Reason.Should().BeNull();
    }

    [Fact]
    public async Task SendAsync_TooManyRequestsWithRetryAfter_WaitsAtLeastThatLongAndSends()
    {
        await using var app = App();
        await new TeamsChat(app.CreateClient(), connector).SayAsync(Bo, "hej");
        var (delivery, time) = Delivery(app);
        connector.FailNext(1, 429, "TooManyRequests", retryAfter: "2");

        var result = await time.RunAsync(delivery.SendAsync(Bo.Email, MessageFactory.Text("Påminnelse"), default));

        result.Status.Should().Be(DeliveryStatus.Sent);
        var tries = ActivityPosts(Bo);
        tries.Should().HaveCount(2);
        (tries[1].At!.Value - tries[0].At!.Value).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(2), "Teams asked for two seconds");
        connector.Sent.Should().ContainSingle(s => s.Text == "Påminnelse");
    }

    [Fact]
    public async Task SendAsync_ServiceUnavailableOnEveryTry_RetriesLaterAtTheNextBackoff()
    {
        await using var app = App();
        await new TeamsChat(app.CreateClient(), connector).SayAsync(Bo, "hej");
        var (delivery, time) = Delivery(app);
        connector.FailNext(3, 503, "ServiceUnavailable");

        var result = await time.RunAsync(delivery.SendAsync(Bo.Email, MessageFactory.Text("Påminnelse"), default));

        result.Status.Should().Be(DeliveryStatus.RetryLater);
        result.ConversationId.Should().Be(Bo.ConversationId);
        result.Reason.Should().Contain("503");
        var tries = ActivityPosts(Bo);
        tries.Should().HaveCount(3, "three tries in process (Osby:Delivery:MaxAttempts), then the outbox takes over");

        // Full jitter: each wait is at most the ceiling, 1 s and then 2 s; the next ceiling, 4 s, is when to try again.
        (tries[1].At!.Value - tries[0].At!.Value).Should().BeLessThanOrEqualTo(TimeSpan.FromSeconds(1));
        (tries[2].At!.Value - tries[1].At!.Value).Should().BeLessThanOrEqualTo(TimeSpan.FromSeconds(2));
        result.RetryAt.Should().Be(Instant.FromDateTimeOffset(tries[2].At!.Value) + Duration.FromSeconds(4));
        connector.Sent.Should().NotContain(s => s.Text == "Påminnelse");
    }

    [Fact]
    public async Task SendAsync_RetryAfterLongerThanTheLongestWait_RetriesLaterAtThatTimeWithoutWaiting()
    {
        await using var app = App();
        await new TeamsChat(app.CreateClient(), connector).SayAsync(Bo, "hej");
        var (delivery, time) = Delivery(app);
        var until = app.Time!.GetUtcNow().AddMinutes(5);
        connector.FailNext(1, 429, "TooManyRequests", retryAfter: until.ToString("r", CultureInfo.InvariantCulture));

        var result = await time.RunAsync(delivery.SendAsync(Bo.Email, MessageFactory.Text("Påminnelse"), default));

        result.Status.Should().Be(DeliveryStatus.RetryLater);
        result.RetryAt.Should().Be(Instant.FromDateTimeOffset(until), "an HTTP-date Retry-After is honoured as given");
        ActivityPosts(Bo).Should().ContainSingle("a wait over Osby:Delivery:MaxWait is left to the outbox");
        app.Time.GetUtcNow().Should().BeBefore(until);
    }

    [Fact]
    public async Task SendAsync_UserBlockedTheBot_FailsAfterOneRequestNamingThePerson()
    {
        await using var app = App();
        await new TeamsChat(app.CreateClient(), connector).SayAsync(Bo, "hej");
        var (delivery, time) = Delivery(app);
        int before = connector.Sent.Count;
        connector.FailNext(1, 403, "MessageWritesBlocked");

        var result = await time.RunAsync(delivery.SendAsync(Bo.Email, MessageFactory.Text("Påminnelse"), default));

        result.Status.Should().Be(DeliveryStatus.Failed);
        result.ConversationId.Should().Be(Bo.ConversationId);
        result.RetryAt.Should().BeNull();
        result.Reason.Should().Contain("Bo Bygg").And.Contain("blockerat");
        ActivityPosts(Bo).Should().ContainSingle("a blocked user is never retried");
        connector.Sent.Should().HaveCount(before, "the failure does not reach the turn-error handler's apology either");
    }

    [Fact]
    public async Task SendAsync_ConversationGone_FailsWithAReason()
    {
        await using var app = App();
        await new TeamsChat(app.CreateClient(), connector).SayAsync(Bo, "hej");
        var (delivery, time) = Delivery(app);
        connector.FailNext(1, 404, "ConversationNotFound");

        var result = await time.RunAsync(delivery.SendAsync(Bo.Email, MessageFactory.Text("Påminnelse"), default));

        result.Status.Should().Be(DeliveryStatus.Failed);
        result.Reason.Should().Contain("Bo Bygg").And.Contain("finns inte längre");
        ActivityPosts(Bo).Should().ContainSingle();
    }

    [Fact]
    public async Task SendAsync_KnownOnlyFromATeamRoster_CreatesThePersonalChatStoresItAndSendsThere()
    {
        await using var app = App();
        using var client = app.CreateClient();
        using var installed = await client.PostAsync("/api/messages", TeamsActivities.Load(TeamsActivities.InstalledTeam, connector.ServiceUrl).ToContent());
        var people = app.Services.GetRequiredService<PeopleStore>();
        (await people.PersonalConversationAsync(Carl.TeamsId, default)).Should().BeNull("Carl has never written to the bot");
        var (delivery, time) = Delivery(app);

        var first = await time.RunAsync(delivery.SendAsync(Carl.Email, MessageFactory.Text("Påminnelse 1"), default));
        var second = await time.RunAsync(delivery.SendAsync(Carl.Email, MessageFactory.Text("Påminnelse 2"), default));

        first.Status.Should().Be(DeliveryStatus.Sent);
        first.ConversationId.Should().Be("a:new-1");
        var parameters = connector.CreatedConversations.Should().ContainSingle("the second message goes through the stored chat").Subject;
        ((string?)parameters["members"]![0]!["id"]).Should().Be(Carl.TeamsId);
        ((bool?)parameters["isGroup"]).Should().BeFalse();
        ((string?)parameters["tenantId"]).Should().Be(TeamsActivities.TenantId);
        ((string?)parameters["channelData"]!["tenant"]!["id"]).Should().Be(TeamsActivities.TenantId);
        ((string?)parameters["bot"]!["id"]).Should().Be(TeamsActivities.BotId);
        connector.Sent.Where(s => Uri.UnescapeDataString(s.ConversationId) == "a:new-1").Select(s => s.Text)
            .Should().Equal("Påminnelse 1", "Påminnelse 2");
        second.ConversationId.Should().Be("a:new-1");
        var stored = (await people.PersonalConversationAsync(Carl.TeamsId, default))!;
        stored.ConversationId.Should().Be("a:new-1");
        stored.ServiceUrl.Should().Be(connector.ServiceUrl.ToString());
    }

    [Fact]
    public async Task SendAsync_SomeoneTheBotHasNeverSeen_FailsAsUnreachableWithoutAskingTeams()
    {
        await using var app = App();
        await new TeamsChat(app.CreateClient(), connector).SayAsync(Bo, "hej");
        var (delivery, time) = Delivery(app);
        int requests = connector.Requests.Count;

        var result = await time.RunAsync(delivery.SendAsync("okand.person@osby.se", MessageFactory.Text("Påminnelse"), default));

        result.Status.Should().Be(DeliveryStatus.Failed);
        result.ConversationId.Should().BeNull();
        result.Reason.Should().Be("okand.person@osby.se har aldrig använt Osby-boten och kan inte nås i Teams.");
        connector.Requests.Should().HaveCount(requests);
    }

    [Fact]
    public async Task SendAsync_SeventyMessagesToOnePerson_NeverMoreThanSevenASecondOrSixtyInThirtySeconds()
    {
        await using var app = App();
        await new TeamsChat(app.CreateClient(), connector).SayAsync(Bo, "hej");
        var (delivery, time) = Delivery(app);

        var sends = Enumerable.Range(1, 70)
            .Select(i => delivery.SendAsync(Bo.Email, MessageFactory.Text($"Påminnelse {i}"), default))
            .ToList();
        await time.RunAsync(sends);

        sends.Select(s => s.Result.Status).Should().AllBeEquivalentTo(DeliveryStatus.Sent);
        var stamps = ActivityPosts(Bo).Select(r => r.At!.Value).ToList();
        stamps.Should().HaveCount(70);
        MostInAnyWindow(stamps, TimeSpan.FromSeconds(1)).Should().BeLessThanOrEqualTo(7);
        MostInAnyWindow(stamps, TimeSpan.FromSeconds(30)).Should().BeLessThanOrEqualTo(60);
    }

    [Fact]
    public async Task SendAsync_ManyPeopleAtOnce_StaysBelowTheAppWideRate()
    {
        await using var app = App(new Dictionary<string, string?> { ["Osby:Delivery:AppPerSecond"] = "10" });
        var chat = new TeamsChat(app.CreateClient(), connector);
        var users = new[] { Anna, Bo, Sara, Carl };
        foreach (var user in users)
        {
            await chat.SayAsync(user, "hej");
        }

        var (delivery, time) = Delivery(app);
        int before = connector.Requests.Count;

        var sends = users.SelectMany(user => Enumerable.Range(1, 6).Select(i => delivery.SendAsync(user.Email, MessageFactory.Text($"Påminnelse {i}"), default))).ToList();
        await time.RunAsync(sends);

        sends.Select(s => s.Result.Status).Should().AllBeEquivalentTo(DeliveryStatus.Sent);
        var stamps = connector.Requests.Skip(before).Select(r => r.At!.Value).ToList();
        stamps.Should().HaveCount(24);
        MostInAnyWindow(stamps, TimeSpan.FromSeconds(1)).Should().BeLessThanOrEqualTo(10);
    }

    [Fact]
    public async Task UpdateAsync_AMessageSentBefore_IsReplacedInTheStoredConversation()
    {
        await using var app = App();
        await new TeamsChat(app.CreateClient(), connector).SayAsync(Bo, "hej");
        var (delivery, time) = Delivery(app);
        var sent = await time.RunAsync(delivery.SendAsync(Bo.Email, MessageFactory.Text("Påminnelse"), default));
        connector.FailNext(1, 502, "BadGateway");

        var result = await time.RunAsync(delivery.UpdateAsync(Bo.ConversationId, sent.ActivityId!, MessageFactory.Text("Klart: ärendet är besvarat."), default));

        result.Status.Should().Be(DeliveryStatus.Sent);
        result.ConversationId.Should().Be(Bo.ConversationId);
        result.ActivityId.Should().Be(sent.ActivityId);
        var update = connector.Updated.Should().ContainSingle("the 502 was retried").Subject;
        Uri.UnescapeDataString(update.ConversationId).Should().Be(Bo.ConversationId);
        update.ReplyToId.Should().Be(sent.ActivityId);
        update.Text.Should().Be("Klart: ärendet är besvarat.");
    }

    [Fact]
    public async Task UpdateAsync_UnknownConversation_FailsWithoutAskingTeams()
    {
        await using var app = App();
        var (delivery, time) = Delivery(app);

        var result = await time.RunAsync(delivery.UpdateAsync("a:okand", "1", MessageFactory.Text("Klart"), default));

        result.Status.Should().Be(DeliveryStatus.Failed);
        result.Reason.Should().Contain("känner inte till chatten");
        connector.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task AddOsbyDelivery_ZeroAttemptsConfigured_FailsAtStartWithTheSetting()
    {
        await using var app = App(new Dictionary<string, string?> { ["Osby:Delivery:MaxAttempts"] = "0" });

        var start = () => app.Services;

        start.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage("*Osby:Delivery:MaxAttempts*");
    }

    // The largest number of stamps in any closed window [t, t + length] that starts at a stamp.
    private static int MostInAnyWindow(IReadOnlyList<DateTimeOffset> stamps, TimeSpan length) =>
        stamps.Max(start => stamps.Count(t => t >= start && t - start <= length));

    // The messages posted to a user's personal chat since the delivery was made (not the bot's answers to "hej").
    private List<ConnectorRequest> ActivityPosts(TestUser user) =>
        [.. connector.Requests.Skip(mark).Where(r => r.Method == "POST" && r.Path.StartsWith($"/v3/conversations/{user.ConversationId}/activities", StringComparison.Ordinal))];

    // The app's delivery service on the app's fake clock, with its timers watched so the test can step to them.
    private (TeamsDelivery Delivery, SteppedTime Time) Delivery(BotApplication app)
    {
        app.Services.GetRequiredService<TeamsDelivery>().Should().NotBeNull("AddOsbyDelivery registers it");
        var time = new SteppedTime(app.Time!);
        mark = connector.Requests.Count;
        return (ActivatorUtilities.CreateInstance<TeamsDelivery>(app.Services, time), time);
    }

    private BotApplication App(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Osby:MailboxDirectory:Path"] = directory.Path };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = new BotApplication(all, services => services.AddOsbyDelivery(), now: Friday);
        connector.Clock = app.Time;
        return app;
    }
}
