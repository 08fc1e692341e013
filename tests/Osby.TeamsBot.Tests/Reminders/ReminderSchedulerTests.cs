using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NodaTime.Extensions;
using Osby.TeamsBot.Reminders;
using Osby.TeamsBot.Tests.Storage;

namespace Osby.TeamsBot.Tests.Reminders;

/// <summary>The scheduler's sweep on a real outbox file, with a recording renderer and a scripted delivery.</summary>
public sealed class ReminderSchedulerTests : IAsyncLifetime
{
    private static readonly Instant Now = TestDatabase.Now;

    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(Now.ToDateTimeOffset());
    private readonly List<(string Recipient, string? Text)> delivered = [];
    private readonly Queue<Func<DeliveryResult>> script = new();
    private Outbox outbox = null!;

    public async Task InitializeAsync()
    {
        await database.MigrateAsync();
        outbox = new Outbox(database.Contexts, time.ToClock());
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private Instant Clock => time.GetUtcNow().ToInstant();

    [Fact]
    public async Task SweepAsync_TwoSweeps_SendEachDueKeyOnceAndMarkItSent()
    {
        PlannedReminder reminder = OutboxTests.Reminder(1, 0, Now - Duration.FromMinutes(1));
        await outbox.SyncItemAsync(1, [reminder], default);
        ReminderScheduler scheduler = Scheduler();

        await scheduler.SweepAsync(default);
        await scheduler.SweepAsync(default);

        delivered.Should().ContainSingle().Which.Should().Be(("anna@osby.se", $"Påminnelse {reminder.Key}"));
        OutboxEntry sent = (await outbox.FindAsync(reminder.Key, default))!;
        sent.State.Should().Be(OutboxState.Sent);
        sent.SentAt.Should().Be(Now);
        sent.ConversationId.Should().Be("a:anna");
        sent.ActivityId.Should().Be("activity-1");
    }

    [Fact]
    public async Task SweepAsync_NotYetDue_SendsAtItsTimeAndNotBefore()
    {
        await outbox.SyncItemAsync(1, [OutboxTests.Reminder(1, 0, Now + Duration.FromMinutes(30))], default);
        ReminderScheduler scheduler = Scheduler();

        await scheduler.SweepAsync(default);
        delivered.Should().BeEmpty();
        time.Advance(TimeSpan.FromMinutes(30));
        await scheduler.SweepAsync(default);

        delivered.Should().ContainSingle();
    }

    [Fact]
    public async Task SweepAsync_AfterARestartOnTheSameFile_DoesNotSendASentKeyAgain()
    {
        PlannedReminder reminder = OutboxTests.Reminder(1, 0, Now - Duration.FromMinutes(1));
        await outbox.SyncItemAsync(1, [reminder], default);
        await Scheduler().SweepAsync(default);

        await database.RestartAsync();
        outbox = new Outbox(database.Contexts, time.ToClock());
        await outbox.SyncItemAsync(1, [reminder], default);
        time.Advance(TimeSpan.FromDays(1));
        await Scheduler().SweepAsync(default);

        delivered.Should().ContainSingle();
    }

    [Fact]
    public async Task SweepAsync_EntryLeftSendingByACrash_IsSentOnceAfterTheLease()
    {
        PlannedReminder reminder = OutboxTests.Reminder(1, 0, Now - Duration.FromMinutes(1));
        await outbox.SyncItemAsync(1, [reminder], default);
        await outbox.ClaimDueAsync(Now, 10, default); // the crashed process claimed it and never marked it
        ReminderScheduler scheduler = Scheduler();

        await scheduler.SweepAsync(default);
        delivered.Should().BeEmpty("the claim may still be sending within its lease");
        time.Advance(Outbox.DefaultLease.ToTimeSpan());
        await scheduler.SweepAsync(default);
        time.Advance(Outbox.DefaultLease.ToTimeSpan());
        await scheduler.SweepAsync(default);

        delivered.Should().ContainSingle();
        (await outbox.FindAsync(reminder.Key, default))!.State.Should().Be(OutboxState.Sent);
    }

    [Fact]
    public async Task SweepAsync_RendererSaysNothingToSend_CancelsTheEntryWithoutSending()
    {
        PlannedReminder reminder = OutboxTests.Reminder(1, 0, Now - Duration.FromMinutes(1));
        await outbox.SyncItemAsync(1, [reminder], default);

        await Scheduler(new RecordingRenderer { NothingFor = reminder.Key }).SweepAsync(default);

        delivered.Should().BeEmpty();
        (await outbox.FindAsync(reminder.Key, default))!.State.Should().Be(OutboxState.Cancelled);
    }

    [Fact]
    public async Task SweepAsync_RetryLater_TriesAgainAtTheRetryTimeAndThenSends()
    {
        PlannedReminder reminder = OutboxTests.Reminder(1, 0, Now - Duration.FromMinutes(1));
        await outbox.SyncItemAsync(1, [reminder], default);
        script.Enqueue(() => new DeliveryResult(DeliveryStatus.RetryLater, null, null, Now + Duration.FromMinutes(10), "Teams bad oss vänta."));
        ReminderScheduler scheduler = Scheduler();

        await scheduler.SweepAsync(default);
        OutboxEntry waiting = (await outbox.FindAsync(reminder.Key, default))!;
        time.Advance(TimeSpan.FromMinutes(9));
        await scheduler.SweepAsync(default);
        int beforeRetryTime = delivered.Count;
        time.Advance(TimeSpan.FromMinutes(1));
        await scheduler.SweepAsync(default);

        waiting.State.Should().Be(OutboxState.Pending);
        waiting.NextAttemptAt.Should().Be(Now + Duration.FromMinutes(10));
        beforeRetryTime.Should().Be(1, "only the first, refused attempt");
        delivered.Should().HaveCount(2);
        (await outbox.FindAsync(reminder.Key, default))!.State.Should().Be(OutboxState.Sent);
    }

    [Fact]
    public async Task SweepAsync_RetryLaterEveryTime_GivesUpAfterTheMaximumAttemptsAndListsItAsFailed()
    {
        PlannedReminder reminder = OutboxTests.Reminder(1, 0, Now - Duration.FromMinutes(1));
        await outbox.SyncItemAsync(1, [reminder], default);
        for (int i = 0; i < 20; i++)
        {
            script.Enqueue(() => new DeliveryResult(DeliveryStatus.RetryLater, null, null, Clock + Duration.FromMinutes(1), "Tjänsten svarar inte."));
        }

        ReminderScheduler scheduler = Scheduler();
        for (int sweep = 0; sweep < 20; sweep++)
        {
            await scheduler.SweepAsync(default);
            time.Advance(TimeSpan.FromMinutes(1));
        }

        delivered.Should().HaveCount(Outbox.MaxAttempts);
        OutboxEntry failed = (await outbox.FindAsync(reminder.Key, default))!;
        failed.State.Should().Be(OutboxState.Failed);
        failed.Failure.Should().StartWith("Gav upp efter 8 försök").And.Contain("Tjänsten svarar inte.");
        (await outbox.FailedSinceAsync(Now, default)).Should().ContainSingle();
    }

    [Fact]
    public async Task SweepAsync_PermanentFailure_FailsOnceWithTheDeliveryReason()
    {
        PlannedReminder reminder = OutboxTests.Reminder(1, 0, Now - Duration.FromMinutes(1));
        await outbox.SyncItemAsync(1, [reminder], default);
        script.Enqueue(() => new DeliveryResult(DeliveryStatus.Failed, null, null, null, "Anna har blockerat appen."));
        ReminderScheduler scheduler = Scheduler();

        await scheduler.SweepAsync(default);
        time.Advance(TimeSpan.FromDays(1));
        await scheduler.SweepAsync(default);

        delivered.Should().ContainSingle();
        OutboxEntry failed = (await outbox.FindAsync(reminder.Key, default))!;
        failed.State.Should().Be(OutboxState.Failed);
        failed.Failure.Should().Be("Anna har blockerat appen.");
    }

    [Fact]
    public async Task SweepAsync_DeliveryThrows_DoesNotThrowAndTriesTheEntryAgainLater()
    {
        PlannedReminder reminder = OutboxTests.Reminder(1, 0, Now - Duration.FromMinutes(1));
        PlannedReminder other = OutboxTests.Reminder(2, 0, Now - Duration.FromMinutes(1));
        await outbox.SyncItemAsync(1, [reminder], default);
        await outbox.SyncItemAsync(2, [other], default);
        script.Enqueue(() => throw new HttpRequestException("boom"));
        ReminderScheduler scheduler = Scheduler();

        Func<Task> sweep = () => scheduler.SweepAsync(default);

        await sweep.Should().NotThrowAsync();
        (await outbox.FindAsync(reminder.Key, default))!.State.Should().Be(OutboxState.Pending);
        (await outbox.FindAsync(other.Key, default))!.State.Should().Be(OutboxState.Sent, "one failing entry does not stop the sweep");
        time.Advance(TimeSpan.FromHours(1));
        await scheduler.SweepAsync(default);
        (await outbox.FindAsync(reminder.Key, default))!.State.Should().Be(OutboxState.Sent);
    }

    [Fact]
    public async Task SweepAsync_TodaysDigests_AreQueuedAndSentOnceOverManySweeps()
    {
        var digest = new PlannedReminder("digest:chef@osby.se:2026-11-27", ReminderKind.ManagerDigest, null, "chef@osby.se", Now - Duration.FromHours(5), null, 0);
        ReminderScheduler scheduler = Scheduler(digests: day => day == new LocalDate(2026, 11, 27) ? [digest] : []);

        for (int sweep = 0; sweep < 5; sweep++)
        {
            await scheduler.SweepAsync(default);
            time.Advance(TimeSpan.FromMinutes(1));
        }

        delivered.Should().ContainSingle().Which.Recipient.Should().Be("chef@osby.se");
    }

    [Fact]
    public async Task SweepAsync_PlannerThrowsForDigests_StillSendsWhatIsDue()
    {
        await outbox.SyncItemAsync(1, [OutboxTests.Reminder(1, 0, Now - Duration.FromMinutes(1))], default);

        await Scheduler(digests: _ => throw new InvalidOperationException("directory unreadable")).SweepAsync(default);

        delivered.Should().ContainSingle();
    }

    private ReminderScheduler Scheduler(RecordingRenderer? renderer = null, Func<LocalDate, IReadOnlyList<PlannedReminder>>? digests = null) => new(
        outbox,
        digests ?? (_ => []),
        _ => null,
        renderer ?? new RecordingRenderer(),
        SendAsync,
        null,
        Options.Create(new ReminderOptions()),
        DateTimeZoneProviders.Tzdb["Europe/Stockholm"],
        time,
        time.ToClock(),
        NullLogger<ReminderScheduler>.Instance);

    private Task<DeliveryResult> SendAsync(string recipient, IMessageActivity message, CancellationToken cancellationToken)
    {
        delivered.Add((recipient, message.Text));
        return Task.FromResult(script.TryDequeue(out Func<DeliveryResult>? next)
            ? next()
            : new DeliveryResult(DeliveryStatus.Sent, "a:" + recipient.Split('@')[0], $"activity-{delivered.Count}", null, null));
    }

    /// <summary>Renders "Påminnelse {key}", or nothing for one key.</summary>
    private sealed class RecordingRenderer : IReminderRenderer
    {
        public string? NothingFor { get; init; }

        public Task<IMessageActivity?> RenderAsync(OutboxEntry entry, CancellationToken cancellationToken) =>
            Task.FromResult<IMessageActivity?>(entry.Reminder.Key == NothingFor ? null : MessageFactory.Text($"Påminnelse {entry.Reminder.Key}"));
    }
}
