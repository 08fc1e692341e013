using Microsoft.EntityFrameworkCore;
using Osby.Policy;
using Osby.Policy.Routing;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Tests.Storage;

namespace Osby.TeamsBot.Tests.Items;

/// <summary>The item ledger on a real SQLite file: registering, recording, idempotency, permissions and the stored chain.</summary>
public sealed partial class ItemLedgerTests : IAsyncLifetime
{
    /// <summary>Friday 27 November 2026, 09.00 in Stockholm: four hours before the clock.</summary>
    private static readonly Instant Arrived = TestDatabase.Now - Duration.FromHours(4);

    /// <summary>Kontaktcenter: registrator of kommun@osby.se in the example directory, so it may forward for it.</summary>
    private static readonly Actor Kontaktcenter = Actor.Person("kontaktcenter@osby.se", "Kontaktcenter");

    private static readonly Actor Api = Actor.System("e-tjänst");

    private readonly TestDatabase database = new();
    private ItemLedger ledger = null!;

    public async Task InitializeAsync() => ledger = await database.OpenLedgerAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task RegisterAsync_ThenFind_RoundTripsEveryField()
    {
        var arrival = new ItemArrival(
            Channel.Sefos,
            Arrived,
            "  Anna.Andersson@Example.SE ",
            SenderCategory.Authority,
            "  Begäran om handlingar i ärende om förhandsbesked  ",
            " Kommun@Osby.se",
            2,
            " <1234.abcd@example.se> ");

        ItemChangeResult result = await ledger.RegisterAsync(arrival, Kontaktcenter, default);

        result.Status.Should().Be(ChangeStatus.Applied);
        TrackedItem? found = await ledger.FindAsync(result.Item!.Id, default);
        found.Should().NotBeNull();
        found!.Id.Should().Be(result.Item.Id).And.BePositive();
        found.Arrival.Should().Be(new ItemArrival(
            Channel.Sefos,
            Arrived,
            "anna.andersson@example.se",
            SenderCategory.Authority,
            "Begäran om handlingar i ärende om förhandsbesked",
            "kommun@osby.se",
            2,
            "<1234.abcd@example.se>"));
        found.IsSensitive.Should().BeTrue();
        found.Version.Should().Be(1);
        found.Entries.Should().ContainSingle().Which.Should().Be(
            new ItemEntry(1, TrackedEventKind.Arrived, Arrived, TestDatabase.Now, new Actor("kontaktcenter@osby.se", "Kontaktcenter")));
        found.Responsible.Should().Be("kommun@osby.se");
        found.Chain.OriginalSender.Should().Be("anna.andersson@example.se");
        found.IsClosed.Should().BeFalse();
    }

    [Fact]
    public async Task RegisterAsync_WithoutOptionalFields_StoresNoneForThem()
    {
        var arrival = new ItemArrival(Channel.Voicemail, Arrived, "070-123 45 67", SenderCategory.Unknown, "   ", "anna.berg@osby.se", 0, " ");

        ItemChangeResult result = await ledger.RegisterAsync(arrival, Kontaktcenter, default);

        TrackedItem found = (await ledger.FindAsync(result.Item!.Id, default))!;
        found.Arrival.Subject.Should().BeNull();
        found.Arrival.ExternalMessageId.Should().BeNull();
        found.Arrival.OriginalSender.Should().Be("070-123 45 67", "a phone number is kept as written");
    }

    [Fact]
    public async Task RegisterAsync_SameExternalIdTwice_IsOneItemAndTheFirstRegistrationStands()
    {
        ItemChangeResult first = await ledger.RegisterAsync(Arrival("<m1@example.se>"), Kontaktcenter, default);
        ItemChangeResult second = await ledger.RegisterAsync(
            Arrival("<m1@example.se>") with { Subject = "Ett annat ämne", Mailbox = "bygglov@osby.se" }, Api, default);

        second.Status.Should().Be(ChangeStatus.AlreadyRecorded);
        second.Succeeded.Should().BeTrue();
        second.Item!.Id.Should().Be(first.Item!.Id);
        second.Item.Arrival.Subject.Should().Be("Fråga om bygglov för altan");
        second.Item.Arrival.Mailbox.Should().Be("kommun@osby.se");
        second.Swedish.Should().Contain("redan registrerat").And.Contain($"ärende {first.Item.Id}");
        second.English.Should().Contain("already registered");
        await using var context = database.OpenContext();
        (await context.Items.CountAsync()).Should().Be(1);
        (await ledger.AuditAsync(first.Item.Id, default)).Should().ContainSingle();
    }

