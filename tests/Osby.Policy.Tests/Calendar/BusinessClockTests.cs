using Osby.Policy.Calendar;
using static Osby.Policy.Tests.StockholmTime;

namespace Osby.Policy.Tests.Calendar;

/// <summary>Office-hours edges of the business clock (CAL-4, CAL-5) with the DL-1 examples from RULES.md.</summary>
public sealed partial class BusinessClockTests
{
    private static readonly BusinessClock Clock = BusinessClock.Stockholm;
    private static readonly DateTimeZone Stockholm = StockholmTime.Zone;

    [Theory]
    // DL-1 examples in RULES.md: one working day of office time (8 h 30 min).
    [InlineData("2026-11-30 14:00", "2026-12-01 14:00")] // Monday 14:00 → Tuesday 14:00
    [InlineData("2026-11-27 15:00", "2026-11-30 15:00")] // Friday 15:00 → Monday 15:00 (1 h 30 on Friday + 7 h on Monday)
    [InlineData("2026-11-28 11:00", "2026-11-30 16:30")] // Saturday → Monday at closing
    [InlineData("2026-12-01 00:00", "2026-12-01 16:30")] // midnight → the day's closing
    [InlineData("2026-12-01 08:00", "2026-12-01 16:30")] // exactly at opening
    [InlineData("2026-12-01 16:30", "2026-12-02 16:30")] // exactly at closing: the clock starts next morning
    [InlineData("2026-12-01 07:59", "2026-12-01 16:30")]
    [InlineData("2026-12-01 16:29", "2026-12-02 16:29")]
    // Friday afternoon before midsommar: midsommarafton 2026-06-19 is closed.
    [InlineData("2026-06-18 15:00", "2026-06-22 15:00")]
    [InlineData("2026-06-19 10:00", "2026-06-22 16:30")] // arrives on midsommarafton
    // The week between Christmas and New Year 2026: 24 Dec (Thu) eve, 25 Dec holiday, 28–30 Dec open, 31 Dec eve, 1 Jan holiday.
    [InlineData("2026-12-23 15:00", "2026-12-28 15:00")]
    [InlineData("2026-12-24 09:00", "2026-12-28 16:30")] // arrives on julafton
    [InlineData("2026-12-30 14:00", "2027-01-04 14:00")] // 2 h 30 on the 30th, then 6 h on Monday 4 January
    [InlineData("2027-01-05 12:00", "2027-01-07 12:00")] // Trettondedag jul (Wednesday 6 January) is skipped
    public void AddWorkingTime_OneWorkingDay_DueAsRulesSay(string arrival, string due) =>
        Local(Clock.AddWorkingTime(At(arrival), Duration.FromMinutes(510))).Should().Be(due);

    [Theory]
    [InlineData("2026-12-01 08:00", 60, "2026-12-01 09:00")]
    [InlineData("2026-12-01 16:00", 30, "2026-12-01 16:30")] // ends exactly at closing, not at the next opening
    [InlineData("2026-12-01 16:30", 1, "2026-12-02 08:01")]
    [InlineData("2026-12-01 16:00", 31, "2026-12-02 08:01")]
    public void AddWorkingTime_AroundClosing_CountsOnlyOfficeMinutes(string start, int minutes, string expected) =>
        Local(Clock.AddWorkingTime(At(start), Duration.FromMinutes(minutes))).Should().Be(expected);

    [Fact]
    public void AddWorkingTime_Zero_ReturnsStartEvenOutsideOfficeHours()
    {
        Instant saturday = At("2026-11-28 11:00");
        Clock.AddWorkingTime(saturday, Duration.Zero).Should().Be(saturday);
    }

