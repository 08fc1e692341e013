using Osby.Policy;
using Osby.TeamsBot.Reminders;
using Osby.TeamsBot.Tests.Cards;
using static Osby.TeamsBot.Tests.Reminders.ReminderWorld;

namespace Osby.TeamsBot.Tests.Reminders;

/// <summary>What an item's plan holds: which reminders, to whom, with which keys (DL-1, DL-2, DL-3, DL-4, DL-6, DL-8, RT-7, RT-11).</summary>
/// <remarks>Expected instants are worked out by hand from the default office hours (Monday–Friday 08:00–16:30,
/// Europe/Stockholm), the 8 h 30 min response window, 4 office hours to confirm a forward and "due soon" at 75 %.</remarks>
public sealed partial class ReminderPlannerTests
{
    private static readonly ReminderPlanner Planner = ReminderWorld.Planner();

    [Fact]
    public void Plan_DL1_MailToAFunctionMailbox_RemindsItsRegistratorAndSubstituteAndEscalatesToTheUnitsChef()
    {
        // Friday 27 Nov 2026 15:40: 50 min on Friday, then Monday. Due soon after 6 h 22 min 30 s of office time
        // (Monday 08:00 + 5 h 32 min 30 s = 13:32:30), due after 8 h 30 min (Monday 08:00 + 7 h 40 min = 15:40).
        var item = TrackedItems.Item(channel: Channel.FunctionMailbox, mailbox: Bygglov, arrived: Local(2026, 11, 27, 15, 40)).Build(7);

        IReadOnlyList<PlannedReminder> plan = Planner.Plan(item);

        Instant soon = Local(2026, 11, 30, 13, 32, 30), due = Local(2026, 11, 30, 15, 40);
        plan.Select(r => (r.Kind, r.Recipient, r.DueAt, r.Deadline, r.ItemId, r.Step)).Should().BeEquivalentTo(new[]
        {
            (ReminderKind.ResponseDueSoon, Bo, soon, (Instant?)due, (long?)7, 0),
            (ReminderKind.ResponseDueSoon, Sara, soon, (Instant?)due, (long?)7, 0),
            (ReminderKind.ResponseOverdue, Bo, due, (Instant?)due, (long?)7, 0),
            (ReminderKind.ResponseOverdue, Sara, due, (Instant?)due, (long?)7, 0),
            (ReminderKind.ResponseOverdueEscalation, BygglovChef, due, (Instant?)due, (long?)7, 0),
        });
    }

    [Fact]
    public void Plan_Keys_AreItemKindNumberStepAndRecipient()
    {
        var item = TrackedItems.Item(channel: Channel.FunctionMailbox, mailbox: Bygglov, arrived: Local(2026, 11, 27, 15, 40)).Build(7);

        Planner.Plan(item).Select(r => r.Key).Should().BeEquivalentTo(
            "item:7:1:0:bo.bygg@osby.se",
            "item:7:1:0:sara.ersatt@osby.se",
            "item:7:2:0:bo.bygg@osby.se",
            "item:7:2:0:sara.ersatt@osby.se",
            "item:7:3:0:berit.bygglovschef@osby.se");
    }

    [Fact]
    public void Plan_DL1_UnitWithoutItsOwnChef_EscalatesToTheForvaltningschefWhoseUnitPrecedesTheComma()
    {
        // miljo@osby.se belongs to "Samhällsbyggnadsförvaltningen, miljöenheten"; "…, miljö" is another unit.
        var item = TrackedItems.Item(channel: Channel.FunctionMailbox, mailbox: Miljo, arrived: Local(2026, 11, 27, 15, 40)).Build();

        var escalation = Planner.Plan(item).Where(r => r.Kind == ReminderKind.ResponseOverdueEscalation);

        escalation.Select(r => r.Recipient).Should().Equal(SbfChef);
    }

