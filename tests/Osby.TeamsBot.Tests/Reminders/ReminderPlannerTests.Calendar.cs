using Osby.Policy;
using Osby.TeamsBot.Reminders;
using Osby.TeamsBot.Tests.Cards;
using static Osby.TeamsBot.Tests.Reminders.ReminderWorld;

namespace Osby.TeamsBot.Tests.Reminders;

/// <summary>When reminders and digests go out on the Swedish working calendar: holidays, DST, quiet hours (CAL-1, CAL-4, CAL-5, DL-1, DL-7).</summary>
public sealed partial class ReminderPlannerTests
{
    /// <summary>
    /// Arrival (local) → DL-1 "due soon" (6 h 22 min 30 s of office time), deadline (8 h 30 min) and when the overdue
    /// reminder goes out, all local, worked out by hand on Monday–Friday 08:00–16:30.
    /// </summary>
    public static TheoryData<string, string, string, string, string> ResponseCases { get; } = new()
    {
        // Friday 15:40: 50 min on Friday, Monday 08:00 + 5 h 32 min 30 s / + 7 h 40 min.
        { "Friday afternoon", "2026-11-27 15:40", "2026-11-30 13:32:30", "2026-11-30 15:40:00", "2026-11-30 15:40:00" },

        // Thursday before midsommar 14:00: 2 h 30 min on Thursday; midsommarafton (Fri 19 June) and the weekend are closed.
        { "before midsommar", "2026-06-18 14:00", "2026-06-22 11:52:30", "2026-06-22 14:00:00", "2026-06-22 14:00:00" },

        // On midsommarafton: the clock starts Monday 22 June at 08:00; due at its closing, told Tuesday's opening.
        { "on midsommarafton", "2026-06-19 10:00", "2026-06-22 14:22:30", "2026-06-22 16:30:00", "2026-06-23 08:00:00" },

        // 23 December 15:00: 1 h 30 min; julafton, juldagen, annandag jul (a Saturday) and Sunday are closed.
        { "before jul", "2026-12-23 15:00", "2026-12-28 12:52:30", "2026-12-28 15:00:00", "2026-12-28 15:00:00" },

        // On julafton: the clock starts Monday 28 December at 08:00.
        { "on julafton", "2026-12-24 09:00", "2026-12-28 14:22:30", "2026-12-28 16:30:00", "2026-12-29 08:00:00" },

        // 30 December 15:00: nyårsafton and nyårsdagen (Thursday, Friday) and the weekend are closed.
        { "before nyår", "2026-12-30 15:00", "2027-01-04 12:52:30", "2027-01-04 15:00:00", "2027-01-04 15:00:00" },

        // 5 January 2027 16:00: 30 min; trettondedag jul (Wednesday 6 January) is closed.
        { "before trettondedag", "2027-01-05 16:00", "2027-01-07 13:52:30", "2027-01-07 16:00:00", "2027-01-07 16:00:00" },

        // Summer time starts Sunday 29 March 2026: office hours stay 08:00–16:30 local.
        { "across spring DST", "2026-03-27 15:00", "2026-03-30 12:52:30", "2026-03-30 15:00:00", "2026-03-30 15:00:00" },

        // Summer time ends Sunday 25 October 2026.
        { "across autumn DST", "2026-10-23 15:00", "2026-10-26 12:52:30", "2026-10-26 15:00:00", "2026-10-26 15:00:00" },

        // Saturday: the clock starts Monday; due at Monday's closing, which is quiet, so told at Tuesday's opening.
        { "on a Saturday", "2026-11-28 10:00", "2026-11-30 14:22:30", "2026-11-30 16:30:00", "2026-12-01 08:00:00" },
    };

