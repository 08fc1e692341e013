using Osby.Policy;
using Osby.Policy.Routing;
using Osby.TeamsBot.Digests;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Reminders;
using static Osby.TeamsBot.Tests.Cards.TrackedItems;

namespace Osby.TeamsBot.Tests.Digests;

/// <summary>
/// What a manager's digest says (issue 7 §3), from hand-built items on the default policy (office hours 8.00–16.30, first
/// response within 8 h 30 min of office time, forwards confirmed within 4 office hours). Every expected value below is
/// worked out by hand in the comments.
/// </summary>
public sealed class DigestContentTests
{
    private static readonly ManagerUnits Maria = new("Maria Chef", ["Samhällsbyggnadsförvaltningen"]);
    private static readonly string[] UnitParties = [Official, Bygglov, Anna];

    // Monday 30 November 2026, 9.00: the first working day of its week; last week is 23–29 November.
    private static Instant Monday => At(2026, 11, 30, 9, 0);

    /// <summary>The scenario of the class: ids are letters' positions (A = 1 …).</summary>
    private static TrackedItem[] Scenario() =>
    [
        // A: Fri 27 Nov 10.05, no answer: due Mon 30 Nov 10.05 (6 h 25 min Friday + 2 h 05 min Monday), due soon at 9.00 and due today.
        Item(arrived: At(2026, 11, 27, 10, 5)).Build(1),

        // B: Wed 25 Nov 9.00, no answer: due Thu 26 Nov 9.00 (7 h 30 min + 1 h). Overdue; working days Fri 27 and Mon 30 since.
        Item(arrived: At(2026, 11, 25, 9, 0)).Build(2),

        // C: Thu 26 Nov 14.00, no answer: due Fri 27 Nov 14.00 (2 h 30 min + 6 h). Overdue; working day Mon 30 since.
        Item(arrived: At(2026, 11, 26, 14, 0)).Build(3),

        // D: Tue 24 Nov 10.00, answered 11.00 (in time) and closed: not open; in time last week and in the last 30 days.
        Item(arrived: At(2026, 11, 24, 10, 0)).Answer(At(2026, 11, 24, 11, 0)).Close(At(2026, 11, 24, 12, 0)).Build(4),

        // E: Mon 23 Nov 8.00, due 16.30 that day; acknowledged Wed 25 Nov (late) with a promise for 10 December: open, not overdue.
        Item(arrived: At(2026, 11, 23, 8, 0)).Acknowledge(At(2026, 11, 25, 9, 0), At(2026, 12, 10, 12, 0)).Build(5),

        // F: Fri 27 Nov 13.00, forwarded 13.10 to Bygglov, answered 13.30 (in time). The confirmation was due Mon 8.40
        // (3 h 20 min Friday + 40 min Monday): overdue by 20 minutes, one unconfirmed forward; Osby kommun still responsible.
        Item(arrived: At(2026, 11, 27, 13, 0)).Forward(Official, Bygglov, At(2026, 11, 27, 13, 10)).Answer(At(2026, 11, 27, 13, 30)).Build(6),

        // G: SEFOS, Sun 1 Nov 10.00, answered Mon 2 Nov 9.00 (due 16.30 that day: in time). Purged Sun 6 Dec 10.00: within 7 days.
        Item(channel: Channel.Sefos, arrived: At(2026, 11, 1, 10, 0)).Answer(At(2026, 11, 2, 9, 0)).Build(7),

        // H: SEFOS, Fri 6 Nov 10.00, answered 11.00. Purged Fri 11 Dec: not within 7 days.
        Item(channel: Channel.Sefos, arrived: At(2026, 11, 6, 10, 0)).Answer(At(2026, 11, 6, 11, 0)).Build(8),

        // I: Thu 15 Oct 10.00, due Fri 16 Oct 10.00, answered 15.00 (late), closed: the previous 30 days (2 Oct – 31 Oct).
        Item(arrived: At(2026, 10, 15, 10, 0)).Answer(At(2026, 10, 16, 15, 0)).Close(At(2026, 10, 20, 9, 0)).Build(9),

        // J: Tue 20 Oct 9.00, answered 10.00 (in time), closed: the previous 30 days.
        Item(arrived: At(2026, 10, 20, 9, 0)).Answer(At(2026, 10, 20, 10, 0)).Close(At(2026, 10, 20, 11, 0)).Build(10),

        // K: Tue 1 Sep, answered late and closed: before both windows, counted nowhere.
        Item(arrived: At(2026, 9, 1, 9, 0)).Answer(At(2026, 9, 3, 9, 0)).Close(At(2026, 9, 3, 10, 0)).Build(11),
    ];

