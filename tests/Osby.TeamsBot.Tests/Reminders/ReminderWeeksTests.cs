using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NodaTime.Extensions;
using NodaTime.Text;
using Osby.Policy;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Reminders;
using Osby.TeamsBot.Tests.Cards;
using Osby.TeamsBot.Tests.Storage;
using static Osby.TeamsBot.Tests.Reminders.ReminderWorld;

namespace Osby.TeamsBot.Tests.Reminders;

/// <summary>
/// Whole weeks on the fake clock through the real scheduler and outbox file: items are planned when they arrive (as the
/// ledger's observer does), the scheduler sweeps every 15 minutes, and every reminder and digest that goes out is recorded
/// with the instant of the sweep that sent it. Christmas–New Year (julafton, juldagen, nyårsafton, nyårsdagen, trettondedag
/// jul) and the autumn DST switch; the expected instants are worked out by hand (CAL-1, CAL-4, CAL-5, DL-1, issue 7 §3).
/// </summary>
public sealed class ReminderWeeksTests : IAsyncLifetime
{
    private static readonly Duration Step = Duration.FromMinutes(15);

    private readonly TestDatabase database = new();
    private FakeTimeProvider time = null!;
    private Outbox outbox = null!;
    private readonly List<Sent> sent = [];

    public async Task InitializeAsync() => await database.MigrateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ChristmasToTrettondedag_EveryDigestAndReminderGoesOutOnce_OnWorkingDaysAtItsInstant()
    {
        TrackedItem[] items =
        [
            // 23 December 15:00: 1 h 30 min that day, then Monday 28 December.
            TrackedItems.Item(channel: Channel.FunctionMailbox, mailbox: Bygglov, arrived: Local(2026, 12, 23, 15, 0)).Build(11),

            // 30 December 15:00: nyårsafton, nyårsdagen and the weekend are closed.
            TrackedItems.Item(channel: Channel.FunctionMailbox, mailbox: Bygglov, arrived: Local(2026, 12, 30, 15, 0)).Build(12),

            // 5 January 16:00: 30 min that day; trettondedag jul is closed.
            TrackedItems.Item(channel: Channel.FunctionMailbox, mailbox: Bygglov, arrived: Local(2027, 1, 5, 16, 0)).Build(13),
        ];

        await WalkAsync(Local(2026, 12, 21, 0, 0), Local(2027, 1, 8, 18, 0), items);

        // Working days: not julafton (24), juldagen (25), the weekends, nyårsafton (31), nyårsdagen (1) or trettondedag (6).
        LocalDate[] workingDays =
        [
            new(2026, 12, 21), new(2026, 12, 22), new(2026, 12, 23), new(2026, 12, 28), new(2026, 12, 29), new(2026, 12, 30),
            new(2027, 1, 4), new(2027, 1, 5), new(2027, 1, 7), new(2027, 1, 8),
        ];
        sent.Select(s => (s.Key, s.DueAt)).Should().BeEquivalentTo(
            [
                .. Digests(workingDays, utcHour: 7),
                .. Response(11, dueSoon: Local(2026, 12, 28, 12, 52, 30), overdue: Local(2026, 12, 28, 15, 0)),
                .. Response(12, dueSoon: Local(2027, 1, 4, 12, 52, 30), overdue: Local(2027, 1, 4, 15, 0)),
                .. Response(13, dueSoon: Local(2027, 1, 7, 13, 52, 30), overdue: Local(2027, 1, 7, 16, 0)),
            ],
            "each digest and reminder exactly once");
        EachWentOutAtTheFirstSweepFromItsInstantToItsRecipient();
    }

    [Fact]
    public async Task AcrossTheAutumnDstSwitch_DigestsStayAt0800LocalAndRemindersInOfficeHours()
    {
        // Summer time ends Sunday 25 October 2026 at 03:00 (UTC+2 → UTC+1).
        TrackedItem[] items = [TrackedItems.Item(channel: Channel.FunctionMailbox, mailbox: Bygglov, arrived: Local(2026, 10, 23, 15, 0)).Build(21)];

        await WalkAsync(Local(2026, 10, 22, 0, 0), Local(2026, 10, 27, 18, 0), items);

        sent.Select(s => (s.Key, s.DueAt)).Should().BeEquivalentTo(
            [
                .. Digests([new(2026, 10, 22), new(2026, 10, 23)], utcHour: 6),
                .. Digests([new(2026, 10, 26), new(2026, 10, 27)], utcHour: 7),
                .. Response(21, dueSoon: Local(2026, 10, 26, 12, 52, 30), overdue: Local(2026, 10, 26, 15, 0)),
            ],
            "08:00 in Stockholm is 06:00 UTC in summer time and 07:00 UTC after the switch");
        EachWentOutAtTheFirstSweepFromItsInstantToItsRecipient();
    }