    [Fact]
    public async Task RegisterAsync_DifferentExternalIdsOrNone_AreSeparateItems()
    {
        ItemChangeResult a = await ledger.RegisterAsync(Arrival("<a@example.se>"), Kontaktcenter, default);
        ItemChangeResult b = await ledger.RegisterAsync(Arrival("<b@example.se>"), Kontaktcenter, default);
        ItemChangeResult c = await ledger.RegisterAsync(Arrival(null), Kontaktcenter, default);
        ItemChangeResult d = await ledger.RegisterAsync(Arrival(null), Kontaktcenter, default);

        new[] { a, b, c, d }.Should().OnlyContain(r => r.Status == ChangeStatus.Applied);
        new[] { a, b, c, d }.Select(r => r.Item!.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task RegisterAsync_InvalidArrival_GivesAProblemPerFieldInBothLanguagesAndStoresNothing()
    {
        var arrival = new ItemArrival(
            (Channel)99,
            TestDatabase.Now + Duration.FromMinutes(5),
            " ",
            (SenderCategory)42,
            new string('x', ItemArrival.MaxSubjectLength + 1),
            "",
            4,
            new string('m', 401));

        ItemChangeResult result = await ledger.RegisterAsync(arrival, Kontaktcenter, default);

        result.Status.Should().Be(ChangeStatus.Invalid);
        result.Item.Should().BeNull();
        result.Problems.Should().NotBeNull();
        result.Problems!.Select(p => p.Field).Should().BeEquivalentTo(
            ["channel", "firstArrival", "originalSender", "senderCategory", "subject", "mailbox", "informationValue", "externalMessageId"]);
        result.Problems.Should().OnlyContain(p => p.Swedish.Length > 0 && p.English.Length > 0 && p.Swedish != p.English);
        result.Problems.Single(p => p.Field == "informationValue").Swedish.Should().Contain("0, 1, 2 eller 3").And.Contain("RT-14");
        result.Problems.Single(p => p.Field == "subject").Swedish.Should().Contain("högst 500 tecken");
        result.Problems.Single(p => p.Field == "firstArrival").Swedish.Should().Contain("framtiden");
        result.Problems.Single(p => p.Field == "firstArrival").English.Should().Contain("future");
        await using var context = database.OpenContext();
        (await context.Items.CountAsync()).Should().Be(0);
        (await context.Audit.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task RegisterAsync_ArrivalExactlyNowAndLimitsExactlyReached_IsValid()
    {
        var arrival = new ItemArrival(
            Channel.EService, TestDatabase.Now, "anna@example.se", SenderCategory.Resident, new string('x', 500), "kommun@osby.se", 3, new string('m', 400));

        ItemChangeResult result = await ledger.RegisterAsync(arrival, Api, default);

        result.Status.Should().Be(ChangeStatus.Applied);
    }

    [Fact]
    public async Task RegisterAsync_Registered_WritesAnAuditEntryWithWhoAndWhen()
    {
        ItemChangeResult result = await ledger.RegisterAsync(Arrival("<audit@example.se>"), Kontaktcenter, default);

        AuditEntry entry = (await ledger.AuditAsync(result.Item!.Id, default)).Should().ContainSingle().Subject;
        entry.ItemId.Should().Be(result.Item.Id);
        entry.Action.Should().Be("Registered");
        entry.ActorId.Should().Be("kontaktcenter@osby.se");
        entry.ActorName.Should().Be("Kontaktcenter");
        entry.At.Should().Be(TestDatabase.Now);
        entry.Details.Should().Contain("mailbox=kommun@osby.se").And.Contain("externalMessageId=<audit@example.se>");
        entry.Details.Should().NotContain("bygglov för altan", "the subject stays out of the audit trail (RT-14)");
    }

    [Fact]
    public async Task AuditAsync_UnknownItem_IsEmpty()
    {
        (await ledger.AuditAsync(4711, default)).Should().BeEmpty();
        (await ledger.FindAsync(4711, default)).Should().BeNull();
    }

    [Fact]
    public async Task RegisterAsync_ObserversAreToldAfterStoring_AndOneFailingDoesNotUndoTheChange()
    {
        var recorder = new RecordingObserver();
        ItemLedger observed = await database.OpenLedgerAsync(null, new ThrowingObserver(), recorder);

        ItemChangeResult registered = await observed.RegisterAsync(Arrival("<obs@example.se>"), Kontaktcenter, default);
        ItemChangeResult forwarded = await observed.RecordAsync(registered.Item!.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter, default);
        ItemChangeResult repeated = await observed.RecordAsync(registered.Item.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter, default);

        forwarded.Status.Should().Be(ChangeStatus.Applied);
        repeated.Status.Should().Be(ChangeStatus.Refused, "bygglov@osby.se already has the item (RT-8)");
        recorder.Seen.Select(s => (s.Item.Id, s.Entry.Sequence, s.Entry.Kind)).Should().Equal(
            (registered.Item.Id, 1, TrackedEventKind.Arrived),
            (registered.Item.Id, 2, TrackedEventKind.Forwarded));
        recorder.Seen[1].Item.Version.Should().Be(2);
        recorder.Seen[1].Item.Chain.Recipients.Should().Equal("kommun@osby.se", "bygglov@osby.se");
        (await observed.FindAsync(registered.Item.Id, default))!.Entries.Should().HaveCount(2);
    }

    [Fact]
    public async Task RememberCardAsync_SameActivityTwice_IsRememberedOnce_AndCardsComeOldestFirst()
    {
        TrackedItem item = await RegisterAsync();
        var first = new SentForwardCard(item.Id, "Bygglov@Osby.se", "a:conversation-1", "activity-1", TestDatabase.Now);
        var second = new SentForwardCard(item.Id, "miljo@osby.se", "a:conversation-2", "activity-2", TestDatabase.Now + Duration.FromMinutes(1));

        await ledger.RememberCardAsync(first, default);
        await ledger.RememberCardAsync(first, default);
        await ledger.RememberCardAsync(second, default);

        (await ledger.CardsAsync(item.Id, default)).Should().Equal(first with { Party = "bygglov@osby.se" }, second);
        (await ledger.CardsAsync(item.Id + 1, default)).Should().BeEmpty();
    }

    private static ItemArrival Arrival(string? externalId = "<fraga@example.se>") => new(
        Channel.OfficialMailbox, Arrived, "anna.andersson@example.se", SenderCategory.Resident, "Fråga om bygglov för altan", "kommun@osby.se", 1, externalId);

    private static Instant At(int minutes) => Arrived + Duration.FromMinutes(minutes);

    private static ItemChange Forwarded(string to, int minutes, string? from = "kommun@osby.se") =>
        new(TrackedEventKind.Forwarded, At(minutes), Party: to, Forwarder: from);

    private static ItemChange Confirmed(string party, int minutes) => new(TrackedEventKind.ForwardConfirmed, At(minutes), Party: party);

    private static ItemChange Declined(string party, int minutes, string reason, string? suggestion = null) =>
        new(TrackedEventKind.ForwardDeclined, At(minutes), Party: party, Note: reason, SuggestedRecipient: suggestion);

    private async Task<TrackedItem> RegisterAsync(ItemArrival? arrival = null)
    {
        ItemChangeResult result = await ledger.RegisterAsync(arrival ?? Arrival(null), Kontaktcenter, default);
        result.Status.Should().Be(ChangeStatus.Applied);
        return result.Item!;
    }

    private async Task<ItemChangeResult> RecordAppliedAsync(long itemId, ItemChange change, Actor actor)
    {
        ItemChangeResult result = await ledger.RecordAsync(itemId, change, actor, default);
        result.Status.Should().Be(ChangeStatus.Applied, result.Swedish);
        return result;
    }

    /// <summary>What is stored of an item: its version, entries and audit rows.</summary>
    private async Task<(int Version, int Entries, int Audit)> FootprintAsync(long itemId)
    {
        TrackedItem item = (await ledger.FindAsync(itemId, default))!;
        return (item.Version, item.Entries.Count, (await ledger.AuditAsync(itemId, default)).Count);
    }

    private sealed class RecordingObserver : IItemObserver
    {
        public List<(TrackedItem Item, ItemEntry Entry)> Seen { get; } = [];

        public Task OnChangedAsync(TrackedItem item, ItemEntry entry, CancellationToken cancellationToken)
        {
            lock (Seen)
            {
                Seen.Add((item, entry));
            }

            return Task.CompletedTask;
        }
    }

    private sealed class ThrowingObserver : IItemObserver
    {
        public Task OnChangedAsync(TrackedItem item, ItemEntry entry, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The card could not be sent.");
    }
}