    private static OutboxEntry Failed(string recipient, long? itemId, string? reason = "Appen är blockerad (403).") => new(
        new PlannedReminder($"item:{itemId}:x:0:{recipient}", ReminderKind.ResponseOverdue, itemId, recipient, Monday, null, 0),
        OutboxState.Failed,
        1,
        Monday,
        null,
        null,
        null,
        reason);

    private static DigestView Compute(IEnumerable<TrackedItem> items, Instant now, params OutboxEntry[] failures) =>
        DigestContent.Compute(Maria, UnitParties, items, [], failures, Names, DefaultPolicy, now);

    [Fact]
    public void Compute_ClosedItemsAsTheOutcomesStoredWhenTheyClosed_CountAsWhenReplayedNow()
    {
        // The bot stores a closed item's first-response outcome when it is closed and the digest reads only that; the
        // scenario's closed items replayed at Monday must count the same.
        TrackedItem[] all = [.. Scenario()];
        ItemOutcome[] stored = [.. all.Where(i => i.IsClosed)
            .Select(i => new ItemOutcome(i.Id, i.Arrival.FirstArrival, FirstResponseOutcomes.Of(i, DefaultPolicy, i.LastActivity)))];

        DigestView replayed = Compute(all, Monday);
        DigestView fromStored = DigestContent.Compute(Maria, UnitParties, all.Where(i => !i.IsClosed), stored, [], Names, DefaultPolicy, Monday);

        stored.Should().HaveCountGreaterThan(2);
        fromStored.Should().BeEquivalentTo(replayed);
        (fromStored.Last30Days.Total + fromStored.Previous30Days.Total).Should().BeGreaterThan(0, "closed items are in the windows");
    }

