using NodaTime.Text;
using Osby.Policy.Calendar;

namespace Osby.Policy.Tests.Calendar;

/// <summary>
/// Worked examples of the working-day calendar (CAL-1) and statutory deadlines (CAL-3,
/// lag (1930:173) 2 § as it stood each year), written from calendar-law.md. Weekdays are noted
/// next to each date.
/// </summary>
public sealed partial class WorkingCalendarTests
{
    // ---- IsWorkingDay ----

    [Theory]
    [InlineData("2025-12-24")] // Wednesday, julafton
    [InlineData("2025-12-31")] // Wednesday, nyårsafton
    [InlineData("2025-06-20")] // Friday, midsommarafton
    [InlineData("2024-12-24")] // Tuesday, julafton
    [InlineData("2024-12-31")] // Tuesday, nyårsafton
    [InlineData("2024-06-21")] // Friday, midsommarafton
    [InlineData("2026-06-19")] // Friday, midsommarafton
    [InlineData("2200-12-31")] // Wednesday, nyårsafton in the last year
    public void IsWorkingDay_StatutoryEveOnWeekday_IsFalse(string date)
    {
        WorkingCalendar.Sweden.IsWorkingDay(ExampleDate(date)).Should().BeFalse();
    }

    [Theory]
    [InlineData("1900-12-24")] // Monday, julafton before lag (1930:173) named it
    [InlineData("1900-12-31")] // Monday, nyårsafton
    [InlineData("1930-12-24")] // Wednesday, julafton
    [InlineData("1933-06-23")] // Friday, midsommarafton on 23 June
    [InlineData("1934-12-24")] // Monday, julafton
    [InlineData("1973-12-31")] // Monday, nyårsafton before December 1974
    public void IsWorkingDay_CustomaryEveOnWeekday_IsFalse(string date)
    {
        WorkingCalendar.Sweden.IsWorkingDay(ExampleDate(date)).Should().BeFalse();
    }