    [Theory]
    [MemberData(nameof(ResponseCases))]
    public void Plan_DL1_OnTheWorkingCalendar_RemindsAtHandComputedWorkingInstants(string because, string arrival, string dueSoon, string deadline, string overdue)
    {
        var item = TrackedItems.Item(channel: Channel.FunctionMailbox, mailbox: Bygglov, arrived: Parse(arrival)).Build();

        var plan = Planner.Plan(item);

        plan.Where(r => r.Kind == ReminderKind.ResponseDueSoon).Should().HaveCount(2).And.OnlyContain(r => r.DueAt == Parse(dueSoon), because);
        plan.Where(r => r.Kind == ReminderKind.ResponseOverdue).Should().HaveCount(2).And.OnlyContain(r => r.DueAt == Parse(overdue), because);
        plan.Where(r => r.Kind == ReminderKind.ResponseOverdueEscalation).Should().ContainSingle()
            .Which.Should().Match<PlannedReminder>(r => r.DueAt == Parse(overdue) && r.Recipient == BygglovChef, because);
        plan.Should().OnlyContain(r => r.Deadline == Parse(deadline), because);
        plan.Should().OnlyContain(r => InOfficeHours(r.DueAt), because);
    }

    [Fact]
    public void Plan_DL1_EscalationsOutsideQuietHoursWhenConfigured_GoAtTheDeadlineWhileTheOwnerWaitsForTheOpening()
    {
        var planner = ReminderWorld.Planner(o => o.QuietHoursIncludeEscalations = false);
        var item = TrackedItems.Item(channel: Channel.FunctionMailbox, mailbox: Bygglov, arrived: Local(2026, 11, 28, 10, 0)).Build();

        var plan = planner.Plan(item);

        plan.Single(r => r.Kind == ReminderKind.ResponseOverdueEscalation).DueAt.Should().Be(Local(2026, 11, 30, 16, 30));
        plan.Where(r => r.Kind == ReminderKind.ResponseOverdue).Should().OnlyContain(r => r.DueAt == Local(2026, 12, 1, 8, 0));
    }

    [Theory]
    [InlineData("2026-11-27 08:00", "2026-11-27 08:00:00")] // the opening itself is open
    [InlineData("2026-11-27 16:29", "2026-11-27 16:29:00")]
    [InlineData("2026-11-27 16:30", "2026-11-30 08:00:00")] // the closing is closed: Monday's opening
    [InlineData("2026-11-28 12:00", "2026-11-30 08:00:00")] // Saturday
    [InlineData("2026-11-30 07:59", "2026-11-30 08:00:00")]
    [InlineData("2026-06-18 17:00", "2026-06-22 08:00:00")] // the evening before midsommarafton
    [InlineData("2026-12-23 20:00", "2026-12-28 08:00:00")] // the evening before julafton
    [InlineData("2026-12-31 10:00", "2027-01-04 08:00:00")] // nyårsafton
    [InlineData("2027-01-06 10:00", "2027-01-07 08:00:00")] // trettondedag jul
    [InlineData("2026-03-29 02:30", "2026-03-30 08:00:00")] // the Sunday summer time starts (02:30 does not exist; 03:30 CEST)
    public void OutOfQuietHours_CAL4_MovesClosedTimesToTheNextOpening(string at, string expected)
    {
        Instant instant = at == "2026-03-29 02:30" ? Local(2026, 3, 29, 3, 30) : Parse(at);

        Planner.OutOfQuietHours(instant, escalation: false).Should().Be(Parse(expected));
        Planner.OutOfQuietHours(instant, escalation: true).Should().Be(Parse(expected), "escalations wait too by default");
    }

    [Fact]
    public void OutOfQuietHours_EscalationWhenEscalationsIgnoreQuietHours_IsNotMoved()
    {
        var planner = ReminderWorld.Planner(o => o.QuietHoursIncludeEscalations = false);

        planner.OutOfQuietHours(Local(2026, 11, 28, 12, 0), escalation: true).Should().Be(Local(2026, 11, 28, 12, 0));
        planner.OutOfQuietHours(Local(2026, 11, 28, 12, 0), escalation: false).Should().Be(Local(2026, 11, 30, 8, 0));
    }

    [Fact]
    public void Digests_OnAWorkingDay_OnePerManagerAt0800WithTheDayInTheKey()
    {
        var digests = Planner.Digests(new LocalDate(2026, 11, 30));

        digests.Select(d => d.Recipient).Should().BeEquivalentTo(Managers, "Karl leads two units but gets one digest");
        digests.Should().OnlyContain(d => d.Kind == ReminderKind.ManagerDigest && d.ItemId == null && d.Deadline == null
            && d.DueAt == Local(2026, 11, 30, 8, 0) && d.Key == "digest:" + d.Recipient + ":2026-11-30");
    }

