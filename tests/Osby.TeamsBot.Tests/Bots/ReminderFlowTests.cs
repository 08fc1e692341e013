using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Reminders;
using Osby.TeamsBot.Tests.Hosting;
using static Osby.TeamsBot.Tests.Hosting.TestUser;

namespace Osby.TeamsBot.Tests.Bots;

/// <summary>
/// Reminders end to end: an item registered in Teams, the scheduler driven by a fake clock over a weekend, the reminder
/// card with its actions, a snooze out of quiet hours, and no reminder once the item is answered (DL-1).
/// </summary>
public sealed class ReminderFlowTests : IAsyncLifetime
{
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

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
    public async Task DueSoonReminder_ComesOnceAtItsTime_SnoozesPastTheWeekendAndStopsOnceAnswered()
    {
        await using var app = new BotApplication(
            new Dictionary<string, string?> { ["Osby:MailboxDirectory:Path"] = directory.Path },
            now: new LocalDateTime(2026, 11, 27, 10, 0));
        var chat = new TeamsChat(app.CreateClient(), connector);
        await chat.SayAsync(Anna, "registrera");
        var form = chat.SentTo(Anna).Last().CardOf();
        var data = SentCard.Actions(form).Single(a => (string?)a["verb"] == CardVerbs.RegisterItem)["data"]!.DeepClone().AsObject();
        data[CardInputs.Channel] = "OfficialMailbox";
        data[CardInputs.ArrivalDate] = "2026-11-27";
        data[CardInputs.ArrivalTime] = "09:12";
        data[CardInputs.Sender] = "per.persson@example.com";
        data[CardInputs.Mailbox] = "kommun@osby.se";
        data[CardInputs.InformationValue] = "0";
        await chat.ClickAsync(Anna, CardVerbs.RegisterItem, data);
        var scheduler = app.Services.GetRequiredService<ReminderScheduler>();

        // DL-1: 8.5 office hours from Friday 09.12 is Monday 09.12; 75 % of them (382.5 minutes) is Friday 15.34.30.
        await SweepAtAsync(app, scheduler, 2026, 11, 27, 15, 34);
        Reminders(chat).Should().BeEmpty("the reminder is not due before 75 % of the window");

        await SweepAtAsync(app, scheduler, 2026, 11, 27, 15, 35);
        await scheduler.SweepAsync(default);
        var reminder = Reminders(chat).Should().ContainSingle("a reminder goes out once, however many sweeps follow").Subject;
        var card = reminder.CardOf();
        SentCard.Text(card).Should().Contain("Påminnelse: ärende 1 ska besvaras snart").And.Contain("måndag 30 november kl. 9.12 (DL-1)");
        var snooze = SentCard.Actions(card).Single(a => (string?)a["verb"] == CardVerbs.SnoozeReminder);

        // 16.35 is after closing: the snooze waits for Monday's opening, which is still before the deadline.
        var snoozed = TeamsChat.ReplacementCard(await chat.ClickAsync(Anna, CardVerbs.SnoozeReminder, snooze["data"]!.DeepClone().AsObject()));
        SentCard.Text(snoozed).Should().Contain("Jag påminner dig igen måndag 30 november kl. 8.00.");
        await chat.ClickAsync(Anna, CardVerbs.SnoozeReminder, snooze["data"]!.DeepClone().AsObject());

        await SweepAtAsync(app, scheduler, 2026, 11, 30, 7, 59);
        Reminders(chat).Should().ContainSingle("nothing is sent in quiet hours or on the weekend");
        await SweepAtAsync(app, scheduler, 2026, 11, 30, 8, 0);
        Reminders(chat).Should().HaveCount(2, "the snoozed reminder comes back once, even though the button was clicked twice");

        await chat.ClickAsync(Anna, CardVerbs.MarkAnswered, new JsonObject { [CardInputs.ItemId] = "1" });
        await SweepAtAsync(app, scheduler, 2026, 11, 30, 9, 15);
        Reminders(chat).Should().HaveCount(2, "an answered item gets no overdue reminder");
        var outbox = app.Services.GetRequiredService<Outbox>();
        (await outbox.FindAsync("item:1:2:0:anna.svensson@osby.se", default))!.State.Should().Be(OutboxState.Cancelled);
    }

    private static async Task SweepAtAsync(BotApplication app, ReminderScheduler scheduler, int year, int month, int day, int hour, int minute)
    {
        app.Time!.SetUtcNow(new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Stockholm).ToDateTimeOffset());
        await scheduler.SweepAsync(default);
    }

    private IReadOnlyList<SentActivity> Reminders(TeamsChat chat) =>
        [.. chat.SentTo(Anna).Where(s => s.Activity["attachments"] is JsonArray { Count: > 0 } && SentCard.Text(s.CardOf()).Contains("Påminnelse", StringComparison.Ordinal))];
}