    [Fact]
    public void AddWorkingTime_Negative_Throws() =>
        FluentActions.Invoking(() => Clock.AddWorkingTime(At("2026-12-01 09:00"), Duration.FromMinutes(-1)))
            .Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData("2026-12-01 08:00", true)]
    [InlineData("2026-12-01 07:59", false)]
    [InlineData("2026-12-01 16:29", true)]
    [InlineData("2026-12-01 16:30", false)]
    [InlineData("2026-12-24 10:00", false)] // julafton
    [InlineData("2026-06-19 10:00", false)] // midsommarafton
    [InlineData("2026-11-28 10:00", false)] // Saturday
    public void IsOpen_AtEdges_OpenFromOpeningUntilBeforeClosing(string local, bool open) =>
        Clock.IsOpen(At(local)).Should().Be(open);

    [Fact]
    public void IsOpen_UtcEveningBeforeJulafton_ClassifiedByStockholmDate()
    {
        // 2024-12-23T23:30Z is 00:30 on julafton in Stockholm.
        var instant = Instant.FromUtc(2024, 12, 23, 23, 30);
        Clock.IsOpen(instant).Should().BeFalse();
        Local(Clock.NextOpening(instant)).Should().Be("2024-12-27 08:00");
    }

    [Theory]
    [InlineData("2026-12-01 08:00", "2026-12-01 08:00")] // exactly at an opening
    [InlineData("2026-12-01 06:00", "2026-12-01 08:00")]
    [InlineData("2026-12-01 08:01", "2026-12-02 08:00")] // already open: the next opening is tomorrow
    [InlineData("2026-12-01 16:30", "2026-12-02 08:00")]
    [InlineData("2026-12-04 17:00", "2026-12-07 08:00")] // Friday evening → Monday
    [InlineData("2026-12-23 17:00", "2026-12-28 08:00")]
    [InlineData("2026-12-30 16:45", "2027-01-04 08:00")]
    public void NextOpening_FromVariousInstants_IsEarliestOpeningAtOrAfter(string from, string expected) =>
        Local(Clock.NextOpening(At(from))).Should().Be(expected);

    [Fact]
    public void OpeningAndClosingOf_WorkingDayAndClosedDay()
    {
        Local(Clock.OpeningOf(new LocalDate(2026, 12, 1))!.Value).Should().Be("2026-12-01 08:00");
        Local(Clock.ClosingOf(new LocalDate(2026, 12, 1))!.Value).Should().Be("2026-12-01 16:30");
        Clock.OpeningOf(new LocalDate(2026, 12, 24)).Should().BeNull();
        Clock.ClosingOf(new LocalDate(2026, 12, 26)).Should().BeNull();
    }

    [Theory]
    // Spring forward (last Sunday of March 2026: 29 March) and fall back (25 October 2026) happen on Sundays:
    // office hours stay 08:00–16:30 local on both sides.
    [InlineData("2026-03-27 15:00", "2026-03-30 15:00")]
    [InlineData("2026-10-23 15:00", "2026-10-26 15:00")]
    [InlineData("2026-03-28 02:30", "2026-03-30 16:30")]
    public void AddWorkingTime_AcrossDaylightSavingWeekend_KeepsLocalOfficeHours(string arrival, string due) =>
        Local(Clock.AddWorkingTime(At(arrival), Duration.FromMinutes(510))).Should().Be(due);

    [Fact]
    public void WorkingTimeBetween_AcrossSpringForward_CountsOnlyOfficeTime()
    {
        Instant friday = At("2026-03-27 15:00");
        Instant monday = At("2026-03-30 15:00");
        (monday - friday).Should().Be(Duration.FromHours(71)); // one wall-clock hour was skipped
        Clock.WorkingTimeBetween(friday, monday).Should().Be(Duration.FromMinutes(510));
        Clock.WorkingTimeBetween(monday, friday).Should().Be(Duration.FromMinutes(-510));
    }

    [Fact]
    public void WorkingTimeBetween_WholeWeekBetweenChristmasAndNewYear_CountsThreeDays() =>
        Clock.WorkingTimeBetween(At("2026-12-24 00:00"), At("2027-01-04 00:00")).Should().Be(Duration.FromMinutes(3 * 510));

    [Fact]
    public void ClosingBeforePublicHoliday_ShortensSkartorsdagenButNotOrdinaryDays()
    {
        var hours = OfficeHours.Default.WithClosingBeforePublicHoliday(new LocalTime(13, 0));
        var clock = new BusinessClock(WorkingCalendar.Sweden, hours, Stockholm);

        Local(clock.ClosingOf(new LocalDate(2026, 4, 2))!.Value).Should().Be("2026-04-02 13:00"); // skärtorsdagen, before Långfredagen
        Local(clock.ClosingOf(new LocalDate(2026, 4, 30))!.Value).Should().Be("2026-04-30 13:00"); // before Första maj
        Local(clock.ClosingOf(new LocalDate(2026, 4, 1))!.Value).Should().Be("2026-04-01 16:30");
        Local(clock.AddWorkingTime(At("2026-04-02 12:00"), Duration.FromHours(2))).Should().Be("2026-04-07 09:00");
    }

    [Fact]
    public void ShortenedDayAndWeekdayHours_AreHonoured()
    {
        var hours = OfficeHours.Default
            .WithDay(IsoDayOfWeek.Friday, new LocalTime(8, 0), new LocalTime(15, 0))
            .WithShortenedDay(new LocalDate(2026, 12, 23), new LocalTime(12, 0));
        var clock = new BusinessClock(WorkingCalendar.Sweden, hours, Stockholm);

        Local(clock.ClosingOf(new LocalDate(2026, 12, 4))!.Value).Should().Be("2026-12-04 15:00");
        Local(clock.ClosingOf(new LocalDate(2026, 12, 23))!.Value).Should().Be("2026-12-23 12:00");
        Local(clock.AddWorkingTime(At("2026-12-04 14:30"), Duration.FromHours(1))).Should().Be("2026-12-07 08:30");
    }

    [Fact]
    public void MunicipalClosedDay_IsSkippedByTheClock()
    {
        var calendar = WorkingCalendar.Sweden.WithClosedDays([new LocalDate(2026, 5, 15)]); // Friday after Kristi himmelsfärd
        var clock = new BusinessClock(calendar, OfficeHours.Default, Stockholm);
        Local(clock.AddWorkingTime(At("2026-05-13 15:00"), Duration.FromMinutes(510))).Should().Be("2026-05-18 15:00");
    }

    [Fact]
    public void OfficeHours_InvalidConfiguration_Throws()
    {
        FluentActions.Invoking(() => OfficeHours.Default.WithDay(IsoDayOfWeek.Monday, new LocalTime(17, 0), new LocalTime(8, 0)))
            .Should().Throw<ArgumentException>();
        var hours = OfficeHours.Default;
        foreach (IsoDayOfWeek day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday })
        {
            hours = hours.WithDayClosed(day);
        }

        FluentActions.Invoking(() => hours.WithDayClosed(IsoDayOfWeek.Friday)).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(1969, 12, 31)]
    [InlineData(2201, 1, 1)]
    public void Instants_OutsideSupportedRange_ThrowNamingTheRange(int year, int month, int day)
    {
        var instant = new LocalDate(year, month, day).At(new LocalTime(12, 0)).InUtc().ToInstant();
        FluentActions.Invoking(() => Clock.AddWorkingTime(instant, Duration.FromHours(1)))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*1970*2200*");
        FluentActions.Invoking(() => Clock.IsOpen(instant)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void AddWorkingTime_PastTheEndOf2200_Throws() =>
        FluentActions.Invoking(() => Clock.AddWorkingTime(At("2200-12-28 09:00"), Duration.FromHours(100)))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*2200*");
}
