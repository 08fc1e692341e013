using Osby.TeamsBot.Items;
using Osby.TeamsBot.Tests.Storage;

namespace Osby.TeamsBot.Tests.Items;

/// <summary>Events that are not forwards: promises (DL-3), answers, diarienummer, closing; validation and replays.</summary>
public sealed partial class ItemLedgerTests
{
    [Fact]
    public async Task RecordAsync_UnknownItem_IsNotFound()
    {
        ItemChangeResult result = await ledger.RecordAsync(4711, new ItemChange(TrackedEventKind.Answered, At(10)), Kontaktcenter, default);

        result.Status.Should().Be(ChangeStatus.NotFound);
        result.Item.Should().BeNull();
        result.Swedish.Should().Contain("4711");
    }

    [Fact]
    public async Task RecordAsync_PromiseAnswerDiarienummerAndClose_AreStoredInOrderWithTheirFields()
    {
        TrackedItem item = await RegisterAsync();
        Instant promised = At(60 * 24 * 3);

        await RecordAppliedAsync(item.Id, new ItemChange(TrackedEventKind.Acknowledged, At(30), PromisedBy: promised), Kontaktcenter);
        await RecordAppliedAsync(item.Id, new ItemChange(TrackedEventKind.Registered, At(40), Note: " KS 2026/123 "), Kontaktcenter);
        await RecordAppliedAsync(item.Id, new ItemChange(TrackedEventKind.Answered, At(50)), Kontaktcenter);
        ItemChangeResult closed = await RecordAppliedAsync(item.Id, new ItemChange(TrackedEventKind.Closed, At(60)), Kontaktcenter);

        TrackedItem stored = (await ledger.FindAsync(item.Id, default))!;
        stored.Entries.Select(e => (e.Sequence, e.Kind, e.At)).Should().Equal(
            (1, TrackedEventKind.Arrived, Arrived),
            (2, TrackedEventKind.Acknowledged, At(30)),
            (3, TrackedEventKind.Registered, At(40)),
            (4, TrackedEventKind.Answered, At(50)),
            (5, TrackedEventKind.Closed, At(60)));
        stored.Entries[1].PromisedBy.Should().Be(promised);
        stored.Entries[2].Note.Should().Be("KS 2026/123");
        stored.IsClosed.Should().BeTrue();
        closed.Item!.IsClosed.Should().BeTrue();
        (await ledger.AuditAsync(item.Id, default)).Select(a => a.Action).Should().Equal(
            "Registered", "Acknowledged", "Diarised", "Answered", "Closed");
        (await ledger.AuditAsync(item.Id, default))[2].Details.Should().Contain("note=KS 2026/123");
    }

    [Fact]
    public async Task RecordAsync_ReplayedEvent_IsAlreadyRecorded_ButTheSameKindWithOtherDetailsIsStored()
    {
        TrackedItem item = await RegisterAsync();
        var acknowledged = new ItemChange(TrackedEventKind.Acknowledged, At(30), PromisedBy: At(600));
        await RecordAppliedAsync(item.Id, acknowledged, Kontaktcenter);
        var before = await FootprintAsync(item.Id);

        ItemChangeResult replayed = await ledger.RecordAsync(item.Id, acknowledged, Api, default);

        replayed.Status.Should().Be(ChangeStatus.AlreadyRecorded);
        replayed.Swedish.Should().Contain("redan registrerat").And.Contain("mottagningsbekräftelse");
        (await FootprintAsync(item.Id)).Should().Be(before);

        ItemChangeResult renewed = await ledger.RecordAsync(
            item.Id, new ItemChange(TrackedEventKind.Acknowledged, At(30), PromisedBy: At(900)), Kontaktcenter, default);
        renewed.Status.Should().Be(ChangeStatus.Applied, "a different promise is a new event");
    }

