using Osby.Policy;
using Osby.Policy.Deadlines;
using Osby.TeamsBot.Digests;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.People;
using Osby.TeamsBot.Reminders;
using Osby.TeamsBot.Tests.Cards;
using Osby.TeamsBot.Tests.Hosting;
using Osby.TeamsBot.Tests.Storage;

namespace Osby.TeamsBot.Tests.Digests;

/// <summary>The digest builder on a real SQLite file and the test directory, where Maria manages Samhällsbyggnadsförvaltningen
/// (owner of miljo@osby.se through its miljöenheten) and socialtjanst@osby.se belongs to Socialförvaltningen. The clock
/// stands at Friday 27 November 2026, 13.00.</summary>
public sealed class DigestBuilderTests : IAsyncLifetime
{
    private const string Olle = "olle.miljo@osby.se";
    private const string Siv = "siv.social@osby.se";

    private readonly TestDatabase database = new();
    private readonly ItemsDirectory directory = new();
    private readonly RecordedFailures failures = new();
    private ItemLedger ledger = null!;
    private PeopleStore people = null!;
    private DigestBuilder builder = null!;

    public async Task InitializeAsync()
    {
        ledger = await database.OpenLedgerAsync(directory.Directory);
        people = await database.OpenPeopleAsync();
        builder = new DigestBuilder(ledger, people, directory.Directory, ServicePolicy.Default, database.Clock, failures);
    }

    public async Task DisposeAsync()
    {
        directory.Dispose();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task ComputeAsync_ManagerOfTheFörvaltning_SeesItemsOfItsUnitsButNotOfAnother()
    {
        long miljo = await RegisterAsync(ItemsDirectory.Miljo);
        await RegisterAsync(ItemsDirectory.Social);

        DigestView view = (await builder.ComputeAsync(TestUser.Maria.Email, default))!;

        view.OpenItems.Should().Be(1);
        view.Overdue.Should().Be(1, "it arrived Thursday 9.00 and was due Friday 9.00");
        view.WorstOverdue.Should().ContainSingle().Which.Should().Be(
            new DigestOverdueItem(miljo, "EXEMPEL: Miljö och hälsoskydd", "Första svar", TrackedItems.At(2026, 11, 27, 9, 0), "4 timmar"));
    }

    [Fact]
    public async Task ComputeAsync_PeopleStoredWithAPartOfTheUnit_TheirItemsCount()
    {
        await people.UpsertAsync(new Person("29:olle", null, Olle, Olle, "Olle Miljö", null, ItemsDirectory.MariasUnit + ", miljöenheten", PersonRoles.None), default);
        await people.UpsertAsync(new Person("29:siv", null, Siv, Siv, "Siv Social", null, "Socialförvaltningen", PersonRoles.None), default);
        long olles = await RegisterAsync(Olle);
        await RegisterAsync(Siv);

        DigestView view = (await builder.ComputeAsync(TestUser.Maria.Email.ToUpperInvariant(), default))!;

        view.OpenItems.Should().Be(1);
        view.WorstOverdue.Should().ContainSingle().Which.Should().Match<DigestOverdueItem>(o => o.ItemId == olles && o.Owner == "Olle Miljö");
    }

    [Fact]
    public async Task ComputeAsync_ClosedItemsOfTheUnit_CountInTheShareButNotAsOpen()
    {
        long inTime = await RegisterAsync(ItemsDirectory.Miljo, arrived: TrackedItems.At(2026, 11, 26, 9, 0));
        await ledger.RecordAsync(inTime, new ItemChange(TrackedEventKind.Answered, TrackedItems.At(2026, 11, 26, 10, 0)), Actor.System("test"), default);
        await ledger.RecordAsync(inTime, new ItemChange(TrackedEventKind.Closed, TrackedItems.At(2026, 11, 26, 11, 0)), Actor.System("test"), default);
        long other = await RegisterAsync(ItemsDirectory.Social, arrived: TrackedItems.At(2026, 11, 26, 9, 0));
        await ledger.RecordAsync(other, new ItemChange(TrackedEventKind.Closed, TrackedItems.At(2026, 11, 26, 11, 0)), Actor.System("test"), default);
        long old = await RegisterAsync(ItemsDirectory.Miljo, arrived: TrackedItems.At(2026, 9, 1, 9, 0));
        await ledger.RecordAsync(old, new ItemChange(TrackedEventKind.Answered, TrackedItems.At(2026, 9, 3, 9, 0)), Actor.System("test"), default);
        await ledger.RecordAsync(old, new ItemChange(TrackedEventKind.Closed, TrackedItems.At(2026, 9, 3, 10, 0)), Actor.System("test"), default);

        DigestView view = (await builder.ComputeAsync(TestUser.Maria.Email, default))!;

        view.OpenItems.Should().Be(0);
        view.Last30Days.Should().Be(new AnswerShare(1, 1), "the unit's item answered in time; not Socialförvaltningen's, not September's");
        view.Previous30Days.Should().Be(new AnswerShare(0, 0));
    }

    [Fact]
    public async Task BuildAsync_NotAManager_IsNullEvenWhenAsked()
    {
        (await builder.BuildAsync(TestUser.Carl.Email, evenIfEmpty: true, default)).Should().BeNull();
        (await builder.ComputeAsync(TestUser.Carl.Email, default)).Should().BeNull();
    }

    [Fact]
    public async Task BuildAsync_NothingToReport_IsNullUnlessAsked()
    {
        await RegisterAsync(ItemsDirectory.Social);

        (await builder.BuildAsync(TestUser.Maria.Email, evenIfEmpty: false, default)).Should().BeNull();
        RenderedCard asked = RenderedCard.Of(await builder.BuildAsync(TestUser.Maria.Email, evenIfEmpty: true, default)).ShouldBeAValidTeamsCard();
        asked.AllText.Should().Contain("Inget att rapportera");
    }

    [Fact]
    public async Task BuildAsync_AFailedDeliveryToTheUnit_IsReportedSinceThePreviousWorkingDay()
    {
        await people.UpsertAsync(new Person("29:olle", null, Olle, Olle, "Olle Miljö", null, ItemsDirectory.MariasUnit + ", miljöenheten", PersonRoles.None), default);
        failures.Entries.Add(new OutboxEntry(
            new PlannedReminder("item:7:x:0:olle", ReminderKind.ForwardUnconfirmed, 7, Olle, TrackedItems.At(2026, 11, 27, 8, 0), null, 0),
            OutboxState.Failed, 1, TrackedItems.At(2026, 11, 27, 8, 0), null, null, null, "Olle har tagit bort appen i Teams."));

        RenderedCard card = RenderedCard.Of(await builder.BuildAsync(TestUser.Maria.Email, evenIfEmpty: false, default)).ShouldBeAValidTeamsCard();

        failures.Since.Should().Be(TrackedItems.At(2026, 11, 26, 0, 0), "Thursday is the working day before Friday");
        card.Texts.Should().Contain("Utskick som inte kom fram: 1");
        card.AllText.Should().Contain("Olle Miljö: påminnelse om obekräftad vidarebefordran om ärende 7. Olle har tagit bort appen i Teams.");
    }

    private async Task<long> RegisterAsync(string mailbox, Instant? arrived = null)
    {
        var arrival = new ItemArrival(Channel.FunctionMailbox, arrived ?? TrackedItems.At(2026, 11, 26, 9, 0), "karin@example.se", SenderCategory.Resident, "Fråga", mailbox, 0, null);
        ItemChangeResult result = await ledger.RegisterAsync(arrival, Actor.System("test"), default);
        result.Succeeded.Should().BeTrue();
        return result.Item!.Id;
    }
}