    /// <summary>Every manager's digest on each day, at 08:00 Stockholm given as its UTC hour.</summary>
    private static IEnumerable<(string Key, Instant DueAt)> Digests(LocalDate[] days, int utcHour) =>
        from day in days
        from manager in Managers
        select ($"digest:{manager}:{day:yyyy-MM-dd}", Instant.FromUtc(day.Year, day.Month, day.Day, utcHour, 0));

    /// <summary>DL-1 for an unanswered item at bygglov@osby.se: "due soon" and "overdue" to its registrator Bo and
    /// substitute Sara (RT-11), the escalation to the bygglov chef.</summary>
    private static IEnumerable<(string Key, Instant DueAt)> Response(long item, Instant dueSoon, Instant overdue) =>
    [
        ($"item:{item}:1:0:{Bo}", dueSoon),
        ($"item:{item}:1:0:{Sara}", dueSoon),
        ($"item:{item}:2:0:{Bo}", overdue),
        ($"item:{item}:2:0:{Sara}", overdue),
        ($"item:{item}:3:0:{BygglovChef}", overdue),
    ];

    private void EachWentOutAtTheFirstSweepFromItsInstantToItsRecipient()
    {
        sent.Should().OnlyContain(s => s.At >= s.DueAt && s.At - s.DueAt < Step, "a reminder goes at the first sweep from its instant");
        sent.Should().OnlyContain(s => s.Key.EndsWith(s.Recipient, StringComparison.Ordinal) || s.Key.Contains(":" + s.Recipient + ":", StringComparison.Ordinal));
        sent.Should().OnlyContain(s => s.At.InZone(Zone).TimeOfDay >= new LocalTime(8, 0) && s.At.InZone(Zone).TimeOfDay <= new LocalTime(16, 30), "office hours");
    }

    /// <summary>Sweeps every <see cref="Step"/> from <paramref name="start"/> to <paramref name="end"/>, planning each item
    /// into the outbox at its arrival.</summary>
    private async Task WalkAsync(Instant start, Instant end, TrackedItem[] items)
    {
        time = new FakeTimeProvider(start.ToDateTimeOffset());
        outbox = new Outbox(database.Contexts, time.ToClock());
        ReminderPlanner planner = Planner();
        var scheduler = new ReminderScheduler(
            outbox,
            planner.Digests,
            planner.GuidelineFollowUp,
            new KeyRenderer(),
            SendAsync,
            null,
            Options.Create(new ReminderOptions()),
            Zone,
            time,
            time.ToClock(),
            NullLogger<ReminderScheduler>.Instance);

        var planned = new HashSet<long>();
        for (Instant now = start; now <= end; now += Step)
        {
            time.SetUtcNow(now.ToDateTimeOffset());
            foreach (TrackedItem item in items.Where(i => i.Arrival.FirstArrival <= now && planned.Add(i.Id)))
            {
                await outbox.SyncItemAsync(item.Id, planner.Plan(item), default);
            }

            await scheduler.SweepAsync(default);
        }
    }

    /// <summary>Records a delivery: the message is the reminder's key and due time (<see cref="KeyRenderer"/>).</summary>
    private Task<DeliveryResult> SendAsync(string recipient, IMessageActivity message, CancellationToken cancellationToken)
    {
        string[] keyAndDue = message.Text.Split(' ');
        sent.Add(new Sent(keyAndDue[0], recipient, InstantPattern.ExtendedIso.Parse(keyAndDue[1]).Value, time.GetUtcNow().ToInstant()));
        return Task.FromResult(new DeliveryResult(DeliveryStatus.Sent, "a:" + recipient, $"activity-{sent.Count}", null, null));
    }

    private sealed record Sent(string Key, string Recipient, Instant DueAt, Instant At);

    /// <summary>Renders a reminder as its key and due time.</summary>
    private sealed class KeyRenderer : IReminderRenderer
    {
        public Task<IMessageActivity?> RenderAsync(OutboxEntry entry, CancellationToken cancellationToken) =>
            Task.FromResult<IMessageActivity?>(MessageFactory.Text($"{entry.Reminder.Key} {InstantPattern.ExtendedIso.Format(entry.Reminder.DueAt)}"));
    }
}