    [Fact]
    public async Task RecordAsync_CloseAClosedItem_IsAlreadyRecorded_AndStoresNothing()
    {
        TrackedItem item = await RegisterAsync();
        await RecordAppliedAsync(item.Id, new ItemChange(TrackedEventKind.Closed, At(30)), Kontaktcenter);
        var before = await FootprintAsync(item.Id);

        ItemChangeResult again = await ledger.RecordAsync(item.Id, new ItemChange(TrackedEventKind.Closed, At(45)), Kontaktcenter, default);

        again.Status.Should().Be(ChangeStatus.AlreadyRecorded);
        again.Swedish.Should().Contain("redan avslutat");
        (await FootprintAsync(item.Id)).Should().Be(before);
    }

    [Fact]
    public async Task RecordAsync_InvalidChanges_GiveAProblemPerFieldInBothLanguages_AndStoreNothing()
    {
        TrackedItem item = await RegisterAsync();
        await RecordAppliedAsync(item.Id, Forwarded("bygglov@osby.se", 60), Kontaktcenter);
        var before = await FootprintAsync(item.Id);
        var cases = new (ItemChange Change, string[] Fields)[]
        {
            (new(TrackedEventKind.Arrived, At(70)), ["kind"]),
            (new((TrackedEventKind)77, At(70)), ["kind"]),
            (new(TrackedEventKind.Answered, TestDatabase.Now + Duration.FromMinutes(1)), ["at"]),
            (new(TrackedEventKind.Answered, Arrived - Duration.FromMinutes(1)), ["at"]),
            (Confirmed("bygglov@osby.se", 59), ["at"]),
            (new(TrackedEventKind.Acknowledged, At(70)), ["promisedBy"]),
            (new(TrackedEventKind.PromiseRenewed, At(70), PromisedBy: At(69)), ["promisedBy"]),
            (new(TrackedEventKind.Forwarded, At(70), Party: " ", Forwarder: "kommun@osby.se"), ["party"]),
            (new(TrackedEventKind.ForwardConfirmed, At(70)), ["party"]),
            (new(TrackedEventKind.Registered, At(70), Note: "  "), ["note"]),
            (Declined("bygglov@osby.se", 70, ""), ["note"]),
            (new(TrackedEventKind.Acknowledged, TestDatabase.Now + Duration.FromDays(1)), ["at", "promisedBy"]),
            (Forwarded(new string('a', 321) + "@osby.se", 70), ["party"]),
            (new(TrackedEventKind.Registered, At(70), Note: new string('n', 2001)), ["note"]),
        };

        foreach ((ItemChange change, string[] fields) in cases)
        {
            ItemChangeResult result = await ledger.RecordAsync(item.Id, change, Kontaktcenter, default);

            result.Status.Should().Be(ChangeStatus.Invalid, change.ToString());
            result.Item!.Id.Should().Be(item.Id);
            result.Problems!.Select(p => p.Field).Should().BeEquivalentTo(fields, change.ToString());
            result.Problems.Should().OnlyContain(p => p.Swedish.Length > 0 && p.English.Length > 0 && p.Swedish != p.English);
            result.Swedish.Should().StartWith("Uppgifterna behöver rättas");
        }

        (await FootprintAsync(item.Id)).Should().Be(before);
    }

    [Fact]
    public async Task RecordAsync_NonChainEventBeforeTheLatestForward_IsStored_ButAForwardIsNot()
    {
        TrackedItem item = await RegisterAsync();
        await RecordAppliedAsync(item.Id, Forwarded("bygglov@osby.se", 60), Kontaktcenter);

        ItemChangeResult acknowledgedEarlier = await ledger.RecordAsync(
            item.Id, new ItemChange(TrackedEventKind.Acknowledged, At(30), PromisedBy: At(600)), Kontaktcenter, default);
        ItemChangeResult forwardedEarlier = await ledger.RecordAsync(item.Id, Forwarded("miljo@osby.se", 30), Kontaktcenter, default);

        acknowledgedEarlier.Status.Should().Be(ChangeStatus.Applied, "a receipt sent before the forward may be recorded afterwards");
        forwardedEarlier.Status.Should().Be(ChangeStatus.Invalid);
        forwardedEarlier.Problems!.Single().Field.Should().Be("at");
        forwardedEarlier.Problems!.Single().Swedish.Should().Contain("tidsordning");
    }
}
