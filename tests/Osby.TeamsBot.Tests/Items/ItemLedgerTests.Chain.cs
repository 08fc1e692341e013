using Osby.Policy.Routing;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Tests.Items;

/// <summary>Forwards and their answers through the ledger (RT-7, RT-8, DL-6) and who may give them (RT-11).</summary>
public sealed partial class ItemLedgerTests
{
    private static readonly Actor Bygglov = Actor.Person("bygglov@osby.se", "Bygglov");

    [Fact]
    public async Task RecordAsync_ForwardThenConfirm_MovesResponsibilityToTheRecipient_RT7()
    {
        TrackedItem item = await RegisterAsync();

        ItemChangeResult forwarded = await RecordAppliedAsync(item.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter);
        forwarded.Item!.Responsible.Should().Be("kommun@osby.se", "forwarding does not move the responsibility (RT-7)");
        forwarded.Item.OpenForwardTo("bygglov@osby.se").Should().NotBeNull();

        ItemChangeResult confirmed = await RecordAppliedAsync(item.Id, Confirmed("Bygglov@Osby.se", 20), Bygglov);

        confirmed.Item!.Responsible.Should().Be("bygglov@osby.se");
        confirmed.Item.Version.Should().Be(3);
        confirmed.Item.Entries.Select(e => (e.Sequence, e.Kind)).Should().Equal(
            (1, TrackedEventKind.Arrived), (2, TrackedEventKind.Forwarded), (3, TrackedEventKind.ForwardConfirmed));
        confirmed.Item.Entries[2].Party.Should().Be("bygglov@osby.se", "party keys are stored normalised");
        (await ledger.FindAsync(item.Id, default))!.Responsible.Should().Be("bygglov@osby.se");
    }

    [Fact]
    public async Task RecordAsync_Decline_KeepsResponsibilityWithTheForwarder_AndKeepsTheSuggestion()
    {
        TrackedItem item = await RegisterAsync();
        await RecordAppliedAsync(item.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter);

        ItemChangeResult declined = await RecordAppliedAsync(
            item.Id, Declined("bygglov@osby.se", 25, "Gäller buller, inte bygglov", "Miljo@Osby.se"), Bygglov);

        TrackedItem stored = (await ledger.FindAsync(item.Id, default))!;
        stored.Responsible.Should().Be("kommun@osby.se");
        ForwardHop hop = stored.ForwardTo("bygglov@osby.se")!;
        hop.Outcome.Should().Be(HopOutcome.WrongRecipient);
        hop.Reason.Should().Be("Gäller buller, inte bygglov");
        hop.SuggestedRecipient.Should().Be("miljo@osby.se");
        stored.Entries[^1].SuggestedRecipient.Should().Be("miljo@osby.se");
        stored.Entries[^1].Note.Should().Be("Gäller buller, inte bygglov");
        declined.Item!.Chain.Warnings.Should().Contain(w => w.Kind == ForwardChainWarningKind.Declined);
    }

    [Fact]
    public async Task RecordAsync_ForwardToSomeoneWhoHadTheItem_IsRefusedWithRt8_AndStoresNothing()
    {
        TrackedItem item = await RegisterAsync();
        await RecordAppliedAsync(item.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter);
        var before = await FootprintAsync(item.Id);

        ItemChangeResult again = await ledger.RecordAsync(item.Id, Forwarded("BYGGLOV@osby.se", 30), Kontaktcenter, default);
        ItemChangeResult back = await ledger.RecordAsync(item.Id, Forwarded("kommun@osby.se", 30, "bygglov@osby.se"), Bygglov, default);

        again.Status.Should().Be(ChangeStatus.Refused);
        again.RuleId.Should().Be("RT-8");
        again.Swedish.Should().Contain("bygglov@osby.se fick redan ärendet").And.EndWith("(RT-8).");
        again.English.Should().Contain("already received").And.Contain("kommun@osby.se → bygglov@osby.se").And.EndWith("(RT-8).");
        again.Item!.Version.Should().Be(before.Version);
        back.Status.Should().Be(ChangeStatus.Refused);
        back.RuleId.Should().Be("RT-8");
        back.English.Should().Contain("kommun@osby.se received the item first");
        (await FootprintAsync(item.Id)).Should().Be(before);
    }

