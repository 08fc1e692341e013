using Microsoft.EntityFrameworkCore;
using Osby.Policy;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Storage;
using Osby.TeamsBot.Tests.Storage;

namespace Osby.TeamsBot.Tests.Items;

/// <summary>The ledger's queries for a unit's items (the digests and "mina ärenden"): what they return, and that the database
/// answers them through indexes, so their cost grows with the unit's items and not with everything stored.</summary>
public sealed partial class ItemLedgerTests
{
    [Fact]
    public async Task ClosedArrivedForAsync_ClosedItemsOfTheFirstReceiverOrTheResponsible_SinceTheStart_WithTheirOutcome()
    {
        TrackedItem inTime = await RegisterAsync();
        await RecordAppliedAsync(inTime.Id, new ItemChange(TrackedEventKind.Answered, At(20)), Kontaktcenter);
        await RecordAppliedAsync(inTime.Id, new ItemChange(TrackedEventKind.Closed, At(30)), Kontaktcenter);
        TrackedItem late = await RegisterAsync(Arrival(null) with { FirstArrival = Arrived - Duration.FromDays(7) });
        await RecordAppliedAsync(late.Id, new ItemChange(TrackedEventKind.Answered, At(20)), Kontaktcenter);
        await RecordAppliedAsync(late.Id, new ItemChange(TrackedEventKind.Closed, At(30)), Kontaktcenter);
        TrackedItem movedToBygglov = await RegisterAsync();
        await RecordAppliedAsync(movedToBygglov.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter);
        await RecordAppliedAsync(movedToBygglov.Id, Confirmed("bygglov@osby.se", 20), Bygglov);
        await RecordAppliedAsync(movedToBygglov.Id, new ItemChange(TrackedEventKind.Closed, At(30)), Bygglov);
        await RegisterAsync();
        TrackedItem closedLongAgo = await RegisterAsync(Arrival(null) with { FirstArrival = Arrived - Duration.FromDays(70) });
        await RecordAppliedAsync(closedLongAgo.Id, new ItemChange(TrackedEventKind.Closed, At(30)), Kontaktcenter);
        Instant from = Arrived - Duration.FromDays(60);

        IReadOnlyList<ItemOutcome> kommun = await ledger.ClosedArrivedForAsync(["KOMMUN@osby.se"], from, default);
        IReadOnlyList<ItemOutcome> bygglov = await ledger.ClosedArrivedForAsync(["bygglov@osby.se", " "], from, default);

        kommun.Should().BeEquivalentTo(
            [
                new ItemOutcome(inTime.Id, Arrived, FirstResponseOutcome.InTime),
                new ItemOutcome(late.Id, Arrived - Duration.FromDays(7), FirstResponseOutcome.Late),
                new ItemOutcome(movedToBygglov.Id, Arrived, FirstResponseOutcome.NotCounted),
            ],
            "kommun@osby.se received all three first; not the open one, not the one from 70 days ago; closed without an answer is not counted");
        bygglov.Select(i => i.Id).Should().Equal([movedToBygglov.Id], "bygglov@osby.se was responsible when it was closed");
        (await ledger.ClosedArrivedForAsync(["miljo@osby.se"], from, default)).Should().BeEmpty();
        (await ledger.ClosedArrivedForAsync([], from, default)).Should().BeEmpty();
    }

    [Fact]
    public async Task ClosedArrivedForAsync_ItemClosedBeforeOutcomesWereStored_IsReplayedForItsOutcome()
    {
        TrackedItem answered = await RegisterAsync();
        await RecordAppliedAsync(answered.Id, new ItemChange(TrackedEventKind.Answered, At(20)), Kontaktcenter);
        await RecordAppliedAsync(answered.Id, new ItemChange(TrackedEventKind.Closed, At(30)), Kontaktcenter);
        await using (OsbyDbContext context = database.OpenContext())
        {
            // As the FirstResponseOutcomes migration leaves an item closed before it.
            (await context.Items.Where(i => i.Id == answered.Id).ExecuteUpdateAsync(u => u.SetProperty(i => i.FirstResponse, FirstResponseOutcome.Unknown)))
                .Should().Be(1);
        }

        IReadOnlyList<ItemOutcome> kommun = await ledger.ClosedArrivedForAsync(["kommun@osby.se"], Arrived - Duration.FromDays(60), default);

        kommun.Should().Equal(new ItemOutcome(answered.Id, Arrived, FirstResponseOutcome.InTime));
    }