    [Fact]
    public void Compute_Scenario_CountsOpenDueTodayOverdueUnconfirmedAndSefos()
    {
        DigestView view = Compute(Scenario(), Monday);

        view.ManagerName.Should().Be("Maria Chef");
        view.Units.Should().Equal("Samhällsbyggnadsförvaltningen");
        view.Today.Should().Be(new LocalDate(2026, 11, 30));
        view.OpenItems.Should().Be(7, "A, B, C, E, F, G and H are not closed");
        view.DueToday.Should().Be(1, "only A's first response falls due today and is still in time");
        view.Overdue.Should().Be(3, "B and C owe a first response, F a confirmation");
        view.UnconfirmedForwards.Should().Be(1, "F's forward to Bygglov (DL-6)");
        view.SefosPurgesSoon.Should().Be(1, "G is purged on 6 December, H on 11 December (DL-4)");
        view.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Compute_Overdue_WorstFirstWithOwnerWhatAndHowLate()
    {
        DigestView view = Compute(Scenario(), Monday);

        view.WorstOverdue.Should().Equal(
            new DigestOverdueItem(2, "Osby kommun", "Första svar", At(2026, 11, 26, 9, 0), "2 arbetsdagar"),
            new DigestOverdueItem(3, "Osby kommun", "Första svar", At(2026, 11, 27, 14, 0), "1 arbetsdag"),
            new DigestOverdueItem(6, "Osby kommun", "Bekräftelse från Bygglov", At(2026, 11, 30, 8, 40), "20 minuter"));
    }

    [Fact]
    public void Compute_EightOverdue_NamesTheFiveMostOverdueAndCountsAll()
    {
        // Item n arrived on 2 November + n days at 9.00 (n = 0 … 7), all unanswered and overdue on 30 November.
        TrackedItem[] items = [.. Enumerable.Range(0, 8).Reverse().Select(n => Item(arrived: At(2026, 11, 2 + n, 9, 0)).Build(100 + n))];

        DigestView view = Compute(items, Monday);

        view.Overdue.Should().Be(8);
        view.WorstOverdue.Select(o => o.ItemId).Should().Equal(100, 101, 102, 103, 104);
    }

    [Fact]
    public void Compute_AnsweredInTime_Last30DaysAgainstThe30Before()
    {
        DigestView view = Compute(Scenario(), Monday);

        // Since 1 November: settled are B, C (overdue), D, E (late), F, G, H; in time D, F, G, H. A is still in time.
        view.Last30Days.Should().Be(new AnswerShare(4, 7));
        view.Last30Days.Text().Should().Be("4 av 7 (57 %)");

        // 2–31 October: I (late) and J (in time).
        view.Previous30Days.Should().Be(new AnswerShare(1, 2));
        view.Previous30Days.Text().Should().Be("1 av 2 (50 %)");
    }

    [Fact]
    public void AnswerShare_NoItems_SaysSo()
    {
        new AnswerShare(0, 0).Text().Should().Be("inga ärenden");
        Compute([], Monday).Previous30Days.Text().Should().Be("inga ärenden");
    }

    [Fact]
    public void Compute_OnMonday_HasLastWeeksSummary()
    {
        DigestView view = Compute(Scenario(), Monday);

        // Arrived 23–29 November: A, B, C, D, E, F. In time: D, F. Late: B, C (unanswered), E (acknowledged late). A is still in time.
        view.LastWeek.Should().Be(new WeekSummary(new LocalDate(2026, 11, 23), 6, 2, 3));
    }

    [Fact]
    public void Compute_OnTuesday_HasNoWeeklySummary()
    {
        Compute(Scenario(), At(2026, 12, 1, 9, 0)).LastWeek.Should().BeNull();
    }

    [Fact]
    public void Compute_OnTuesdayAfterEasterMonday_HasLastWeeksSummary()
    {
        // Annandag påsk is Monday 29 March 2027, so Tuesday 30 March is the first working day of the week; last week is 22–28 March.
        TrackedItem arrived = Item(arrived: At(2027, 3, 24, 9, 0)).Answer(At(2027, 3, 24, 10, 0)).Build(1);

        DigestView view = Compute([arrived], At(2027, 3, 30, 8, 0));

        view.LastWeek.Should().Be(new WeekSummary(new LocalDate(2027, 3, 22), 1, 1, 0));
    }

    [Theory]
    [InlineData(2026, 11, 30, true)] // an ordinary Monday
    [InlineData(2026, 12, 1, false)] // the Tuesday after it
    [InlineData(2027, 3, 29, false)] // Annandag påsk
    [InlineData(2027, 3, 30, true)] // the Tuesday after Annandag påsk
    [InlineData(2027, 3, 31, false)]
    [InlineData(2026, 11, 29, false)] // a Sunday
    [InlineData(2026, 12, 28, true)] // Monday between Christmas and New Year
    public void IsFirstWorkingDayOfWeek_KnownDays(int year, int month, int day, bool expected)
    {
        DigestContent.IsFirstWorkingDayOfWeek(DefaultPolicy.Clock.Calendar, new LocalDate(year, month, day)).Should().Be(expected);
    }

    [Fact]
    public void Compute_Failures_OnlyThoseToTheUnitOrAboutItsItems()
    {
        DigestView view = Compute(
            Scenario(),
            Monday,
            Failed(Anna, 2),
            Failed("someone.else@osby.se", 999),
            Failed("someone.else@osby.se", 3, reason: null),
            Failed(" ANNA.andersson@osby.se", null));

        view.FailedDeliveries.Should().Be(3, "to Anna (twice) or about item 3; not the one to someone else about another item");
        view.Failures.Should().Equal(
            new DigestFailure("Anna Andersson", ReminderKind.ResponseOverdue, 2, "Appen är blockerad (403)."),
            new DigestFailure("someone.else@osby.se", ReminderKind.ResponseOverdue, 3, "Okänt fel."),
            new DigestFailure("Anna Andersson", ReminderKind.ResponseOverdue, null, "Appen är blockerad (403)."));
    }

    [Fact]
    public void Compute_SevenFailures_NamesFiveAndCountsAll()
    {
        OutboxEntry[] failures = [.. Enumerable.Range(1, 7).Select(n => Failed(Anna, n))];

        DigestView view = Compute([], Monday, failures);

        view.FailedDeliveries.Should().Be(7);
        view.Failures.Select(f => f.ItemId).Should().Equal(1L, 2L, 3L, 4L, 5L);
    }

    [Fact]
    public void Compute_NothingOpenNoFailures_IsEmpty()
    {
        TrackedItem closed = Item(arrived: At(2026, 11, 24, 10, 0)).Answer(At(2026, 11, 24, 11, 0)).Close(At(2026, 11, 24, 12, 0)).Build(4);

        DigestView view = Compute([closed], Monday);

        view.IsEmpty.Should().BeTrue();
        view.OpenItems.Should().Be(0);
        view.Last30Days.Should().Be(new AnswerShare(1, 1), "a closed item still counts in the shares");
    }

    [Fact]
    public void Compute_OnlyAFailure_IsNotEmpty()
    {
        Compute([], Monday, Failed(Anna, null)).IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Compute_TheSameItemTwice_CountsOnce()
    {
        TrackedItem a = Item(arrived: At(2026, 11, 25, 9, 0)).Build(2);

        DigestView view = Compute([a, a], Monday);

        view.OpenItems.Should().Be(1);
        view.Overdue.Should().Be(1);
    }

    [Fact]
    public void FailuresSince_Monday_IsFridayMidnight()
    {
        DigestContent.FailuresSince(DefaultPolicy, Monday).Should().Be(At(2026, 11, 27, 0, 0));
        DigestContent.FailuresSince(DefaultPolicy, At(2027, 3, 30, 8, 0)).Should().Be(At(2027, 3, 25, 0, 0), "Långfredag 26 March is a holiday too, so skärtorsdag");
    }

    [Fact]
    public void HistoryStart_IsMidnightFiftyNineDaysBeforeToday()
    {
        DigestContent.HistoryStart(DefaultPolicy, Monday).Should().Be(At(2026, 10, 2, 0, 0));
    }

    [Theory]
    [InlineData(2026, 11, 30, 8, 59, "1 minut")]
    [InlineData(2026, 11, 30, 7, 0, "2 timmar")]
    [InlineData(2026, 11, 27, 16, 0, "1 arbetsdag")]
    [InlineData(2026, 11, 20, 9, 0, "6 arbetsdagar")]
    public void Late_InWorkingDaysOrTime(int year, int month, int day, int hour, int minute, string expected)
    {
        DigestContent.Late(DefaultPolicy, At(year, month, day, hour, minute), Monday).Should().Be(expected);
    }

    [Fact]
    public void ManagerUnits_Of_ByEmailOrUpnIgnoringCase()
    {
        MailboxDirectory directory = MailboxDirectory.Example;

        ManagerUnits? byEmail = ManagerUnits.Of(directory, "Forvaltningschef.SBF@osby.se");
        ManagerUnits? byUpn = ManagerUnits.Of(directory, "forvaltningschef.sbf@osbykommun.onmicrosoft.com");

        byEmail!.Units.Should().Equal("Samhällsbyggnadsförvaltningen");
        byUpn!.Units.Should().Equal("Samhällsbyggnadsförvaltningen");
        ManagerUnits.Of(directory, "anna.andersson@osby.se").Should().BeNull();
        ManagerUnits.Of(directory, " ").Should().BeNull();
    }

    [Fact]
    public void ManagerUnits_ExampleDirectory_TheFörvaltningschefsDigestCoversTheirFunctionMailboxes()
    {
        // The shipped example is what a first trial runs on: its mailbox owners must name the same units as its managers,
        // or nobody gets a digest or an escalation about them.
        MailboxDirectory directory = MailboxDirectory.Example;

        IReadOnlyList<string> sbf = ManagerUnits.Of(directory, "forvaltningschef.sbf@osby.se")!.DirectoryParties(directory);
        IReadOnlyList<string> soc = ManagerUnits.Of(directory, "forvaltningschef.soc@osby.se")!.DirectoryParties(directory);

        sbf.Should().Contain(["bygglov@osby.se", "samhallsbyggnad@osby.se", "miljo@osby.se"]).And.NotContain("socialtjanst@osby.se");
        soc.Should().Contain("socialtjanst@osby.se").And.NotContain("bygglov@osby.se");
    }

    [Theory]
    [InlineData("Samhällsbyggnadsförvaltningen", true)]
    [InlineData("samhällsbyggnadsförvaltningen, Miljöenheten", true)]
    [InlineData(" Samhällsbyggnadsförvaltningen, bygglov ", true)]
    [InlineData("Samhällsbyggnadsförvaltningen2", false)]
    [InlineData("Socialförvaltningen", false)]
    [InlineData("Kommunstyrelseförvaltningen, Samhällsbyggnadsförvaltningen", false)]
    [InlineData(null, false)]
    public void ManagerUnits_Covers_TheUnitAndItsParts(string? owner, bool expected)
    {
        Maria.Covers(owner).Should().Be(expected);
    }
}