    [Fact]
    public async Task RecordAsync_ForwardToTheOriginalSender_IsRefusedWithRt8()
    {
        TrackedItem item = await RegisterAsync();

        ItemChangeResult result = await ledger.RecordAsync(item.Id, Forwarded("Anna.Andersson@example.se", 10), Kontaktcenter, default);

        result.Status.Should().Be(ChangeStatus.Refused);
        result.RuleId.Should().Be("RT-8");
        result.English.Should().Contain("original sender");
    }

    [Fact]
    public async Task RecordAsync_DoubleConfirm_IsAlreadyRecorded_AndStoresNothing()
    {
        TrackedItem item = await RegisterAsync();
        await RecordAppliedAsync(item.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter);
        await RecordAppliedAsync(item.Id, Confirmed("bygglov@osby.se", 20), Bygglov);
        var before = await FootprintAsync(item.Id);

        ItemChangeResult twice = await ledger.RecordAsync(item.Id, Confirmed("bygglov@osby.se", 21), Bygglov, default);

        twice.Status.Should().Be(ChangeStatus.AlreadyRecorded);
        twice.Succeeded.Should().BeTrue();
        twice.RuleId.Should().Be("DL-6");
        twice.Swedish.Should().Contain("har redan svarat");
        twice.English.Should().Contain("already answered").And.Contain("recorded once");
        twice.Item!.Responsible.Should().Be("bygglov@osby.se");
        (await FootprintAsync(item.Id)).Should().Be(before);
    }

    [Fact]
    public async Task RecordAsync_DeclineAfterConfirm_IsRefusedWithDl6_AndStoresNothing()
    {
        TrackedItem item = await RegisterAsync();
        await RecordAppliedAsync(item.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter);
        await RecordAppliedAsync(item.Id, Confirmed("bygglov@osby.se", 20), Bygglov);
        var before = await FootprintAsync(item.Id);

        ItemChangeResult result = await ledger.RecordAsync(item.Id, Declined("bygglov@osby.se", 30, "Fel förvaltning"), Bygglov, default);

        result.Status.Should().Be(ChangeStatus.Refused);
        result.RuleId.Should().Be("DL-6");
        result.English.Should().Contain("answered once");
        (await FootprintAsync(item.Id)).Should().Be(before);
    }

    [Fact]
    public async Task RecordAsync_AnotherPersonConfirms_IsNotAllowed_AndStoresNothing()
    {
        TrackedItem item = await RegisterAsync();
        await RecordAppliedAsync(item.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter);
        var before = await FootprintAsync(item.Id);

        ItemChangeResult result = await ledger.RecordAsync(
            item.Id, Confirmed("bygglov@osby.se", 20), Actor.Person("karin.svensson@osby.se", "Karin Svensson"), default);

        result.Status.Should().Be(ChangeStatus.NotAllowed);
        result.Succeeded.Should().BeFalse();
        result.Swedish.Should().Contain("Bara bygglov@osby.se").And.Contain("karin.svensson@osby.se");
        result.English.Should().Contain("Only bygglov@osby.se");
        result.Item!.Responsible.Should().Be("kommun@osby.se");
        (await FootprintAsync(item.Id)).Should().Be(before);
    }

    [Fact]
    public async Task RecordAsync_CallingSystemAnswersForTheRecipient_IsApplied()
    {
        TrackedItem item = await RegisterAsync();
        await RecordAppliedAsync(item.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter);

        ItemChangeResult result = await ledger.RecordAsync(item.Id, Confirmed("bygglov@osby.se", 20), Api, default);

        result.Status.Should().Be(ChangeStatus.Applied);
        result.Item!.Entries[^1].Actor.Should().Be(new Actor("system:e-tjänst", "e-tjänst"));
    }