    [Fact]
    public void Plan_DL1_OfficialMailbox_EscalatesToKontaktcentersChefNotTheKommundirektor()
    {
        var item = TrackedItems.Item(arrived: Local(2026, 11, 27, 15, 40)).Build();

        var plan = Planner.Plan(item);

        plan.Where(r => r.Kind == ReminderKind.ResponseOverdueEscalation).Select(r => r.Recipient).Should().Equal(KontaktcenterChef);
        plan.Where(r => r.Kind == ReminderKind.ResponseOverdue).Select(r => r.Recipient).Should().Equal(Anna);
    }

    [Fact]
    public void Plan_DL1_PersonOutsideTheDirectory_GetsTheReminderAndNobodyIsEscalatedTo()
    {
        var item = TrackedItems.Item(channel: Channel.PersonalEmail, mailbox: "Carl.Kollega@osby.se", arrived: Local(2026, 11, 27, 15, 40)).Build();

        var plan = Planner.Plan(item);

        plan.Select(r => r.Kind).Should().BeEquivalentTo([ReminderKind.ResponseDueSoon, ReminderKind.ResponseOverdue]);
        plan.Should().OnlyContain(r => r.Recipient == Carl, "party keys are lower-case addresses");
    }

    [Fact]
    public void Plan_DL1_ConfirmedByAPersonWhoReadsAMailbox_EscalatesToTheManagerOfThatMailboxsUnit()
    {
        Instant arrived = Local(2026, 11, 27, 10, 5);
        var item = TrackedItems.Item(arrived: arrived)
            .Forward(Official, Maja, Local(2026, 11, 27, 10, 30))
            .Confirm(Maja, Local(2026, 11, 27, 11, 0))
            .Build();

        var plan = Planner.Plan(item);

        plan.Where(r => r.Kind == ReminderKind.ResponseOverdue).Select(r => r.Recipient).Should().Equal(Maja);
        plan.Where(r => r.Kind == ReminderKind.ResponseOverdueEscalation).Select(r => r.Recipient).Should().Equal(SbfChef);
    }

    [Fact]
    public void Plan_DL1_ItemOwnedByTheUnitsChef_IsNotEscalatedToThemselvesButToTheForvaltningschef()
    {
        var item = TrackedItems.Item(arrived: Local(2026, 11, 27, 10, 5))
            .Forward(Official, BygglovChef, Local(2026, 11, 27, 10, 30))
            .Confirm(BygglovChef, Local(2026, 11, 27, 11, 0))
            .Build();

        var plan = Planner.Plan(item);

        plan.Where(r => r.Kind == ReminderKind.ResponseOverdue).Select(r => r.Recipient).Should().Equal(BygglovChef);
        plan.Where(r => r.Kind == ReminderKind.ResponseOverdueEscalation).Select(r => r.Recipient).Should().Equal(SbfChef);
    }

    [Fact]
    public void Plan_DL6_OpenForward_RemindsTheRecipientsReadersAtTheDeadlineAndTheForwarderAnOfficeHourLater()
    {
        // Forwarded Friday 27 Nov 2026 10:30: 4 office hours to confirm, so due 14:30; the forwarder (kommun@osby.se,
        // read by Anna) still answers for it (RT-7) and hears at 15:30.
        var item = TrackedItems.Item(arrived: Local(2026, 11, 27, 10, 5))
            .Forward(Official, Bygglov, Local(2026, 11, 27, 10, 30))
            .Build(9);

        var forwards = Planner.Plan(item).Where(r => r.Kind is ReminderKind.ForwardUnconfirmed or ReminderKind.ForwardUnconfirmedToForwarder);

        Instant due = Local(2026, 11, 27, 14, 30);
        forwards.Select(r => (r.Key, r.Kind, r.Recipient, r.DueAt, r.Deadline)).Should().BeEquivalentTo(new[]
        {
            ("item:9:4:1:bo.bygg@osby.se", ReminderKind.ForwardUnconfirmed, Bo, due, (Instant?)due),
            ("item:9:4:1:sara.ersatt@osby.se", ReminderKind.ForwardUnconfirmed, Sara, due, (Instant?)due),
            ("item:9:5:1:anna.svensson@osby.se", ReminderKind.ForwardUnconfirmedToForwarder, Anna, Local(2026, 11, 27, 15, 30), (Instant?)due),
        });
    }