    [Fact]
    public async Task RecordAsync_Close_StoresTheFirstResponseOutcome_AndAnOpenItemHasNone()
    {
        TrackedItem open = await RegisterAsync();
        TrackedItem closed = await RegisterAsync();
        await RecordAppliedAsync(closed.Id, new ItemChange(TrackedEventKind.Answered, At(20)), Kontaktcenter);
        await RecordAppliedAsync(closed.Id, new ItemChange(TrackedEventKind.Closed, At(30)), Kontaktcenter);

        await using OsbyDbContext context = database.OpenContext();
        Dictionary<long, FirstResponseOutcome> stored = await context.Items.ToDictionaryAsync(i => i.Id, i => i.FirstResponse);

        stored[open.Id].Should().Be(FirstResponseOutcome.Unknown);
        stored[closed.Id].Should().Be(FirstResponseOutcome.InTime, "answered 20 minutes after it arrived (DL-1)");
    }

    [Fact]
    public async Task OpenItemsQuery_SeeksTheOpenItemIndexByParty_AndReadsNoOtherItem()
    {
        await using OsbyDbContext context = database.OpenContext();

        List<string> plan = await QueryPlan.OfAsync(context, ItemLedger.OpenItemsQuery(context, ["kommun@osby.se", "bygglov@osby.se"]));

        plan.Should().Contain(step => step.Contains("SEARCH", StringComparison.Ordinal) && step.Contains("IX_ItemParties_Party", StringComparison.Ordinal));
        plan.Should().Contain(step => step.Contains("SEARCH", StringComparison.Ordinal) && step.Contains("PRIMARY KEY", StringComparison.Ordinal));
        plan.Should().NotContain(step => step.Contains("SCAN", StringComparison.Ordinal), "a unit's open items must not cost a read of every open item");
    }

    [Fact]
    public async Task ClosedOutcomesQuery_IsAnsweredFromTheFirstReceiverAndResponsibleIndexesAlone()
    {
        await using OsbyDbContext context = database.OpenContext();
        List<string> plan = await QueryPlan.OfAsync(context, ItemLedger.ClosedOutcomesQuery(context, ["kommun@osby.se"], Arrived - Duration.FromDays(60)));

        plan.Should().Contain(step => step.Contains("COVERING INDEX IX_Items_Mailbox_FirstArrival_IsClosed_FirstResponse (Mailbox=? AND FirstArrival>?)", StringComparison.Ordinal));
        plan.Should().Contain(step => step.Contains("COVERING INDEX IX_Items_Responsible_FirstArrival_IsClosed_FirstResponse (Responsible=? AND FirstArrival>?)", StringComparison.Ordinal));
        plan.Should().NotContain(step => step.Contains("SCAN", StringComparison.Ordinal), "a digest must not read every closed item");
    }

    [Fact]
    public async Task EntriesQuery_SeeksTheEntriesIndexOncePerItem()
    {
        await using OsbyDbContext context = database.OpenContext();

        List<string> plan = await QueryPlan.OfAsync(context, ItemLedger.EntriesQuery(context, ItemLedger.OpenItemsQuery(context, ["kommun@osby.se"])));

        plan.Should().Contain(step => step.Contains("SEARCH", StringComparison.Ordinal) && step.Contains("IX_ItemEntries_ItemId_Sequence (ItemId=?)", StringComparison.Ordinal));
        plan.Should().NotContain(step => step.Contains("SCAN", StringComparison.Ordinal), "only the items' own entries are read");
    }
}