    [Fact]
    public async Task RecordAsync_RegistratorOfTheMailbox_MayConfirmAForwardToIt_RT11()
    {
        // In the example directory huvudregistrator@osby.se is the registrator of kansli@osby.se.
        MailboxDirectory.Example.Find("kansli@osby.se")!.Registrators.Should().Contain(r => r.Email == "huvudregistrator@osby.se");
        TrackedItem item = await RegisterAsync();
        await RecordAppliedAsync(item.Id, Forwarded("kansli@osby.se", 10), Kontaktcenter);

        ItemChangeResult result = await ledger.RecordAsync(
            item.Id, Confirmed("kansli@osby.se", 20), Actor.Person("Huvudregistrator@osby.se", "Huvudregistratorn"), default);

        result.Status.Should().Be(ChangeStatus.Applied, result.Swedish);
        result.Item!.Responsible.Should().Be("kansli@osby.se");
        result.Item.Entries[^1].Actor.Id.Should().Be("huvudregistrator@osby.se");
    }

    [Fact]
    public async Task RecordAsync_SubstituteOfTheMailbox_MayConfirmAForwardToIt_RT11()
    {
        // The example directory names kansli@osby.se's substitute without an address; this one gives it one.
        var node = System.Text.Json.Nodes.JsonNode.Parse(ExampleDirectoryJson())!;
        var kansli = node["mailboxes"]!.AsArray().Single(m => (string?)m!["address"] == "kansli@osby.se")!;
        kansli["substitute"]!["email"] = "ersattare.kansli@osby.se";
        MailboxDirectory directory = MailboxDirectory.Load(node.ToJsonString());
        ItemLedger withSubstitute = await database.OpenLedgerAsync(directory);
        TrackedItem item = (await withSubstitute.RegisterAsync(Arrival(null), Kontaktcenter, default)).Item!;
        await withSubstitute.RecordAsync(item.Id, Forwarded("kansli@osby.se", 10), Kontaktcenter, default);

        ItemChangeResult byOther = await withSubstitute.RecordAsync(
            item.Id, Confirmed("kansli@osby.se", 20), Actor.Person("registrator.bygg@osby.se", null), default);
        ItemChangeResult bySubstitute = await withSubstitute.RecordAsync(
            item.Id, Confirmed("kansli@osby.se", 20), Actor.Person("ersattare.kansli@osby.se", "Ersättaren"), default);

        byOther.Status.Should().Be(ChangeStatus.NotAllowed);
        bySubstitute.Status.Should().Be(ChangeStatus.Applied, bySubstitute.Swedish);
        bySubstitute.Item!.Responsible.Should().Be("kansli@osby.se");
    }

    [Fact]
    public async Task RecordAsync_PersonForwards_AsThemselvesByDefault_OrForAMailboxTheyActFor_ButNotForOthers()
    {
        TrackedItem item = await RegisterAsync();
        await RecordAppliedAsync(item.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter);
        await RecordAppliedAsync(item.Id, Confirmed("bygglov@osby.se", 20), Bygglov);

        ItemChangeResult asThemselves = await RecordAppliedAsync(item.Id, Forwarded("anna.berg@osby.se", 30, from: null), Bygglov);
        ItemChangeResult forOthers = await ledger.RecordAsync(item.Id, Forwarded("miljo@osby.se", 40, from: "kommun@osby.se"), Bygglov, default);

        asThemselves.Item!.Entries[^1].Forwarder.Should().Be("bygglov@osby.se");
        asThemselves.Item.Chain.PathTo("anna.berg@osby.se").Should().Equal(
            "anna.andersson@example.se", "kommun@osby.se", "bygglov@osby.se", "anna.berg@osby.se");
        forOthers.Status.Should().Be(ChangeStatus.NotAllowed);
        forOthers.Swedish.Should().Contain("kommun@osby.se");
    }

