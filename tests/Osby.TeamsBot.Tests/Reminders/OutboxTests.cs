using Microsoft.EntityFrameworkCore;
using Osby.TeamsBot.Reminders;
using Osby.TeamsBot.Storage;
using Osby.TeamsBot.Tests.Storage;

namespace Osby.TeamsBot.Tests.Reminders;

/// <summary>The outbox on a real SQLite file: what a plan does to stored entries, claiming, leases and restarts.</summary>
public sealed class OutboxTests : IAsyncLifetime
{
    private static readonly Instant Now = TestDatabase.Now;

    private readonly TestDatabase database = new();
    private Outbox outbox = null!;

    public async Task InitializeAsync()
    {
        await database.MigrateAsync();
        outbox = new Outbox(database.Contexts, database.Clock);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    internal static PlannedReminder Reminder(long item, int step, Instant due, string recipient = "anna@osby.se", ReminderKind kind = ReminderKind.ResponseDueSoon) =>
        new($"item:{item}:{kind}:{step}:{recipient}", kind, item, recipient, due, due + Duration.FromDays(1), step);

    [Fact]
    public async Task SyncItemAsync_NewPlan_AddsPendingEntriesDueAtTheirTime()
    {
        PlannedReminder soon = Reminder(1, 0, Now + Duration.FromHours(2));
        PlannedReminder later = Reminder(1, 1, Now + Duration.FromDays(3), kind: ReminderKind.ResponseOverdue);

        await outbox.SyncItemAsync(1, [soon, later], default);

        OutboxEntry? stored = await outbox.FindAsync(soon.Key, default);
        stored.Should().NotBeNull();
        stored!.Reminder.Should().Be(soon);
        stored.State.Should().Be(OutboxState.Pending);
        stored.NextAttemptAt.Should().Be(Now + Duration.FromHours(2));
        (await outbox.FindAsync(later.Key, default))!.State.Should().Be(OutboxState.Pending);
    }

    [Fact]
    public async Task SyncItemAsync_DueTimeMoved_MovesThePendingEntry()
    {
        PlannedReminder first = Reminder(1, 0, Now + Duration.FromHours(2));
        await outbox.SyncItemAsync(1, [first], default);

        await outbox.SyncItemAsync(1, [first with { DueAt = Now + Duration.FromHours(5) }], default);

        OutboxEntry moved = (await outbox.FindAsync(first.Key, default))!;
        moved.State.Should().Be(OutboxState.Pending);
        moved.Reminder.DueAt.Should().Be(Now + Duration.FromHours(5));
        moved.NextAttemptAt.Should().Be(Now + Duration.FromHours(5));
    }

    [Fact]
    public async Task SyncItemAsync_KeyNoLongerPlanned_CancelsThePendingEntryAndKeepsTheOthers()
    {
        PlannedReminder kept = Reminder(1, 0, Now + Duration.FromHours(2));
        PlannedReminder dropped = Reminder(1, 1, Now + Duration.FromHours(4));
        PlannedReminder otherItem = Reminder(2, 0, Now + Duration.FromHours(4));
        await outbox.SyncItemAsync(1, [kept, dropped], default);
        await outbox.SyncItemAsync(2, [otherItem], default);

        await outbox.SyncItemAsync(1, [kept], default);

        (await outbox.FindAsync(kept.Key, default))!.State.Should().Be(OutboxState.Pending);
        OutboxEntry cancelled = (await outbox.FindAsync(dropped.Key, default))!;
        cancelled.State.Should().Be(OutboxState.Cancelled);
        cancelled.Failure.Should().NotBeNullOrWhiteSpace();
        (await outbox.FindAsync(otherItem.Key, default))!.State.Should().Be(OutboxState.Pending);
        (await outbox.ClaimDueAsync(Now + Duration.FromDays(1), 10, default)).Select(e => e.Reminder.Key)
            .Should().BeEquivalentTo([kept.Key, otherItem.Key]);
    }

    [Fact]
    public async Task SyncItemAsync_SentAndSendingEntries_AreNeverTouched()
    {
        PlannedReminder sent = Reminder(1, 0, Now - Duration.FromHours(2));
        PlannedReminder sending = Reminder(1, 1, Now - Duration.FromHours(1));
        await outbox.SyncItemAsync(1, [sent, sending], default);
        await outbox.ClaimDueAsync(Now, 10, default);
        await outbox.MarkSentAsync(sent.Key, Now, "a:conversation", "activity-1", default);

        await outbox.SyncItemAsync(1, [], default);
        await outbox.SyncItemAsync(1, [sent with { DueAt = Now + Duration.FromDays(1) }], default);

        OutboxEntry stillSent = (await outbox.FindAsync(sent.Key, default))!;
        stillSent.State.Should().Be(OutboxState.Sent);
        stillSent.Reminder.DueAt.Should().Be(Now - Duration.FromHours(2));
        stillSent.SentAt.Should().Be(Now);
        stillSent.ConversationId.Should().Be("a:conversation");
        stillSent.ActivityId.Should().Be("activity-1");
        (await outbox.FindAsync(sending.Key, default))!.State.Should().Be(OutboxState.Sending);
    }

    [Fact]
    public async Task SyncItemAsync_CancelledKeyPlannedAgain_IsPendingAgain()
    {
        PlannedReminder reminder = Reminder(1, 0, Now + Duration.FromHours(2));
        await outbox.SyncItemAsync(1, [reminder], default);
        await outbox.SyncItemAsync(1, [], default);

        await outbox.SyncItemAsync(1, [reminder], default);

        OutboxEntry entry = (await outbox.FindAsync(reminder.Key, default))!;
        entry.State.Should().Be(OutboxState.Pending);
        entry.Failure.Should().BeNull();
    }

    [Fact]
    public async Task SyncItemAsync_ReminderOfAnotherItem_IsRefusedAndStoresNothing()
    {
        Func<Task> sync = () => outbox.SyncItemAsync(1, [Reminder(1, 0, Now), Reminder(2, 0, Now)], default);

        await sync.Should().ThrowAsync<ArgumentException>().WithMessage("*not about item 1*");
        (await outbox.FindAsync(Reminder(1, 0, Now).Key, default)).Should().BeNull();
    }

    [Fact]
    public async Task EnqueueAsync_SameKeyTwice_StoresItOnce()
    {
        var digest = new PlannedReminder("digest:chef@osby.se:2026-11-30", ReminderKind.ManagerDigest, null, "chef@osby.se", Now, null, 0);

        bool first = await outbox.EnqueueAsync(digest, default);
        bool second = await outbox.EnqueueAsync(digest with { DueAt = Now + Duration.FromHours(1) }, default);

        first.Should().BeTrue();
        second.Should().BeFalse();
        (await outbox.FindAsync(digest.Key, default))!.Reminder.DueAt.Should().Be(Now);
        (await outbox.ClaimDueAsync(Now, 10, default)).Should().ContainSingle();
    }

    [Fact]
    public async Task ClaimDueAsync_SomeDue_ClaimsOnlyDueEntriesOldestFirstUpToMax()
    {
        await outbox.SyncItemAsync(1, [Reminder(1, 0, Now - Duration.FromMinutes(1)), Reminder(1, 1, Now + Duration.FromMinutes(1))], default);
        await outbox.SyncItemAsync(2, [Reminder(2, 0, Now - Duration.FromHours(3))], default);
        await outbox.SyncItemAsync(3, [Reminder(3, 0, Now - Duration.FromHours(2))], default);

        IReadOnlyList<OutboxEntry> claimed = await outbox.ClaimDueAsync(Now, 2, default);

        claimed.Select(e => e.Reminder.ItemId).Should().Equal(2L, 3L);
        claimed.Should().OnlyContain(e => e.State == OutboxState.Sending && e.Attempts == 1);
        (await outbox.ClaimDueAsync(Now, 10, default)).Select(e => e.Reminder.ItemId).Should().Equal(1L);
        (await outbox.ClaimDueAsync(Now, 10, default)).Should().BeEmpty("what is claimed is not handed out again, and item 1's step 1 is not due");
    }

    [Fact]
    public async Task ClaimDueAsync_ConcurrentClaims_NeverHandOutAnEntryTwice()
    {
        for (long item = 1; item <= 40; item++)
        {
            await outbox.SyncItemAsync(item, [Reminder(item, 0, Now - Duration.FromMinutes(item))], default);
        }

        IReadOnlyList<OutboxEntry>[] claims = await Task.WhenAll(
            Enumerable.Range(0, 4).Select(_ => Task.Run(() => outbox.ClaimDueAsync(Now, 15, default))));

        List<string> keys = [.. claims.SelectMany(c => c).Select(e => e.Reminder.Key)];
        keys.Should().OnlyHaveUniqueItems().And.HaveCount(40);
    }

    [Fact]
    public async Task ClaimDueAsync_DueQuery_SeeksTheStateAndNextAttemptIndex()
    {
        await using OsbyDbContext context = database.OpenContext();
        List<string> plan = await QueryPlan.OfAsync(context, Outbox.DueQuery(context, Now).Take(1000));

        plan.Should().ContainSingle(step => step.Contains("SEARCH", StringComparison.Ordinal)
            && step.Contains("IX_Outbox_State_NextAttemptAt", StringComparison.Ordinal)
            && step.Contains("State=?", StringComparison.Ordinal)
            && step.Contains("NextAttemptAt<?", StringComparison.Ordinal));
        plan.Should().NotContain(step => step.Contains("SCAN", StringComparison.Ordinal), "a sweep must not read what is stored but not due");
        plan.Should().NotContain(step => step.Contains("TEMP B-TREE", StringComparison.Ordinal), "the index gives the order");
    }

    [Fact]
    public async Task ClaimDueAsync_SendingEntryWithinTheLease_IsNotClaimedAgain_AfterTheLeaseItIs()
    {
        PlannedReminder reminder = Reminder(1, 0, Now - Duration.FromMinutes(1));
        await outbox.SyncItemAsync(1, [reminder], default);
        await outbox.ClaimDueAsync(Now, 10, default);

        IReadOnlyList<OutboxEntry> withinLease = await outbox.ClaimDueAsync(Now + Outbox.DefaultLease - Duration.FromSeconds(1), 10, default);
        IReadOnlyList<OutboxEntry> afterLease = await outbox.ClaimDueAsync(Now + Outbox.DefaultLease, 10, default);

        withinLease.Should().BeEmpty();
        afterLease.Should().ContainSingle().Which.Should().Match<OutboxEntry>(e => e.Reminder.Key == reminder.Key && e.Attempts == 2);
    }

    [Fact]
    public async Task ClaimDueAsync_StaleEntryOutOfAttempts_FailsInsteadOfBeingClaimed()
    {
        PlannedReminder reminder = Reminder(1, 0, Now - Duration.FromMinutes(1));
        await outbox.SyncItemAsync(1, [reminder], default);
        Instant at = Now;
        for (int attempt = 1; attempt <= Outbox.MaxAttempts; attempt++)
        {
            (await outbox.ClaimDueAsync(at, 10, default)).Should().ContainSingle();
            at += Outbox.DefaultLease;
        }

        (await outbox.ClaimDueAsync(at, 10, default)).Should().BeEmpty();

        OutboxEntry failed = (await outbox.FindAsync(reminder.Key, default))!;
        failed.State.Should().Be(OutboxState.Failed);
        failed.Failure.Should().Contain("Gav upp efter 8 försök");
        (await outbox.FailedSinceAsync(Now, default)).Should().ContainSingle().Which.Reminder.Key.Should().Be(reminder.Key);
    }

    [Fact]
    public async Task MarkSentAsync_ThenARestart_TheEntryIsNeverClaimedAgain()
    {
        PlannedReminder reminder = Reminder(1, 0, Now - Duration.FromMinutes(1));
        await outbox.SyncItemAsync(1, [reminder], default);
        await outbox.ClaimDueAsync(Now, 10, default);
        await outbox.MarkSentAsync(reminder.Key, Now, "a:conversation", "activity-1", default);

        await database.RestartAsync();
        var restarted = new Outbox(database.Contexts, database.Clock);

        (await restarted.ClaimDueAsync(Now + Duration.FromDays(30), 10, default)).Should().BeEmpty();
        (await restarted.FindAsync(reminder.Key, default))!.State.Should().Be(OutboxState.Sent);
    }

    [Fact]
    public async Task RescheduleAsync_ClaimedEntry_IsPendingAgainAtTheNewTime()
    {
        PlannedReminder reminder = Reminder(1, 0, Now - Duration.FromMinutes(1));
        await outbox.SyncItemAsync(1, [reminder], default);
        await outbox.ClaimDueAsync(Now, 10, default);

        await outbox.RescheduleAsync(reminder.Key, Now + Duration.FromMinutes(10), "429", default);

        (await outbox.ClaimDueAsync(Now + Duration.FromMinutes(9), 10, default)).Should().BeEmpty();
        (await outbox.ClaimDueAsync(Now + Duration.FromMinutes(10), 10, default)).Should().ContainSingle()
            .Which.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task RescheduleAsync_SentEntry_IsSentAgainAtTheSnoozeTimeWithItsAttemptsStartingOver()
    {
        PlannedReminder reminder = Reminder(1, 0, Now - Duration.FromMinutes(1));
        await outbox.SyncItemAsync(1, [reminder], default);
        await outbox.ClaimDueAsync(Now, 10, default);
        await outbox.MarkSentAsync(reminder.Key, Now, "a:conversation", "activity-1", default);

        await outbox.RescheduleAsync(reminder.Key, Now + Duration.FromHours(1), "Påminn om 1 timme", default);

        (await outbox.ClaimDueAsync(Now + Duration.FromHours(1), 10, default)).Should().ContainSingle()
            .Which.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task CloseAsync_SentEntry_StaysSent()
    {
        PlannedReminder reminder = Reminder(1, 0, Now - Duration.FromMinutes(1));
        await outbox.SyncItemAsync(1, [reminder], default);
        await outbox.ClaimDueAsync(Now, 10, default);
        await outbox.MarkSentAsync(reminder.Key, Now, "a:conversation", null, default);

        await outbox.CloseAsync(reminder.Key, OutboxState.Cancelled, "Behövs inte", Now, default);

        (await outbox.FindAsync(reminder.Key, default))!.State.Should().Be(OutboxState.Sent);
    }

    [Fact]
    public async Task CloseAsync_StateNotClosing_IsRefused()
    {
        Func<Task> close = () => outbox.CloseAsync("x", OutboxState.Sent, "nej", Now, default);

        await close.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task FailedSinceAsync_FailedAndOtherEntries_ReturnsOnlyFailedSinceTheTimeNewestFirst()
    {
        await outbox.SyncItemAsync(1, [Reminder(1, 0, Now)], default);
        await outbox.SyncItemAsync(2, [Reminder(2, 0, Now)], default);
        await outbox.SyncItemAsync(3, [Reminder(3, 0, Now)], default);
        await outbox.SyncItemAsync(4, [Reminder(4, 0, Now)], default);
        await outbox.ClaimDueAsync(Now, 10, default);
        await outbox.CloseAsync(Reminder(1, 0, Now).Key, OutboxState.Failed, "Appen är blockerad.", Now - Duration.FromDays(2), default);
        await outbox.CloseAsync(Reminder(2, 0, Now).Key, OutboxState.Failed, "Samtalet finns inte.", Now, default);
        await outbox.CloseAsync(Reminder(3, 0, Now).Key, OutboxState.Failed, "Ingen att nå.", Now + Duration.FromHours(1), default);
        await outbox.CloseAsync(Reminder(4, 0, Now).Key, OutboxState.Cancelled, "Behövs inte.", Now, default);

        IReadOnlyList<OutboxEntry> failed = await outbox.FailedSinceAsync(Now - Duration.FromDays(1), default);

        failed.Select(e => e.Reminder.ItemId).Should().Equal(3L, 2L);
        failed[0].Failure.Should().Be("Ingen att nå.");
    }
}