    [Fact]
    public void Plan_DL6_ConfirmationDueAtFridaysClosing_RemindsAtMondaysOpeningAndTheForwarderAnHourLater()
    {
        // Forwarded Friday 12:30: four office hours end at 16:30, the closing; nothing is sent then.
        var item = TrackedItems.Item(arrived: Local(2026, 11, 27, 10, 5))
            .Forward(Official, Bygglov, Local(2026, 11, 27, 12, 30))
            .Build();

        var plan = Planner.Plan(item);

        plan.Where(r => r.Kind == ReminderKind.ForwardUnconfirmed).Should().OnlyContain(r => r.DueAt == Local(2026, 11, 30, 8, 0))
            .And.OnlyContain(r => r.Deadline == Local(2026, 11, 27, 16, 30));
        plan.Where(r => r.Kind == ReminderKind.ForwardUnconfirmedToForwarder).Single().DueAt.Should().Be(Local(2026, 11, 30, 9, 0));
    }

    [Fact]
    public void Plan_DL6_TwoForwardsReadByTheSamePerson_HaveTheirOwnKeys()
    {
        // Bo reads bygglov@osby.se; a second forward goes to him in person. Each forward is its own step.
        var item = TrackedItems.Item(arrived: Local(2026, 11, 27, 10, 5))
            .Forward(Official, Bygglov, Local(2026, 11, 27, 10, 30))
            .Forward(Official, Bo, Local(2026, 11, 27, 10, 45))
            .Build(3);

        var toBo = Planner.Plan(item).Where(r => r.Kind == ReminderKind.ForwardUnconfirmed && r.Recipient == Bo).ToList();

        toBo.Select(r => (r.Key, r.DueAt)).Should().BeEquivalentTo(new[]
        {
            ("item:3:4:1:bo.bygg@osby.se", Local(2026, 11, 27, 14, 30)),
            ("item:3:4:2:bo.bygg@osby.se", Local(2026, 11, 27, 14, 45)),
        });
    }

    [Fact]
    public void Plan_DL6_ConfirmedForward_PlansNothingForItAndTheRecipientNowOwnsTheResponse()
    {
        var item = TrackedItems.Item(arrived: Local(2026, 11, 27, 10, 5))
            .Forward(Official, Bygglov, Local(2026, 11, 27, 10, 30))
            .Confirm(Bygglov, Local(2026, 11, 27, 11, 0))
            .Build();

        var plan = Planner.Plan(item);

        plan.Should().NotContain(r => r.Kind == ReminderKind.ForwardUnconfirmed || r.Kind == ReminderKind.ForwardUnconfirmedToForwarder);
        plan.Where(r => r.Kind == ReminderKind.ResponseOverdue).Select(r => r.Recipient).Should().BeEquivalentTo([Bo, Sara]);
        plan.Where(r => r.Kind == ReminderKind.ResponseOverdueEscalation).Select(r => r.Recipient).Should().Equal(BygglovChef);
    }

    [Fact]
    public void Plan_DL6_DeclinedForward_PlansNothingForItAndTheForwarderStaysOwner()
    {
        var item = TrackedItems.Item(arrived: Local(2026, 11, 27, 10, 5))
            .Forward(Official, Bygglov, Local(2026, 11, 27, 10, 30))
            .Decline(Bygglov, Local(2026, 11, 27, 11, 0), "Gäller miljö", Miljo)
            .Build();

        var plan = Planner.Plan(item);

        plan.Should().NotContain(r => r.Kind == ReminderKind.ForwardUnconfirmed || r.Kind == ReminderKind.ForwardUnconfirmedToForwarder);
        plan.Where(r => r.Kind == ReminderKind.ResponseOverdue).Select(r => r.Recipient).Should().Equal(Anna);
    }