    [Fact]
    public async Task RecordAsync_SystemForwardsWithoutNamingTheForwarder_IsInvalid()
    {
        TrackedItem item = await RegisterAsync();

        ItemChangeResult result = await ledger.RecordAsync(item.Id, Forwarded("bygglov@osby.se", 10, from: null), Api, default);

        result.Status.Should().Be(ChangeStatus.Invalid);
        result.Problems!.Select(p => p.Field).Should().Equal("forwarder");
    }

    [Fact]
    public async Task RecordAsync_AnswerWithoutAForward_IsRefused()
    {
        TrackedItem item = await RegisterAsync();

        ItemChangeResult first = await ledger.RecordAsync(item.Id, Confirmed("kommun@osby.se", 10), Api, default);
        ItemChangeResult stranger = await ledger.RecordAsync(item.Id, Confirmed("miljo@osby.se", 10), Api, default);

        first.Status.Should().Be(ChangeStatus.Refused);
        first.RuleId.Should().Be("RT-7");
        first.English.Should().Contain("received the item first");
        stranger.Status.Should().Be(ChangeStatus.Refused);
        stranger.RuleId.Should().Be("DL-6");
        stranger.English.Should().Contain("miljo@osby.se was not forwarded the item");
    }

    [Fact]
    public async Task OpenItemsForAsync_IncludesResponsibleAndForwardedToItems_AndExcludesClosedOnes()
    {
        TrackedItem atKommun = await RegisterAsync();
        TrackedItem forwarded = await RegisterAsync();
        await RecordAppliedAsync(forwarded.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter);
        TrackedItem confirmed = await RegisterAsync();
        await RecordAppliedAsync(confirmed.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter);
        await RecordAppliedAsync(confirmed.Id, Confirmed("bygglov@osby.se", 20), Bygglov);
        TrackedItem declined = await RegisterAsync();
        await RecordAppliedAsync(declined.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter);
        await RecordAppliedAsync(declined.Id, Declined("bygglov@osby.se", 20, "Fel förvaltning"), Bygglov);
        TrackedItem closed = await RegisterAsync();
        await RecordAppliedAsync(closed.Id, Forwarded("bygglov@osby.se", 10), Kontaktcenter);
        await RecordAppliedAsync(closed.Id, Confirmed("bygglov@osby.se", 20), Bygglov);
        await RecordAppliedAsync(closed.Id, new ItemChange(TrackedEventKind.Closed, At(30)), Bygglov);

        IReadOnlyList<TrackedItem> bygglov = await ledger.OpenItemsForAsync(["BYGGLOV@osby.se"], default);
        IReadOnlyList<TrackedItem> kommun = await ledger.OpenItemsForAsync(["kommun@osby.se"], default);
        IReadOnlyList<TrackedItem> both = await ledger.OpenItemsForAsync(["kommun@osby.se", "bygglov@osby.se", " "], default);

        bygglov.Select(i => i.Id).Should().BeEquivalentTo([forwarded.Id, confirmed.Id]);
        kommun.Select(i => i.Id).Should().BeEquivalentTo([atKommun.Id, forwarded.Id, declined.Id]);
        both.Select(i => i.Id).Should().BeEquivalentTo([atKommun.Id, forwarded.Id, confirmed.Id, declined.Id]);
        (await ledger.OpenItemsForAsync(["miljo@osby.se"], default)).Should().BeEmpty();
        (await ledger.OpenItemsForAsync([], default)).Should().BeEmpty();
    }

    private static string ExampleDirectoryJson()
    {
        using var stream = typeof(MailboxDirectory).Assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith("mailbox-directory.example.json", StringComparison.Ordinal))
            .Select(name => typeof(MailboxDirectory).Assembly.GetManifestResourceStream(name)!)
            .Single();
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
