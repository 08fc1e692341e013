using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Osby.Policy;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Storage;

namespace Osby.TeamsBot.Tests.Items;

/// <summary>The ledger's queries for a unit's items (the digests and "mina ärenden"): what they return, and that the database
/// answers them through indexes, so their cost grows with the unit's items and not with everything stored.</summary>
public sealed partial class ItemLedgerTests
{
    [Fact]
    public async Task ClosedArrivedForAsync_ClosedItemsOfTheFirstReceiverOrTheResponsible_SinceTheStart_WithTheirEntries()
    {
        TrackedItem atKommun = await RegisterAsync();
        await RecordAppliedAsync(atKommun.Id, new ItemChange(TrackedEventKind.Answered, At(20)), Kontaktcenter);
        await RecordAppliedAsync(atKommun.Id, new ItemChange(TrackedEventKind.Closed, At(30)), Kontaktcenter);
        TrackedItem movedToBygglov = await RegisterAsync();
        await RecordAppliedAsync(movedToBygglov.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter);
        await RecordAppliedAsync(movedToBygglov.Id, Confirmed("bygglov@osby.se", 20), Bygglov);
        await RecordAppliedAsync(movedToBygglov.Id, new ItemChange(TrackedEventKind.Closed, At(30)), Bygglov);
        TrackedItem stillOpen = await RegisterAsync();
        TrackedItem closedLongAgo = await RegisterAsync(Arrival(null) with { FirstArrival = Arrived - Duration.FromDays(70) });
        await RecordAppliedAsync(closedLongAgo.Id, new ItemChange(TrackedEventKind.Closed, At(30)), Kontaktcenter);
        Instant from = Arrived - Duration.FromDays(60);

        IReadOnlyList<TrackedItem> kommun = await ledger.ClosedArrivedForAsync(["KOMMUN@osby.se"], from, default);
        IReadOnlyList<TrackedItem> bygglov = await ledger.ClosedArrivedForAsync(["bygglov@osby.se", " "], from, default);

        kommun.Select(i => i.Id).Should().BeEquivalentTo([atKommun.Id, movedToBygglov.Id], "kommun@osby.se received both first; not the open one, not the one from 70 days ago");
        bygglov.Select(i => i.Id).Should().Equal([movedToBygglov.Id], "bygglov@osby.se was responsible when it was closed");
        TrackedItem loaded = kommun.Single(i => i.Id == atKommun.Id);
        loaded.Entries.Select(e => e.Kind).Should().Equal(TrackedEventKind.Arrived, TrackedEventKind.Answered, TrackedEventKind.Closed);
        loaded.IsClosed.Should().BeTrue();
        bygglov.Single().Chain.Hops.Should().HaveCount(2, "the forward is replayed from the loaded entries");
        (await ledger.ClosedArrivedForAsync(["miljo@osby.se"], from, default)).Should().BeEmpty();
        (await ledger.ClosedArrivedForAsync([], from, default)).Should().BeEmpty();
        stillOpen.IsClosed.Should().BeFalse();
    }

    [Fact]
    public async Task OpenItemsQuery_SeeksTheOpenItemIndexByParty_AndReadsNoOtherItem()
    {
        await using OsbyDbContext context = database.OpenContext();

        List<string> plan = await PlanAsync(context, ItemLedger.OpenItemsQuery(context, ["kommun@osby.se", "bygglov@osby.se"]));

        plan.Should().Contain(step => step.Contains("SEARCH", StringComparison.Ordinal) && step.Contains("IX_ItemParties_Party", StringComparison.Ordinal));
        plan.Should().Contain(step => step.Contains("SEARCH", StringComparison.Ordinal) && step.Contains("PRIMARY KEY", StringComparison.Ordinal));
        plan.Should().NotContain(step => step.Contains("SCAN", StringComparison.Ordinal), "a unit's open items must not cost a read of every open item");
    }

    [Fact]
    public async Task ClosedArrivedQuery_SeeksBothTheFirstReceiverAndTheResponsibleIndex_AndItsEntriesTheirs()
    {
        await using OsbyDbContext context = database.OpenContext();
        IQueryable<ItemRow> closed = ItemLedger.ClosedArrivedQuery(context, ["kommun@osby.se"], Arrived - Duration.FromDays(60));

        List<string> items = await PlanAsync(context, closed);
        List<string> entries = await PlanAsync(context, ItemLedger.EntriesQuery(context, closed));

        items.Should().Contain(step => step.Contains("IX_Items_Mailbox_FirstArrival (Mailbox=? AND FirstArrival>?)", StringComparison.Ordinal));
        items.Should().Contain(step => step.Contains("IX_Items_Responsible_FirstArrival (Responsible=? AND FirstArrival>?)", StringComparison.Ordinal));
        entries.Should().Contain(step => step.Contains("SEARCH", StringComparison.Ordinal) && step.Contains("IX_ItemEntries_ItemId_Sequence (ItemId=?)", StringComparison.Ordinal));
        items.Concat(entries).Should().NotContain(step => step.Contains("SCAN", StringComparison.Ordinal), "a digest must not read every closed item or entry");
    }

    /// <summary>SQLite's plan for a query: one line per step, e.g. "SEARCH i USING INDEX … (Party=?)".</summary>
    private static async Task<List<string>> PlanAsync<T>(OsbyDbContext context, IQueryable<T> query)
    {
        DbCommand command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await context.Database.OpenConnectionAsync();
        List<string> plan = [];
        await using (DbDataReader reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        return plan;
    }
}