    [Theory]
    [InlineData("2026-06-19")] // midsommarafton
    [InlineData("2026-11-28")] // Saturday
    [InlineData("2026-12-24")] // julafton
    [InlineData("2026-12-31")] // nyårsafton
    [InlineData("2027-01-01")] // nyårsdagen
    [InlineData("2027-01-06")] // trettondedag jul
    public void Digests_OnANonWorkingDay_None(string day)
    {
        Planner.Digests(LocalDatePattern(day)).Should().BeEmpty();
    }

    [Fact]
    public void Digests_OnTheDayAfterTheSpringDstSwitch_AreAt0800SummerTime()
    {
        Planner.Digests(new LocalDate(2026, 3, 30)).Should().OnlyContain(d => d.DueAt == Instant.FromUtc(2026, 3, 30, 6, 0));
    }

    [Fact]
    public void Digests_ConfiguredTime_IsUsedAndAnEarlierTimeWaitsForTheOpening()
    {
        ReminderWorld.Planner(o => o.DigestTime = new LocalTime(9, 15)).Digests(new LocalDate(2026, 11, 30))
            .Should().OnlyContain(d => d.DueAt == Local(2026, 11, 30, 9, 15));
        ReminderWorld.Planner(o => o.DigestTime = new LocalTime(6, 0)).Digests(new LocalDate(2026, 11, 30))
            .Should().OnlyContain(d => d.DueAt == Local(2026, 11, 30, 8, 0));
    }

    [Fact]
    public void GuidelineFollowUp_DL7_WithoutAnOwner_IsNull()
    {
        Planner.GuidelineFollowUp(Local(2026, 3, 1, 12, 0)).Should().BeNull();
    }

    [Theory]
    [InlineData("2026-03-01 12:00", "2026-06-03 08:00:00", "guideline:2026")] // Wednesday 3 June 2026
    [InlineData("2026-06-03 12:00", "2026-06-03 08:00:00", "guideline:2026")] // on the day itself, after the opening
    [InlineData("2026-06-04 09:00", "2027-06-03 08:00:00", "guideline:2027")] // Thursday 3 June 2027
    [InlineData("2027-12-01 09:00", "2028-06-05 08:00:00", "guideline:2028")] // 3 June 2028 is a Saturday: Monday 5 June
    [InlineData("2024-06-03 09:00", "2025-06-03 08:00:00", "guideline:2025")] // the decision day is no follow-up
    public void GuidelineFollowUp_DL7_TheNextAnniversaryOfTheDecisionAtTheOpening(string now, string expected, string key)
    {
        var planner = ReminderWorld.Planner(o => o.GuidelineOwner = " Kansli.Chef@osby.se ");

        PlannedReminder? followUp = planner.GuidelineFollowUp(Parse(now));

        followUp.Should().BeEquivalentTo(new PlannedReminder(key, ReminderKind.GuidelineFollowUp, null, "kansli.chef@osby.se", Parse(expected), null, 0));
    }

    private static Instant Parse(string local)
    {
        var pattern = NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture(local.Length > 16 ? "uuuu-MM-dd HH:mm:ss" : "uuuu-MM-dd HH:mm");
        return pattern.Parse(local).Value.InZoneStrictly(Zone).ToInstant();
    }

    private static LocalDate LocalDatePattern(string day) => NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;

    /// <summary>Within 08:00–16:30 local on a working day (CAL-1, CAL-4), checked from the local time, not the clock's IsOpen.</summary>
    private static bool InOfficeHours(Instant at)
    {
        LocalDateTime local = at.InZone(Zone).LocalDateTime;
        return ReminderWorld.Policy.Clock.Calendar.IsWorkingDay(local.Date) && local.TimeOfDay >= new LocalTime(8, 0) && local.TimeOfDay < new LocalTime(16, 30);
    }
}