    [Fact]
    public void Plan_DL1_Acknowledged_PlansNoResponseRemindersButWarnsBeforeThePromiseDL3()
    {
        // Promise Friday 4 Dec 12:00, made Friday 27 Nov 11:00: 43 h 30 min of office time, 75 % is 32 h 37 min 30 s:
        // Friday 5 h 30 min, Monday–Wednesday 25 h 30 min, then Thursday 08:00 + 1 h 37 min 30 s.
        var item = TrackedItems.Item(channel: Channel.FunctionMailbox, mailbox: Bygglov, arrived: Local(2026, 11, 27, 10, 5))
            .Acknowledge(Local(2026, 11, 27, 11, 0), Local(2026, 12, 4, 12, 0))
            .Build(5);

        var plan = Planner.Plan(item);

        plan.Select(r => (r.Key, r.Kind, r.DueAt, r.Deadline)).Should().BeEquivalentTo(new[]
        {
            ("item:5:6:0:bo.bygg@osby.se", ReminderKind.PromiseDueSoon, Local(2026, 12, 3, 9, 37, 30), (Instant?)Local(2026, 12, 4, 12, 0)),
            ("item:5:6:0:sara.ersatt@osby.se", ReminderKind.PromiseDueSoon, Local(2026, 12, 3, 9, 37, 30), (Instant?)Local(2026, 12, 4, 12, 0)),
        });
    }

    [Fact]
    public void Plan_Answered_PlansNothing()
    {
        var item = TrackedItems.Item(arrived: Local(2026, 11, 27, 10, 5))
            .Acknowledge(Local(2026, 11, 27, 11, 0), Local(2026, 12, 4, 12, 0))
            .Answer(Local(2026, 11, 30, 9, 0))
            .Build();

        Planner.Plan(item).Should().BeEmpty();
    }

    [Fact]
    public void Plan_ClosedItem_PlansNothingEvenWithAnOpenForward()
    {
        var item = TrackedItems.Item(arrived: Local(2026, 11, 27, 10, 5))
            .Forward(Official, Bygglov, Local(2026, 11, 27, 10, 30))
            .Close(Local(2026, 11, 27, 10, 45))
            .Build();

        Planner.Plan(item).Should().BeEmpty();
    }

    [Fact]
    public void Plan_RoutineMail_PlansNothing()
    {
        var item = TrackedItems.Item(arrived: Local(2026, 11, 27, 10, 5))
            .Forward(Official, Bygglov, Local(2026, 11, 27, 10, 30))
            .Advertising(Bygglov, Local(2026, 11, 27, 10, 45))
            .Build();

        Planner.Plan(item).Should().BeEmpty();
    }

    [Fact]
    public void Plan_DL2_Voicemail_RemindsToCallBackAt75PercentOfTheWindowAndNoResponseReminders()
    {
        // Left Friday 27 Nov 10:05, due Monday's closing 16:30: 6 h 25 min + 8 h 30 min = 14 h 55 min of office time;
        // 75 % is 11 h 11 min 15 s: Friday 6 h 25 min, then Monday 08:00 + 4 h 46 min 15 s.
        var item = TrackedItems.Item(channel: Channel.Voicemail, mailbox: Bygglov, arrived: Local(2026, 11, 27, 10, 5)).Build();

        var plan = Planner.Plan(item);

        plan.Select(r => (r.Kind, r.Recipient, r.DueAt, r.Deadline)).Should().BeEquivalentTo(new[]
        {
            (ReminderKind.CallbackDue, Bo, Local(2026, 11, 30, 12, 46, 15), (Instant?)Local(2026, 11, 30, 16, 30)),
            (ReminderKind.CallbackDue, Sara, Local(2026, 11, 30, 12, 46, 15), (Instant?)Local(2026, 11, 30, 16, 30)),
        });
    }

    [Fact]
    public void Plan_DL8_PublicDocumentRequest_RemindsTheSameDayAt75PercentOfTheTimeLeft()
    {
        // Arrived Friday 10:05, due 16:30 the same day: 6 h 25 min, 75 % is 4 h 48 min 45 s → 14:53:45.
        var item = TrackedItems.Item(channel: Channel.PublicDocumentRequest, arrived: Local(2026, 11, 27, 10, 5)).Build();

        var documents = Planner.Plan(item).Where(r => r.Kind == ReminderKind.PublicDocumentDue).ToList();

        documents.Select(r => (r.Recipient, r.DueAt, r.Deadline)).Should().Equal((Anna, Local(2026, 11, 27, 14, 53, 45), (Instant?)Local(2026, 11, 27, 16, 30)));
    }

