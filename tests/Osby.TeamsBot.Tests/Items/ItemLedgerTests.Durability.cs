using Microsoft.EntityFrameworkCore;
using Osby.Policy.Routing;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Tests.Storage;

namespace Osby.TeamsBot.Tests.Items;

/// <summary>Concurrent requests and restarts: nothing lost, nothing duplicated.</summary>
public sealed partial class ItemLedgerTests
{
    private const int Concurrent = 20;

    [Fact]
    public async Task RegisterAsync_TwentyConcurrentWithTheSameExternalId_StoresExactlyOneItem()
    {
        ItemChangeResult[] results = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(i => Task.Run(() =>
            ledger.RegisterAsync(Arrival("<samtidigt@example.se>") with { Subject = $"Försök {i}" }, Kontaktcenter, default))));

        results.Should().OnlyContain(r => r.Succeeded);
        results.Count(r => r.Status == ChangeStatus.Applied).Should().Be(1);
        results.Select(r => r.Item!.Id).Distinct().Should().ContainSingle();
        string firstSubject = results.Single(r => r.Status == ChangeStatus.Applied).Item!.Arrival.Subject!;
        results.Should().OnlyContain(r => r.Item!.Arrival.Subject == firstSubject, "the first registration stands");
        await using var context = database.OpenContext();
        (await context.Items.CountAsync()).Should().Be(1);
        (await context.ItemEntries.CountAsync()).Should().Be(1);
        (await context.Audit.CountAsync()).Should().Be(1);
    }

    [Fact]
    public async Task RecordAsync_TwentyConcurrentDifferentChanges_AreAllStoredWithSequencesWithoutGaps()
    {
        TrackedItem item = await RegisterAsync();

        ItemChangeResult[] results = await Task.WhenAll(Enumerable.Range(1, Concurrent).Select(i => Task.Run(() =>
            ledger.RecordAsync(
                item.Id,
                i % 2 == 0
                    ? new ItemChange(TrackedEventKind.PromiseRenewed, At(i), PromisedBy: At(1000 + i))
                    : new ItemChange(TrackedEventKind.SefosActivity, At(i)),
                Kontaktcenter,
                default))));

        results.Should().OnlyContain(r => r.Status == ChangeStatus.Applied);
        TrackedItem stored = (await ledger.FindAsync(item.Id, default))!;
        stored.Entries.Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, Concurrent + 1));
        stored.Entries.Skip(1).Select(e => e.At).Should().BeEquivalentTo(Enumerable.Range(1, Concurrent).Select(At));
        stored.Version.Should().Be(Concurrent + 1);
        results.Select(r => r.Item!.Version).Should().BeEquivalentTo(Enumerable.Range(2, Concurrent), "each change saw the one before it");
        (await ledger.AuditAsync(item.Id, default)).Should().HaveCount(Concurrent + 1);
    }

    [Fact]
    public async Task RecordAsync_TwentyConcurrentConfirmsOfOneForward_StoreOneAnswer()
    {
        TrackedItem item = await RegisterAsync();
        await RecordAppliedAsync(item.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter);

        ItemChangeResult[] results = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(i => Task.Run(() =>
            ledger.RecordAsync(item.Id, Confirmed("bygglov@osby.se", 20 + i), Bygglov, default))));

        results.Count(r => r.Status == ChangeStatus.Applied).Should().Be(1);
        results.Count(r => r.Status == ChangeStatus.AlreadyRecorded).Should().Be(Concurrent - 1);
        (await ledger.FindAsync(item.Id, default))!.Entries.Count(e => e.Kind == TrackedEventKind.ForwardConfirmed).Should().Be(1);
    }

    [Fact]
    public async Task Restart_KeepsItemsChainAndAudit()
    {
        TrackedItem item = await RegisterAsync(Arrival("<omstart@example.se>"));
        await RecordAppliedAsync(item.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter);
        await RecordAppliedAsync(item.Id, Declined("bygglov@osby.se", 20, "Gäller buller", "miljo@osby.se"), Bygglov);
        await RecordAppliedAsync(item.Id, Forwarded("miljo@osby.se", 30), Kontaktcenter);
        await RecordAppliedAsync(item.Id, Confirmed("miljo@osby.se", 40), Actor.Person("miljo@osby.se", "Miljö"));
        await RecordAppliedAsync(item.Id, new ItemChange(TrackedEventKind.Acknowledged, At(50), PromisedBy: At(3000)), Actor.Person("miljo@osby.se", "Miljö"));
        TrackedItem before = (await ledger.FindAsync(item.Id, default))!;
        IReadOnlyList<AuditEntry> auditBefore = await ledger.AuditAsync(item.Id, default);

        ItemLedger restarted = await database.RestartAsync();

        TrackedItem after = (await restarted.FindAsync(item.Id, default))!;
        after.Arrival.Should().Be(before.Arrival);
        after.Entries.Should().Equal(before.Entries);
        after.Version.Should().Be(6);
        after.Responsible.Should().Be("miljo@osby.se");
        after.Chain.Recipients.Should().Equal("kommun@osby.se", "bygglov@osby.se", "miljo@osby.se");
        after.Chain.Hops.Select(h => (h.From, h.To, h.At, h.Outcome, h.AnsweredAt, h.Reason, h.SuggestedRecipient)).Should().Equal(
            ("anna.andersson@example.se", "kommun@osby.se", Arrived, HopOutcome.Handling, (Instant?)Arrived, (string?)null, (string?)null),
            ("kommun@osby.se", "bygglov@osby.se", At(10), HopOutcome.WrongRecipient, At(20), "Gäller buller", "miljo@osby.se"),
            ("kommun@osby.se", "miljo@osby.se", At(30), HopOutcome.Handling, At(40), null, null));
        after.History.Events.Should().HaveCount(before.History.Events.Count);
        (await restarted.AuditAsync(item.Id, default)).Should().Equal(auditBefore);
        auditBefore.Select(a => (a.Action, a.ActorId)).Should().Equal(
            ("Registered", "kontaktcenter@osby.se"),
            ("Forwarded", "kontaktcenter@osby.se"),
            ("ForwardDeclined", "bygglov@osby.se"),
            ("Forwarded", "kontaktcenter@osby.se"),
            ("ForwardConfirmed", "miljo@osby.se"),
            ("Acknowledged", "miljo@osby.se"));
        (await restarted.OpenItemsForAsync(["miljo@osby.se"], default)).Should().ContainSingle().Which.Id.Should().Be(item.Id);
        (await restarted.RegisterAsync(Arrival("<omstart@example.se>"), Api, default)).Status.Should().Be(ChangeStatus.AlreadyRecorded);
    }
}