    [Theory]
    [InlineData("2002-06-06", true)] // Thursday: National Day only a flag day before 2005
    [InlineData("2003-06-06", true)] // Friday
    [InlineData("2005-06-06", false)] // Monday: Sveriges nationaldag, a holiday from 2005
    [InlineData("2006-06-06", false)] // Tuesday
    [InlineData("2025-06-06", false)] // Friday
    public void IsWorkingDay_NationalDay_HolidayFrom2005(string date, bool expected)
    {
        WorkingCalendar.Sweden.IsWorkingDay(ExampleDate(date)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2003-06-09", false)] // Monday: Annandag pingst
    [InlineData("2004-05-31", false)] // Monday: Annandag pingst, last year (SFS 2004:1320)
    [InlineData("2005-05-16", true)] // Monday after Pingstdagen: an ordinary working day from 2005
    [InlineData("2006-06-05", true)] // Monday after Pingstdagen
    [InlineData("2025-06-09", true)] // Monday after Pingstdagen
    public void IsWorkingDay_WhitMonday_HolidayUpTo2004(string date, bool expected)
    {
        WorkingCalendar.Sweden.IsWorkingDay(ExampleDate(date)).Should().Be(expected);
    }

    [Theory]
    [InlineData("1952-03-25", false)] // Tuesday: Jungfru Marie bebådelsedag
    [InlineData("1953-03-25", true)] // Wednesday: moved to a Sunday by SFS 1952:48
    [InlineData("1948-03-25", true)] // Thursday in Holy Week: the feast kept on Sunday 14 March
    [InlineData("1940-03-25", false)] // Monday: Annandag påsk (and bebådelsedag)
    [InlineData("1952-06-23", false)] // Monday: midsommarafton on 23 June
    [InlineData("1952-06-24", false)] // Tuesday: Midsommardagen on 24 June
    [InlineData("1953-06-19", false)] // Friday: midsommarafton, the Friday 19–25 June
    [InlineData("1953-06-23", true)] // Tuesday
    [InlineData("1953-06-24", true)] // Wednesday
    [InlineData("1950-11-01", true)] // Wednesday: Alla helgons dag kept on Sunday 5 Nov before 1953
    [InlineData("1936-05-01", true)] // Friday: Första maj not yet a holiday
    [InlineData("1939-05-01", false)] // Monday: Första maj from 1939
    public void IsWorkingDay_HistoricalBoundaryYears_FollowsLawOfYear(string date, bool expected)
    {
        WorkingCalendar.Sweden.IsWorkingDay(ExampleDate(date)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2025-06-04", true)] // Wednesday
    [InlineData("2025-06-07", false)] // Saturday
    [InlineData("2025-06-08", false)] // Sunday, Pingstdagen
    [InlineData("2025-06-01", false)] // Sunday
    [InlineData("2025-04-17", true)] // Thursday, skärtorsdagen: not a holiday
    [InlineData("2025-04-18", false)] // Friday, Långfredagen
    [InlineData("2025-04-21", false)] // Monday, Annandag påsk
    [InlineData("2025-04-30", true)] // Wednesday, valborgsmässoafton: not a holiday
    [InlineData("2025-01-06", false)] // Monday, Trettondedag jul
    [InlineData("2025-05-29", false)] // Thursday, Kristi himmelsfärdsdag
    [InlineData("1950-03-04", false)] // Saturday: never a working day (CAL-1: Monday–Friday)
    [InlineData("1900-01-01", false)] // Monday, Nyårsdagen, first supported day
    [InlineData("1900-01-02", true)] // Tuesday
    public void IsWorkingDay_OrdinaryExamples_MondayToFridayWithoutHoliday(string date, bool expected)
    {
        WorkingCalendar.Sweden.IsWorkingDay(ExampleDate(date)).Should().Be(expected);
    }

    [Fact]
    public void IsWorkingDay_KlamdagAfterAscension_IsWorkingDayByDefault()
    {
        // Friday 30 May 2025, between Kristi himmelsfärdsdag (Thursday) and the weekend.
        WorkingCalendar.Sweden.IsWorkingDay(new LocalDate(2025, 5, 30)).Should().BeTrue();
    }

    [Fact]
    public void WithClosedDays_Klamdag_IsNotWorkingDay()
    {
        var klamdag = new LocalDate(2025, 5, 30);

        var calendar = WorkingCalendar.Sweden.WithClosedDays([klamdag]);

        calendar.IsWorkingDay(klamdag).Should().BeFalse();
        calendar.ClosedDays.Should().Equal(klamdag);
        calendar.IsWorkingDay(new LocalDate(2025, 6, 2)).Should().BeTrue();
    }

    [Fact]
    public void WithClosedDays_Klamdag_LeavesSwedenUnchanged()
    {
        var klamdag = new LocalDate(2025, 5, 30);

        _ = WorkingCalendar.Sweden.WithClosedDays([klamdag]);

        WorkingCalendar.Sweden.IsWorkingDay(klamdag).Should().BeTrue();
        WorkingCalendar.Sweden.ClosedDays.Should().BeEmpty();
    }

    [Fact]
    public void WithClosedDays_Klamdag_ArithmeticSkipsIt()
    {
        var calendar = WorkingCalendar.Sweden.WithClosedDays([new LocalDate(2025, 5, 30)]);

        // Wednesday 28 May 2025: Thursday is Kristi himmelsfärdsdag, Friday closed by the municipality.
        calendar.AddWorkingDays(new LocalDate(2025, 5, 28), 1).Should().Be(new LocalDate(2025, 6, 2));
        calendar.NextWorkingDay(new LocalDate(2025, 5, 28)).Should().Be(new LocalDate(2025, 6, 2));
        calendar.PreviousWorkingDay(new LocalDate(2025, 6, 2)).Should().Be(new LocalDate(2025, 5, 28));
        calendar.WorkingDaysBetween(new LocalDate(2025, 5, 26), new LocalDate(2025, 6, 2)).Should().Be(3);
        WorkingCalendar.Sweden.WorkingDaysBetween(new LocalDate(2025, 5, 26), new LocalDate(2025, 6, 2)).Should().Be(4);
    }

    [Fact]
    public void StatutoryDeadline_MunicipalClosedDay_IsIgnored()
    {
        var klamdag = new LocalDate(2025, 5, 30);
        var calendar = WorkingCalendar.Sweden.WithClosedDays([klamdag]);

        calendar.StatutoryDeadline(klamdag).Should().Be(klamdag);
    }

    [Fact]
    public void MinDateAndMaxDate_Range_Is1900To2200()
    {
        WorkingCalendar.MinDate.Should().Be(new LocalDate(1900, 1, 1));
        WorkingCalendar.MaxDate.Should().Be(new LocalDate(2200, 12, 31));
    }

    // ---- AddWorkingDays ----

    [Theory]
    [InlineData("2025-12-23", 1, "2025-12-29")] // Tue -> Mon: julafton, juldagen, annandag jul, weekend
    [InlineData("2025-12-23", 2, "2025-12-30")] // -> Tue
    [InlineData("2025-12-23", 3, "2026-01-02")] // -> Fri: nyårsafton, nyårsdagen skipped
    [InlineData("2025-12-23", 5, "2026-01-07")] // -> Wed: Trettondedag jul (Tue) skipped
    [InlineData("2025-12-22", 3, "2025-12-30")] // Mon -> Tue
    [InlineData("2025-12-19", 1, "2025-12-22")] // Fri -> Mon
    [InlineData("2026-01-02", 1, "2026-01-05")] // Fri -> Mon
    [InlineData("2024-12-23", 1, "2024-12-27")] // Mon -> Fri
    public void AddWorkingDays_AcrossChristmasAndNewYear_SkipsHolidaysAndEves(string start, int days, string expected)
    {
        WorkingCalendar.Sweden.AddWorkingDays(ExampleDate(start), days).Should().Be(ExampleDate(expected));
    }

    [Theory]
    [InlineData("2025-04-17", 1, "2025-04-22")] // skärtorsdagen -> Tuesday after Annandag påsk
    [InlineData("2025-04-16", 2, "2025-04-22")] // Wed -> Tue
    [InlineData("2025-04-22", -1, "2025-04-17")] // Tue -> skärtorsdagen
    [InlineData("1950-04-06", 1, "1950-04-11")] // Thu -> Tue (Easter 9 April 1950)
    [InlineData("2025-05-28", 1, "2025-05-30")] // Wed -> klämdag Fri (Kristi himmelsfärdsdag Thu)
    [InlineData("2025-05-28", 2, "2025-06-02")] // Wed -> Mon
    [InlineData("2004-05-28", 1, "2004-06-01")] // Fri -> Tue: Annandag pingst 2004
    [InlineData("2005-05-13", 1, "2005-05-16")] // Fri -> Mon: Whit Monday a working day in 2005
    [InlineData("2005-06-03", 1, "2005-06-07")] // Fri -> Tue: Sveriges nationaldag 2005 (Mon)
    [InlineData("2004-06-04", 1, "2004-06-07")] // Fri -> Mon
    [InlineData("2026-06-18", 1, "2026-06-22")] // Thu -> Mon: midsommarafton Fri 19 June
    [InlineData("2024-06-20", 1, "2024-06-24")] // Thu -> Mon: midsommarafton Fri 21 June
    public void AddWorkingDays_AcrossMovableHolidays_SkipsThem(string start, int days, string expected)
    {
        WorkingCalendar.Sweden.AddWorkingDays(ExampleDate(start), days).Should().Be(ExampleDate(expected));
    }

    [Theory]
    [InlineData("2025-06-07", 1, "2025-06-09")] // Saturday -> Monday
    [InlineData("2025-12-27", 1, "2025-12-29")] // Saturday -> Monday
    [InlineData("2025-12-27", -1, "2025-12-23")] // Saturday -> Tuesday before julafton
    [InlineData("2025-06-08", -1, "2025-06-05")] // Sunday (Pingstdagen) -> Thursday (Fri 6 June is the National Day)
    [InlineData("2025-12-24", 1, "2025-12-29")] // from julafton itself
    public void AddWorkingDays_FromNonWorkingDay_CountsFromTheNextOrPrevious(string start, int days, string expected)
    {
        WorkingCalendar.Sweden.AddWorkingDays(ExampleDate(start), days).Should().Be(ExampleDate(expected));
    }

    [Theory]
    [InlineData("2025-06-04")] // Wednesday, a working day
    [InlineData("2025-06-07")] // Saturday
    [InlineData("2025-12-24")] // julafton
    [InlineData("1900-01-01")] // first supported day, a holiday
    [InlineData("2200-12-31")] // last supported day, nyårsafton
    public void AddWorkingDays_Zero_ReturnsSameDate(string date)
    {
        WorkingCalendar.Sweden.AddWorkingDays(ExampleDate(date), 0).Should().Be(ExampleDate(date));
    }

    [Theory]
    [InlineData("2026-01-02", -1, "2025-12-30")] // Fri -> Tue: nyårsdagen, nyårsafton skipped
    [InlineData("2025-12-29", -1, "2025-12-23")] // Mon -> Tue
    [InlineData("2025-12-29", -2, "2025-12-22")] // Mon -> Mon
    [InlineData("2026-01-07", -3, "2025-12-30")] // Wed -> Tue
    [InlineData("2025-05-30", -1, "2025-05-28")] // Fri -> Wed
    [InlineData("2025-06-04", -5, "2025-05-27")] // Wed -> Tue
    public void AddWorkingDays_Negative_CountsBackwards(string start, int days, string expected)
    {
        WorkingCalendar.Sweden.AddWorkingDays(ExampleDate(start), days).Should().Be(ExampleDate(expected));
    }

    [Theory]
    [InlineData("2025-06-04", 5, "2025-06-12")] // Wed -> Thu: Fri 6 June skipped
    [InlineData("2025-03-03", 20, "2025-03-31")] // four plain weeks
    public void AddWorkingDays_SeveralDays_SkipsWeekendsAndHolidays(string start, int days, string expected)
    {
        WorkingCalendar.Sweden.AddWorkingDays(ExampleDate(start), days).Should().Be(ExampleDate(expected));
    }

    // ---- WorkingDaysBetween ----

    [Theory]
    [InlineData("2025-12-23", "2025-12-29", 1)] // only Mon 29 Dec counts
    [InlineData("2025-12-19", "2026-01-09", 9)] // 22, 23, 29, 30 Dec; 2, 5, 7, 8, 9 Jan
    [InlineData("2026-01-09", "2025-12-19", -9)]
    [InlineData("2025-12-29", "2025-12-23", -1)] // end <= d < start: only Tue 23 Dec
    [InlineData("2025-06-04", "2025-06-04", 0)]
    [InlineData("2025-12-24", "2025-12-24", 0)]
    [InlineData("2025-12-23", "2025-12-24", 0)] // julafton is not a working day
    [InlineData("2025-12-22", "2025-12-23", 1)]
    [InlineData("2025-04-17", "2025-04-22", 1)] // across Easter
    [InlineData("2025-06-07", "2025-06-08", 0)] // Saturday to Sunday
    [InlineData("2025-06-06", "2025-06-09", 1)] // National Day to Monday
    [InlineData("2024-12-31", "2025-12-31", 249)] // working days in 2025
    [InlineData("2023-12-31", "2024-12-31", 251)] // working days in 2024
    public void WorkingDaysBetween_Examples_CountsWorkingDaysAfterStartUpToEnd(string start, string end, int expected)
    {
        WorkingCalendar.Sweden.WorkingDaysBetween(ExampleDate(start), ExampleDate(end)).Should().Be(expected);
    }

    // ---- NextWorkingDay / PreviousWorkingDay ----

    [Theory]
    [InlineData("2025-12-23", "2025-12-29", "2025-12-22")] // Tuesday before julafton
    [InlineData("2025-12-24", "2025-12-29", "2025-12-23")] // julafton
    [InlineData("2025-12-31", "2026-01-02", "2025-12-30")] // nyårsafton
    [InlineData("2026-01-02", "2026-01-05", "2025-12-30")] // Friday after nyårsdagen
    [InlineData("2025-06-19", "2025-06-23", "2025-06-18")] // Thursday before midsommarafton
    [InlineData("2025-06-20", "2025-06-23", "2025-06-19")] // midsommarafton
    [InlineData("2025-05-28", "2025-05-30", "2025-05-27")] // Wednesday before Kristi himmelsfärdsdag
    [InlineData("2025-06-05", "2025-06-09", "2025-06-04")] // Thursday before the National Day
    [InlineData("2025-04-17", "2025-04-22", "2025-04-16")] // skärtorsdagen
    [InlineData("2025-06-07", "2025-06-09", "2025-06-05")] // Saturday
    [InlineData("2025-06-09", "2025-06-10", "2025-06-05")] // Monday after Pingstdagen
    [InlineData("2024-12-23", "2024-12-27", "2024-12-20")] // Monday before julafton 2024
    [InlineData("1900-01-02", "1900-01-03", null)] // first working day in range; previous is out of range
    [InlineData("2200-12-29", "2200-12-30", "2200-12-23")] // Monday in the last week
    public void NextAndPreviousWorkingDay_Examples_StrictlyAfterAndBefore(string date, string next, string? previous)
    {
        WorkingCalendar.Sweden.NextWorkingDay(ExampleDate(date)).Should().Be(ExampleDate(next));
        if (previous is not null)
        {
            WorkingCalendar.Sweden.PreviousWorkingDay(ExampleDate(date)).Should().Be(ExampleDate(previous));
        }
    }

    [Fact]
    public void NextAndPreviousWorkingDay_AtEdgesOfRange_StayInRange()
    {
        WorkingCalendar.Sweden.NextWorkingDay(new LocalDate(1900, 1, 1)).Should().Be(new LocalDate(1900, 1, 2));
        WorkingCalendar.Sweden.PreviousWorkingDay(new LocalDate(2200, 12, 31)).Should().Be(new LocalDate(2200, 12, 30));
    }

    // ---- StatutoryDeadline: lag (1930:173) 2 § ----

    [Theory]
    [InlineData("2025-12-24", "2025-12-29")] // Wed julafton -> Mon (the example in calendar-law.md)
    [InlineData("2025-06-07", "2025-06-09")] // Saturday -> Monday
    [InlineData("2025-05-31", "2025-06-02")] // Saturday -> Monday
    [InlineData("2025-06-08", "2025-06-09")] // Sunday (Pingstdagen) -> Monday
    [InlineData("2026-06-19", "2026-06-22")] // Fri midsommarafton -> Mon
    [InlineData("2025-06-04", "2025-06-04")] // an open Wednesday stays
    [InlineData("2025-05-30", "2025-05-30")] // klämdag Friday stays
    [InlineData("2026-12-31", "2027-01-04")] // Thu nyårsafton -> Fri nyårsdagen -> weekend -> Mon
    [InlineData("2025-12-31", "2026-01-02")] // Wed nyårsafton -> Fri
    [InlineData("2026-12-24", "2026-12-28")] // Thu julafton -> Mon
    [InlineData("2025-12-26", "2025-12-29")] // Fri annandag jul -> Mon
    [InlineData("2025-04-19", "2025-04-22")] // Saturday (påskafton) -> Tue after Annandag påsk
    [InlineData("2025-05-29", "2025-05-30")] // Thu Kristi himmelsfärdsdag -> Fri
    [InlineData("2025-06-06", "2025-06-09")] // Fri National Day -> Mon
    [InlineData("2005-06-06", "2005-06-07")] // Mon National Day 2005 -> Tue
    [InlineData("2004-05-31", "2004-06-01")] // Mon Annandag pingst 2004 -> Tue
    [InlineData("2005-05-16", "2005-05-16")] // Mon after Pingstdagen 2005 stays
    public void StatutoryDeadline_ModernExamples_MovesToNextDayNotListed(string lastDay, string expected)
    {
        WorkingCalendar.Sweden.StatutoryDeadline(ExampleDate(lastDay)).Should().Be(ExampleDate(expected));
    }

    [Theory]
    [InlineData("1930-12-24", "1930-12-24")] // Wed julafton, before lag (1930:173) listed it: stays
    [InlineData("1934-12-24", "1934-12-24")] // Mon julafton 1934: stays
    [InlineData("1935-12-24", "1935-12-27")] // Tue julafton 1935 -> Fri (juldagen, annandag jul)
    [InlineData("1933-06-23", "1933-06-23")] // Fri midsommarafton 1933: stays
    [InlineData("1936-06-23", "1936-06-25")] // Tue midsommarafton 1936 -> Thu (Wed 24 June Midsommardagen)
    [InlineData("1950-06-23", "1950-06-26")] // Fri midsommarafton 1950 -> Sat midsommardagen, Sun -> Mon
    [InlineData("1953-06-19", "1953-06-22")] // Fri midsommarafton 1953 -> Mon
    [InlineData("1934-03-31", "1934-03-31")] // Sat påskafton 1934: not yet listed, Saturdays not listed
    [InlineData("1935-04-20", "1935-04-23")] // Sat påskafton 1935 -> Tue after Annandag påsk
    [InlineData("1950-04-08", "1950-04-11")] // Sat påskafton 1950 -> Tue after Annandag påsk
    [InlineData("1950-05-27", "1950-05-27")] // Sat pingstafton 1950: never listed, stays
    [InlineData("1950-03-04", "1950-03-04")] // a plain Saturday in 1950 stays
    [InlineData("1950-06-03", "1950-06-03")] // a June Saturday before 1961 stays
    [InlineData("1960-07-02", "1960-07-02")] // a July Saturday before 1961 stays
    [InlineData("1962-05-26", "1962-05-26")] // Saturday in May 1962 stays
    [InlineData("1962-06-02", "1962-06-04")] // Saturday in June 1962 -> Mon
    [InlineData("1962-07-07", "1962-07-09")] // Saturday in July 1962 -> Mon
    [InlineData("1962-09-29", "1962-10-01")] // Saturday in September 1962 -> Mon
    [InlineData("1962-10-06", "1962-10-06")] // Saturday in October 1962 stays
    [InlineData("1962-11-10", "1962-11-10")] // Saturday in November 1962 stays
    [InlineData("1964-11-07", "1964-11-07")] // Saturday in November 1964 stays
    [InlineData("1965-03-06", "1965-03-08")] // every Saturday from 1965 -> Mon
    [InlineData("1966-03-05", "1966-03-07")] // Saturday in March 1966 -> Mon
    [InlineData("1973-12-31", "1973-12-31")] // Mon nyårsafton 1973: not yet listed, stays
    [InlineData("1974-12-31", "1975-01-02")] // Tue nyårsafton 1974 -> Wed nyårsdagen -> Thu
    [InlineData("1952-03-25", "1952-03-26")] // Tue Jungfru Marie bebådelsedag -> Wed
    [InlineData("1953-03-25", "1953-03-25")] // Wed 25 March 1953 stays
    [InlineData("1952-11-02", "1952-11-03")] // Sun Alla helgons dag 1952 -> Mon
    [InlineData("1900-01-01", "1900-01-02")] // Mon Nyårsdagen -> Tue
    public void StatutoryDeadline_HistoricalExamples_FollowsLawAsItStoodThatYear(string lastDay, string expected)
    {
        WorkingCalendar.Sweden.StatutoryDeadline(ExampleDate(lastDay)).Should().Be(ExampleDate(expected));
    }

    // ---- Out of range ----

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("2201-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void IsWorkingDay_OutsideRange_ThrowsNamingTheRange(string date)
    {
        AssertOutOfRange(() => WorkingCalendar.Sweden.IsWorkingDay(ExampleDate(date)));
    }

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("2201-01-01")]
    public void StatutoryDeadline_OutsideRange_ThrowsNamingTheRange(string date)
    {
        AssertOutOfRange(() => WorkingCalendar.Sweden.StatutoryDeadline(ExampleDate(date)));
    }

    [Fact]
    public void StatutoryDeadline_ResultAfterRange_ThrowsNamingTheRange()
    {
        // Wednesday 31 December 2200, nyårsafton: the next open day is Friday 2 January 2201.
        AssertOutOfRange(() => WorkingCalendar.Sweden.StatutoryDeadline(new LocalDate(2200, 12, 31)));
    }

    [Theory]
    [InlineData("2200-12-31")] // nyårsafton; the next working day is in 2201
    [InlineData("2200-12-30")] // Tuesday; the next working day is in 2201
    [InlineData("1899-12-31")] // input outside the range
    [InlineData("2201-01-01")]
    public void NextWorkingDay_NoResultInRange_ThrowsNamingTheRange(string date)
    {
        AssertOutOfRange(() => WorkingCalendar.Sweden.NextWorkingDay(ExampleDate(date)));
    }

    [Theory]
    [InlineData("1900-01-01")] // Nyårsdagen; the previous working day is in 1899
    [InlineData("1900-01-02")] // Tuesday; 1 January 1900 is Nyårsdagen
    [InlineData("2201-01-01")] // input outside the range
    public void PreviousWorkingDay_NoResultInRange_ThrowsNamingTheRange(string date)
    {
        AssertOutOfRange(() => WorkingCalendar.Sweden.PreviousWorkingDay(ExampleDate(date)));
    }

    [Theory]
    [InlineData("2200-12-29", 2)] // Mon + 2: Tue 30 Dec, then 2201
    [InlineData("1900-01-03", -2)] // Wed - 2: Tue 2 Jan, then 1899
    [InlineData("1899-12-31", 0)] // input outside the range, even with n = 0
    [InlineData("2201-01-01", -5)]
    public void AddWorkingDays_OutsideRange_ThrowsNamingTheRange(string date, int days)
    {
        AssertOutOfRange(() => WorkingCalendar.Sweden.AddWorkingDays(ExampleDate(date), days));
    }

    [Theory]
    [InlineData("2200-12-29", 1, "2200-12-30")]
    [InlineData("1900-01-03", -1, "1900-01-02")]
    public void AddWorkingDays_ResultAtEdgeOfRange_Succeeds(string date, int days, string expected)
    {
        WorkingCalendar.Sweden.AddWorkingDays(ExampleDate(date), days).Should().Be(ExampleDate(expected));
    }

    [Theory]
    [InlineData("1899-12-31", "1900-01-10")]
    [InlineData("2200-12-20", "2201-01-01")]
    public void WorkingDaysBetween_OutsideRange_ThrowsNamingTheRange(string start, string end)
    {
        AssertOutOfRange(() => WorkingCalendar.Sweden.WorkingDaysBetween(ExampleDate(start), ExampleDate(end)));
    }

    private static void AssertOutOfRange(Action act) =>
        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Message.Should().Contain("1900").And.Contain("2200");

    private static LocalDate ExampleDate(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();
}