    [Fact]
    public void Plan_DL4_SefosPurgeOnAMonday_WarnsSevenDaysBeforeAndOnTheFridayBefore()
    {
        // Arrived Monday 2 Nov 2026 10:00; purged 35 days later, Monday 7 Dec 10:00. Seven days before: Monday 30 Nov;
        // one working day before: Friday 4 Dec.
        var item = TrackedItems.Item(channel: Channel.Sefos, arrived: Local(2026, 11, 2, 10, 0))
            .Answer(Local(2026, 11, 2, 11, 0))
            .Build(11);

        var plan = Planner.Plan(item);

        Instant purge = Local(2026, 12, 7, 10, 0);
        plan.Select(r => (r.Key, r.Kind, r.Recipient, r.DueAt, r.Deadline, r.Step)).Should().BeEquivalentTo(new[]
        {
            ("item:11:9:0:anna.svensson@osby.se", ReminderKind.SefosPurgeWarning, Anna, Local(2026, 11, 30, 10, 0), (Instant?)purge, 0),
            ("item:11:9:1:anna.svensson@osby.se", ReminderKind.SefosPurgeWarning, Anna, Local(2026, 12, 4, 10, 0), (Instant?)purge, 1),
        });
    }

    [Fact]
    public void Plan_DL4_SefosArrivedInTheEvening_WarningsWaitForTheNextOpening()
    {
        // Arrived Monday 2 Nov 2026 19:00; purged Monday 7 Dec 19:00; warnings Monday 30 Nov 19:00 and Friday 4 Dec 19:00,
        // sent at the next openings: Tuesday 1 Dec and Monday 7 Dec at 08:00 (before the purge that evening).
        var item = TrackedItems.Item(channel: Channel.Sefos, arrived: Local(2026, 11, 2, 19, 0))
            .Answer(Local(2026, 11, 3, 9, 0))
            .Build();

        var warnings = Planner.Plan(item).Where(r => r.Kind == ReminderKind.SefosPurgeWarning).OrderBy(r => r.Step);

        warnings.Select(r => r.DueAt).Should().Equal(Local(2026, 12, 1, 8, 0), Local(2026, 12, 7, 8, 0));
    }

    [Fact]
    public void Plan_DL4_SefosRegisteredAfterTheLatestActivity_PlansNoWarnings()
    {
        var item = TrackedItems.Item(channel: Channel.Sefos, arrived: Local(2026, 11, 2, 10, 0))
            .Answer(Local(2026, 11, 2, 11, 0))
            .Register(Local(2026, 11, 2, 11, 30), "KS 2026/123")
            .Build();

        Planner.Plan(item).Should().BeEmpty();
    }

    [Fact]
    public void Plan_BusyItem_KeysAreUnique()
    {
        var item = TrackedItems.Item(channel: Channel.Sefos, arrived: Local(2026, 11, 27, 10, 5))
            .Forward(Official, Bygglov, Local(2026, 11, 27, 10, 30))
            .Forward(Official, Bo, Local(2026, 11, 27, 10, 35))
            .Forward(Bygglov, Miljo, Local(2026, 11, 27, 10, 40))
            .Acknowledge(Local(2026, 11, 27, 11, 0), Local(2026, 12, 4, 12, 0))
            .Build();

        var plan = Planner.Plan(item);

        plan.Should().HaveCountGreaterThan(8);
        plan.Select(r => r.Key).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Plan_SameItemTwice_GivesTheSamePlan()
    {
        var item = TrackedItems.Item(arrived: Local(2026, 11, 27, 10, 5)).Forward(Official, Bygglov, Local(2026, 11, 27, 10, 30)).Build();

        Planner.Plan(item).Should().Equal(Planner.Plan(item));
    }
}
