using System.Globalization;
using NodaTime.Text;
using Osby.Policy.Calendar;

namespace Osby.Policy.Tests.Calendar;

/// <summary>
/// Tests for <see cref="SwedishHolidays"/>, written from the law (CAL-2, calendar-law.md §1–2),
/// not from the implementation. Expected values are literals worked out by hand; weekdays are
/// noted in comments.
/// </summary>
/// <remarks>
/// Decisions followed (from the implementer, recorded in the brief):
/// <list type="bullet">
/// <item>InYear lists named days only (not every Sunday), in date order.</item>
/// <item>Jungfru Marie bebådelsedag 1900–1952 on 25 March, except when 25 March falls from Palm
/// Sunday through Easter Sunday: then on the Sunday before Palm Sunday (Easter − 14); 1913 stays on
/// 25 March. Not listed from 1953.</item>
/// <item>Alla helgons dag before 1953 on the first Sunday of November; from 1953 the Saturday
/// 31 October–6 November. Midsommarafton 23 June before 1953, the Friday 19–25 June from 1953.</item>
/// <item>Eves: <see cref="HolidayKind.StatutoryEve"/> once lag (1930:173) named them (midsommarafton
/// and julafton from 1935, nyårsafton from 1974), <see cref="HolidayKind.CustomaryEve"/> before.</item>
/// </list>
/// </remarks>
public sealed class SwedishHolidaysTests
{
    /// <summary>
    /// Every entry of <see cref="SwedishHolidays.InYear(int)"/> as "date Kind SwedishName", in order.
    /// </summary>
    public static TheoryData<int, string[]> FullYearTables => new()
    {
        {
            1900,
            [
                "1900-01-01 PublicHoliday Nyårsdagen", // Mon
                "1900-01-06 PublicHoliday Trettondedag jul", // Sat
                "1900-03-25 PublicHoliday Jungfru Marie bebådelsedag", // Sun
                "1900-04-13 PublicHoliday Långfredagen", // Fri
                "1900-04-15 PublicHoliday Påskdagen", // Sun
                "1900-04-16 PublicHoliday Annandag påsk", // Mon
                "1900-05-24 PublicHoliday Kristi himmelsfärdsdag", // Thu
                "1900-06-03 PublicHoliday Pingstdagen", // Sun
                "1900-06-04 PublicHoliday Annandag pingst", // Mon
                "1900-06-23 CustomaryEve Midsommarafton", // Sat
                "1900-06-24 PublicHoliday Midsommardagen", // Sun
                "1900-11-04 PublicHoliday Alla helgons dag", // Sun
                "1900-12-24 CustomaryEve Julafton", // Mon
                "1900-12-25 PublicHoliday Juldagen", // Tue
                "1900-12-26 PublicHoliday Annandag jul", // Wed
                "1900-12-31 CustomaryEve Nyårsafton", // Mon
            ]
        },
        {
            1952,
            [
                "1952-01-01 PublicHoliday Nyårsdagen", // Tue
                "1952-01-06 PublicHoliday Trettondedag jul", // Sun
                "1952-03-25 PublicHoliday Jungfru Marie bebådelsedag", // Tue
                "1952-04-11 PublicHoliday Långfredagen", // Fri
                "1952-04-13 PublicHoliday Påskdagen", // Sun
                "1952-04-14 PublicHoliday Annandag påsk", // Mon
                "1952-05-01 PublicHoliday Första maj", // Thu
                "1952-05-22 PublicHoliday Kristi himmelsfärdsdag", // Thu
                "1952-06-01 PublicHoliday Pingstdagen", // Sun
                "1952-06-02 PublicHoliday Annandag pingst", // Mon
                "1952-06-23 StatutoryEve Midsommarafton", // Mon
                "1952-06-24 PublicHoliday Midsommardagen", // Tue
                "1952-11-02 PublicHoliday Alla helgons dag", // Sun
                "1952-12-24 StatutoryEve Julafton", // Wed
                "1952-12-25 PublicHoliday Juldagen", // Thu
                "1952-12-26 PublicHoliday Annandag jul", // Fri
                "1952-12-31 CustomaryEve Nyårsafton", // Wed
            ]
        },
        {
            1953,
            [
                "1953-01-01 PublicHoliday Nyårsdagen", // Thu
                "1953-01-06 PublicHoliday Trettondedag jul", // Tue
                "1953-04-03 PublicHoliday Långfredagen", // Fri
                "1953-04-05 PublicHoliday Påskdagen", // Sun
                "1953-04-06 PublicHoliday Annandag påsk", // Mon
                "1953-05-01 PublicHoliday Första maj", // Fri
                "1953-05-14 PublicHoliday Kristi himmelsfärdsdag", // Thu
                "1953-05-24 PublicHoliday Pingstdagen", // Sun
                "1953-05-25 PublicHoliday Annandag pingst", // Mon
                "1953-06-19 StatutoryEve Midsommarafton", // Fri
                "1953-06-20 PublicHoliday Midsommardagen", // Sat
                "1953-10-31 PublicHoliday Alla helgons dag", // Sat
                "1953-12-24 StatutoryEve Julafton", // Thu
                "1953-12-25 PublicHoliday Juldagen", // Fri
                "1953-12-26 PublicHoliday Annandag jul", // Sat
                "1953-12-31 CustomaryEve Nyårsafton", // Thu
            ]
        },
        {
            2004,
            [
                "2004-01-01 PublicHoliday Nyårsdagen", // Thu
                "2004-01-06 PublicHoliday Trettondedag jul", // Tue
                "2004-04-09 PublicHoliday Långfredagen", // Fri
                "2004-04-11 PublicHoliday Påskdagen", // Sun
                "2004-04-12 PublicHoliday Annandag påsk", // Mon
                "2004-05-01 PublicHoliday Första maj", // Sat
                "2004-05-20 PublicHoliday Kristi himmelsfärdsdag", // Thu
                "2004-05-30 PublicHoliday Pingstdagen", // Sun
                "2004-05-31 PublicHoliday Annandag pingst", // Mon
                "2004-06-25 StatutoryEve Midsommarafton", // Fri
                "2004-06-26 PublicHoliday Midsommardagen", // Sat
                "2004-11-06 PublicHoliday Alla helgons dag", // Sat
                "2004-12-24 StatutoryEve Julafton", // Fri
                "2004-12-25 PublicHoliday Juldagen", // Sat
                "2004-12-26 PublicHoliday Annandag jul", // Sun
                "2004-12-31 StatutoryEve Nyårsafton", // Fri
            ]
        },
        {
            2005,
            [
                "2005-01-01 PublicHoliday Nyårsdagen", // Sat
                "2005-01-06 PublicHoliday Trettondedag jul", // Thu
                "2005-03-25 PublicHoliday Långfredagen", // Fri
                "2005-03-27 PublicHoliday Påskdagen", // Sun
                "2005-03-28 PublicHoliday Annandag påsk", // Mon
                "2005-05-01 PublicHoliday Första maj", // Sun
                "2005-05-05 PublicHoliday Kristi himmelsfärdsdag", // Thu
                "2005-05-15 PublicHoliday Pingstdagen", // Sun
                "2005-06-06 PublicHoliday Sveriges nationaldag", // Mon
                "2005-06-24 StatutoryEve Midsommarafton", // Fri
                "2005-06-25 PublicHoliday Midsommardagen", // Sat
                "2005-11-05 PublicHoliday Alla helgons dag", // Sat
                "2005-12-24 StatutoryEve Julafton", // Sat
                "2005-12-25 PublicHoliday Juldagen", // Sun
                "2005-12-26 PublicHoliday Annandag jul", // Mon
                "2005-12-31 StatutoryEve Nyårsafton", // Sat
            ]
        },
        {
            2024,
            [
                "2024-01-01 PublicHoliday Nyårsdagen", // Mon
                "2024-01-06 PublicHoliday Trettondedag jul", // Sat
                "2024-03-29 PublicHoliday Långfredagen", // Fri
                "2024-03-31 PublicHoliday Påskdagen", // Sun
                "2024-04-01 PublicHoliday Annandag påsk", // Mon
                "2024-05-01 PublicHoliday Första maj", // Wed
                "2024-05-09 PublicHoliday Kristi himmelsfärdsdag", // Thu
                "2024-05-19 PublicHoliday Pingstdagen", // Sun
                "2024-06-06 PublicHoliday Sveriges nationaldag", // Thu
                "2024-06-21 StatutoryEve Midsommarafton", // Fri
                "2024-06-22 PublicHoliday Midsommardagen", // Sat
                "2024-11-02 PublicHoliday Alla helgons dag", // Sat
                "2024-12-24 StatutoryEve Julafton", // Tue
                "2024-12-25 PublicHoliday Juldagen", // Wed
                "2024-12-26 PublicHoliday Annandag jul", // Thu
                "2024-12-31 StatutoryEve Nyårsafton", // Tue
            ]
        },
        {
            2038,
            [
                "2038-01-01 PublicHoliday Nyårsdagen", // Fri
                "2038-01-06 PublicHoliday Trettondedag jul", // Wed
                "2038-04-23 PublicHoliday Långfredagen", // Fri
                "2038-04-25 PublicHoliday Påskdagen", // Sun
                "2038-04-26 PublicHoliday Annandag påsk", // Mon
                "2038-05-01 PublicHoliday Första maj", // Sat
                "2038-06-03 PublicHoliday Kristi himmelsfärdsdag", // Thu
                "2038-06-06 PublicHoliday Sveriges nationaldag", // Sun
                "2038-06-13 PublicHoliday Pingstdagen", // Sun
                "2038-06-25 StatutoryEve Midsommarafton", // Fri
                "2038-06-26 PublicHoliday Midsommardagen", // Sat
                "2038-11-06 PublicHoliday Alla helgons dag", // Sat
                "2038-12-24 StatutoryEve Julafton", // Fri
                "2038-12-25 PublicHoliday Juldagen", // Sat
                "2038-12-26 PublicHoliday Annandag jul", // Sun
                "2038-12-31 StatutoryEve Nyårsafton", // Fri
            ]
        },
        {
            2100,
            [
                "2100-01-01 PublicHoliday Nyårsdagen", // Fri
                "2100-01-06 PublicHoliday Trettondedag jul", // Wed
                "2100-03-26 PublicHoliday Långfredagen", // Fri
                "2100-03-28 PublicHoliday Påskdagen", // Sun
                "2100-03-29 PublicHoliday Annandag påsk", // Mon
                "2100-05-01 PublicHoliday Första maj", // Sat
                "2100-05-06 PublicHoliday Kristi himmelsfärdsdag", // Thu
                "2100-05-16 PublicHoliday Pingstdagen", // Sun
                "2100-06-06 PublicHoliday Sveriges nationaldag", // Sun
                "2100-06-25 StatutoryEve Midsommarafton", // Fri
                "2100-06-26 PublicHoliday Midsommardagen", // Sat
                "2100-11-06 PublicHoliday Alla helgons dag", // Sat
                "2100-12-24 StatutoryEve Julafton", // Fri
                "2100-12-25 PublicHoliday Juldagen", // Sat
                "2100-12-26 PublicHoliday Annandag jul", // Sun
                "2100-12-31 StatutoryEve Nyårsafton", // Fri
            ]
        },
        {
            2200,
            [
                "2200-01-01 PublicHoliday Nyårsdagen", // Wed
                "2200-01-06 PublicHoliday Trettondedag jul", // Mon
                "2200-04-04 PublicHoliday Långfredagen", // Fri
                "2200-04-06 PublicHoliday Påskdagen", // Sun
                "2200-04-07 PublicHoliday Annandag påsk", // Mon
                "2200-05-01 PublicHoliday Första maj", // Thu
                "2200-05-15 PublicHoliday Kristi himmelsfärdsdag", // Thu
                "2200-05-25 PublicHoliday Pingstdagen", // Sun
                "2200-06-06 PublicHoliday Sveriges nationaldag", // Fri
                "2200-06-20 StatutoryEve Midsommarafton", // Fri
                "2200-06-21 PublicHoliday Midsommardagen", // Sat
                "2200-11-01 PublicHoliday Alla helgons dag", // Sat
                "2200-12-24 StatutoryEve Julafton", // Wed
                "2200-12-25 PublicHoliday Juldagen", // Thu
                "2200-12-26 PublicHoliday Annandag jul", // Fri
                "2200-12-31 StatutoryEve Nyårsafton", // Wed
            ]
        },
    };

    [Theory]
    [MemberData(nameof(FullYearTables))]
    public void InYear_TableYear_ListsExactlyTheNamedDaysInDateOrder(int year, string[] expected)
    {
        var actual = SwedishHolidays.InYear(year).Select(Describe).ToList();

        actual.Should().Equal(expected);
    }

    [Fact]
    public void InYear_EveryYear1900To2200_ListsTheDaysTheLawNamedThatYear()
    {
        var mismatches = new List<string>();
        for (int year = SwedishHolidays.MinYear; year <= SwedishHolidays.MaxYear; year++)
        {
            var expected = ExpectedNames(year).Order(StringComparer.Ordinal).ToList();
            var actual = SwedishHolidays.InYear(year).Select(h => h.SwedishName).Order(StringComparer.Ordinal).ToList();
            if (!actual.SequenceEqual(expected, StringComparer.Ordinal))
            {
                mismatches.Add($"{year}: [{string.Join(", ", actual)}]");
            }
        }

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void InYear_EveryYear1900To2200_IsInDateOrderWithinTheYear()
    {
        var problems = new List<string>();
        for (int year = SwedishHolidays.MinYear; year <= SwedishHolidays.MaxYear; year++)
        {
            var dates = SwedishHolidays.InYear(year).Select(h => h.Date).ToList();
            if (dates.Any(d => d.Year != year))
            {
                problems.Add($"{year}: a date outside the year");
            }

            for (int i = 1; i < dates.Count; i++)
            {
                if (dates[i] < dates[i - 1])
                {
                    problems.Add($"{year}: {Format(dates[i])} after {Format(dates[i - 1])}");
                }
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void InYear_EveryYear1900To2200_FixedDaysOnTheirDates()
    {
        var problems = new List<string>();
        for (int year = SwedishHolidays.MinYear; year <= SwedishHolidays.MaxYear; year++)
        {
            var holidays = SwedishHolidays.InYear(year);
            foreach (var (name, month, day) in new[]
            {
                ("Nyårsdagen", 1, 1), ("Trettondedag jul", 1, 6), ("Julafton", 12, 24),
                ("Juldagen", 12, 25), ("Annandag jul", 12, 26), ("Nyårsafton", 12, 31),
            })
            {
                if (!holidays.Any(h => h.SwedishName == name && h.Date == new LocalDate(year, month, day)))
                {
                    problems.Add($"{year}: {name}");
                }
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void InYear_EveryYear1953To2200_MidsummerAndAllSaintsOnTheSaturdayRule()
    {
        var problems = new List<string>();
        for (int year = 1953; year <= SwedishHolidays.MaxYear; year++)
        {
            var holidays = SwedishHolidays.InYear(year);
            var midsummerDay = holidays.Single(h => h.SwedishName == "Midsommardagen").Date;
            var midsummerEve = holidays.Single(h => h.SwedishName == "Midsommarafton").Date;
            var allSaints = holidays.Single(h => h.SwedishName == "Alla helgons dag").Date;

            if (midsummerDay.DayOfWeek != IsoDayOfWeek.Saturday
                || midsummerDay < new LocalDate(year, 6, 20) || midsummerDay > new LocalDate(year, 6, 26))
            {
                problems.Add($"{year}: Midsommardagen {Format(midsummerDay)}");
            }

            if (midsummerEve != midsummerDay.PlusDays(-1))
            {
                problems.Add($"{year}: Midsommarafton {Format(midsummerEve)}");
            }

            if (allSaints.DayOfWeek != IsoDayOfWeek.Saturday
                || allSaints < new LocalDate(year, 10, 31) || allSaints > new LocalDate(year, 11, 6))
            {
                problems.Add($"{year}: Alla helgons dag {Format(allSaints)}");
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void InYear_EveryYear1900To1952_AllSaintsOnFirstSundayOfNovember()
    {
        var problems = new List<string>();
        for (int year = SwedishHolidays.MinYear; year <= 1952; year++)
        {
            var allSaints = SwedishHolidays.InYear(year).Single(h => h.SwedishName == "Alla helgons dag").Date;
            if (allSaints.DayOfWeek != IsoDayOfWeek.Sunday
                || allSaints < new LocalDate(year, 11, 1) || allSaints > new LocalDate(year, 11, 7))
            {
                problems.Add($"{year}: Alla helgons dag {Format(allSaints)}");
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void InYear_CalledTwice_ReturnsEqualHolidays()
    {
        SwedishHolidays.InYear(2024).Should().Equal(SwedishHolidays.InYear(2024));
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(1952)]
    [InlineData(2024)]
    [InlineData(2200)]
    public void InYear_AnyYear_EveryEntryHasEnglishNameAndLegalSource(int year)
    {
        foreach (var holiday in SwedishHolidays.InYear(year))
        {
            holiday.EnglishName.Should().NotBeNullOrWhiteSpace(holiday.SwedishName);
            holiday.LegalSource.Should().NotBeNullOrWhiteSpace(holiday.SwedishName);
        }
    }

    [Fact]
    public void InYear_2024_PublicHolidaysCite1989Act()
    {
        SwedishHolidays.InYear(2024)
            .Where(h => h.Kind == HolidayKind.PublicHoliday)
            .Should().OnlyContain(h => h.LegalSource.Contains("1989:253", StringComparison.Ordinal));
    }

    [Fact]
    public void InYear_2024_StatutoryEvesCite1930Act()
    {
        SwedishHolidays.InYear(2024)
            .Where(h => h.Kind == HolidayKind.StatutoryEve)
            .Should().HaveCount(3)
            .And.OnlyContain(h => h.LegalSource.Contains("1930:173", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    [InlineData(0)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void InYear_OutsideRange_ThrowsNamingTheRange(int year)
    {
        Action act = () => SwedishHolidays.InYear(year);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Message.Should().Contain("1900").And.Contain("2200");
    }

    [Fact]
    public void MinYearAndMaxYear_Constants_Are1900And2200()
    {
        SwedishHolidays.MinYear.Should().Be(1900);
        SwedishHolidays.MaxYear.Should().Be(2200);
    }

    // ---- Boundary years: Första maj from 1939 (SFS 1938:107) ----

    [Theory]
    [InlineData(1936, false)]
    [InlineData(1937, false)]
    [InlineData(1938, false)]
    [InlineData(1939, true)]
    [InlineData(1940, true)]
    [InlineData(1952, true)]
    public void InYear_AroundFirstMayLaw_ListsForstaMajFrom1939(int year, bool expected)
    {
        var holidays = SwedishHolidays.InYear(year);

        holidays.Any(h => h.SwedishName == "Första maj").Should().Be(expected);
        if (expected)
        {
            holidays.Should().ContainSingle(h => h.SwedishName == "Första maj")
                .Which.Should().Match<Holiday>(h => h.Date == new LocalDate(year, 5, 1) && h.Kind == HolidayKind.PublicHoliday);
        }
    }

    [Theory]
    [InlineData("1936-05-01", false)] // Friday, before the law
    [InlineData("1938-05-01", true)] // Sunday (every Sunday is a public holiday), not named
    [InlineData("1939-05-01", true)] // Monday, Första maj
    [InlineData("1940-05-01", true)] // Wednesday, Första maj
    public void IsPublicHoliday_FirstMayAroundBoundary_FollowsLawOfYear(string date, bool expected)
    {
        SwedishHolidays.IsPublicHoliday(ParseDate(date)).Should().Be(expected);
    }

    // ---- Boundary years: SFS 1952:48 (midsommar, alla helgons dag, bebådelsedag) ----

    [Theory]
    [InlineData(1950, "1950-06-23", "1950-06-24", "1950-11-05")] // Fri/Sat; first Sunday of Nov
    [InlineData(1951, "1951-06-23", "1951-06-24", "1951-11-04")] // Sat/Sun
    [InlineData(1952, "1952-06-23", "1952-06-24", "1952-11-02")] // Mon/Tue
    [InlineData(1953, "1953-06-19", "1953-06-20", "1953-10-31")] // Fri/Sat; Saturday 31 Oct–6 Nov
    [InlineData(1954, "1954-06-25", "1954-06-26", "1954-11-06")]
    [InlineData(1955, "1955-06-24", "1955-06-25", "1955-11-05")]
    public void InYear_AroundSfs1952_48_MidsummerAndAllSaintsFollowLawOfYear(
        int year, string midsummerEve, string midsummerDay, string allSaintsDay)
    {
        var holidays = SwedishHolidays.InYear(year);

        holidays.Single(h => h.SwedishName == "Midsommarafton").Date.Should().Be(ParseDate(midsummerEve));
        holidays.Single(h => h.SwedishName == "Midsommardagen").Date.Should().Be(ParseDate(midsummerDay));
        holidays.Single(h => h.SwedishName == "Alla helgons dag").Date.Should().Be(ParseDate(allSaintsDay));
    }

    [Theory]
    [InlineData(1900, "1900-03-25")] // Sunday
    [InlineData(1901, "1901-03-25")] // Monday
    [InlineData(1902, "1902-03-16")] // Easter 30 March: 25 March in Holy Week -> Easter - 14
    [InlineData(1907, "1907-03-17")] // Easter 31 March
    [InlineData(1910, "1910-03-13")] // Easter 27 March: 25 March is Good Friday
    [InlineData(1913, "1913-03-25")] // Easter 23 March: 25 March the Tuesday after Easter, stays
    [InlineData(1918, "1918-03-17")] // Easter 31 March
    [InlineData(1923, "1923-03-18")] // Easter 1 April: 25 March is Palm Sunday
    [InlineData(1929, "1929-03-17")] // Easter 31 March
    [InlineData(1937, "1937-03-14")] // Easter 28 March
    [InlineData(1940, "1940-03-25")] // Easter 24 March: 25 March is Annandag påsk, stays
    [InlineData(1948, "1948-03-14")] // Easter 28 March
    [InlineData(1951, "1951-03-11")] // Easter 25 March: 25 March is Easter Sunday itself
    [InlineData(1952, "1952-03-25")] // Tuesday, last year as a fixed-date holiday
    public void InYear_1900To1952_AnnunciationOn25MarchOrBeforePalmSunday(int year, string expected)
    {
        SwedishHolidays.InYear(year)
            .Should().ContainSingle(h => h.SwedishName == "Jungfru Marie bebådelsedag")
            .Which.Should().Match<Holiday>(h => h.Date == ParseDate(expected) && h.Kind == HolidayKind.PublicHoliday);
    }

    [Theory]
    [InlineData(1953)]
    [InlineData(1954)]
    [InlineData(2024)]
    [InlineData(2200)]
    public void InYear_From1953_AnnunciationNotListed(int year)
    {
        SwedishHolidays.InYear(year).Should().NotContain(h => h.SwedishName == "Jungfru Marie bebådelsedag");
    }

    [Theory]
    [InlineData("1952-03-25", true)] // Tuesday, Jungfru Marie bebådelsedag
    [InlineData("1953-03-25", false)] // Wednesday, no longer a holiday
    [InlineData("1948-03-25", false)] // Thursday (skärtorsdagen): moved to Sunday 14 March
    [InlineData("1948-03-14", true)] // Sunday anyway
    [InlineData("1952-06-24", true)] // Tuesday, Midsommardagen on 24 June
    [InlineData("1953-06-24", false)] // Wednesday, Midsommardagen now on Saturday 20 June
    [InlineData("1953-06-20", true)] // Saturday, Midsommardagen
    [InlineData("1950-11-01", false)] // Wednesday: Alla helgons dag kept on Sunday 5 Nov
    [InlineData("1953-10-31", true)] // Saturday, Alla helgons dag
    public void IsPublicHoliday_AroundSfs1952_48_FollowsLawOfYear(string date, bool expected)
    {
        SwedishHolidays.IsPublicHoliday(ParseDate(date)).Should().Be(expected);
    }

    // ---- Boundary years: SFS 2004:1320 (Annandag pingst out, Sveriges nationaldag in) ----

    [Theory]
    [InlineData(2002, "2002-05-20", null)]
    [InlineData(2003, "2003-06-09", null)]
    [InlineData(2004, "2004-05-31", null)]
    [InlineData(2005, null, "2005-06-06")]
    [InlineData(2006, null, "2006-06-06")]
    [InlineData(2024, null, "2024-06-06")]
    public void InYear_AroundSfs2004_1320_WhitMondayUpTo2004NationalDayFrom2005(
        int year, string? whitMonday, string? nationalDay)
    {
        var holidays = SwedishHolidays.InYear(year);

        AssertOptionalDate(holidays, "Annandag pingst", whitMonday);
        AssertOptionalDate(holidays, "Sveriges nationaldag", nationalDay);
    }

    [Theory]
    [InlineData("2003-06-06", false)] // Friday, only a flag day
    [InlineData("2003-06-09", true)] // Monday, Annandag pingst
    [InlineData("2004-05-31", true)] // Monday, Annandag pingst (last time)
    [InlineData("2005-05-16", false)] // Monday after Pingstdagen, no longer a holiday
    [InlineData("2005-06-06", true)] // Monday, Sveriges nationaldag (first time)
    [InlineData("2006-06-05", false)] // Monday after Pingstdagen
    [InlineData("2006-06-06", true)] // Tuesday, Sveriges nationaldag
    public void IsPublicHoliday_AroundSfs2004_1320_FollowsLawOfYear(string date, bool expected)
    {
        SwedishHolidays.IsPublicHoliday(ParseDate(date)).Should().Be(expected);
    }

    // ---- Boundary years: the eves in lag (1930:173) ----

    [Theory]
    [InlineData(1900, HolidayKind.CustomaryEve, HolidayKind.CustomaryEve, HolidayKind.CustomaryEve)]
    [InlineData(1933, HolidayKind.CustomaryEve, HolidayKind.CustomaryEve, HolidayKind.CustomaryEve)]
    [InlineData(1934, HolidayKind.CustomaryEve, HolidayKind.CustomaryEve, HolidayKind.CustomaryEve)]
    [InlineData(1935, HolidayKind.StatutoryEve, HolidayKind.StatutoryEve, HolidayKind.CustomaryEve)]
    [InlineData(1936, HolidayKind.StatutoryEve, HolidayKind.StatutoryEve, HolidayKind.CustomaryEve)]
    [InlineData(1972, HolidayKind.StatutoryEve, HolidayKind.StatutoryEve, HolidayKind.CustomaryEve)]
    [InlineData(1973, HolidayKind.StatutoryEve, HolidayKind.StatutoryEve, HolidayKind.CustomaryEve)]
    [InlineData(1974, HolidayKind.StatutoryEve, HolidayKind.StatutoryEve, HolidayKind.StatutoryEve)]
    [InlineData(1975, HolidayKind.StatutoryEve, HolidayKind.StatutoryEve, HolidayKind.StatutoryEve)]
    [InlineData(2200, HolidayKind.StatutoryEve, HolidayKind.StatutoryEve, HolidayKind.StatutoryEve)]
    public void InYear_AroundLag1930_173Amendments_EveKindFollowsLawOfYear(
        int year, HolidayKind midsummerEve, HolidayKind christmasEve, HolidayKind newYearsEve)
    {
        var holidays = SwedishHolidays.InYear(year);

        holidays.Single(h => h.SwedishName == "Midsommarafton").Kind.Should().Be(midsummerEve);
        holidays.Single(h => h.SwedishName == "Julafton").Kind.Should().Be(christmasEve);
        holidays.Single(h => h.SwedishName == "Nyårsafton").Kind.Should().Be(newYearsEve);
    }

    [Fact]
    public void InYear_EveryYear1900To2200_OnlyTheThreeEvesAreEves()
    {
        var eveNames = new[] { "Midsommarafton", "Julafton", "Nyårsafton" };
        var problems = new List<string>();
        for (int year = SwedishHolidays.MinYear; year <= SwedishHolidays.MaxYear; year++)
        {
            foreach (var holiday in SwedishHolidays.InYear(year))
            {
                bool isEve = eveNames.Contains(holiday.SwedishName, StringComparer.Ordinal);
                bool kindIsEve = holiday.Kind is HolidayKind.StatutoryEve or HolidayKind.CustomaryEve;
                if (isEve != kindIsEve)
                {
                    problems.Add($"{year}: {holiday.SwedishName} {holiday.Kind}");
                }
            }
        }

        problems.Should().BeEmpty();
    }

    // ---- Coinciding days ----

    [Theory]
    [InlineData("2008-05-01", "Första maj", "Kristi himmelsfärdsdag")]
    [InlineData("2160-05-01", "Första maj", "Kristi himmelsfärdsdag")]
    [InlineData("2049-06-06", "Pingstdagen", "Sveriges nationaldag")]
    [InlineData("2055-06-06", "Pingstdagen", "Sveriges nationaldag")]
    [InlineData("2128-06-06", "Pingstdagen", "Sveriges nationaldag")]
    [InlineData("1940-03-25", "Annandag påsk", "Jungfru Marie bebådelsedag")]
    public void On_CoincidingDays_ReturnsBoth(string date, string first, string second)
    {
        var day = ParseDate(date);

        var onDay = SwedishHolidays.On(day);

        onDay.Select(h => h.SwedishName).Should().BeEquivalentTo(first, second);
        onDay.Should().OnlyContain(h => h.Date == day && h.Kind == HolidayKind.PublicHoliday);
    }

    [Theory]
    [InlineData(2008, "2008-05-01", "Första maj", "Kristi himmelsfärdsdag")]
    [InlineData(2049, "2049-06-06", "Pingstdagen", "Sveriges nationaldag")]
    public void InYear_CoincidingDays_ListsBothEntries(int year, string date, string first, string second)
    {
        var holidays = SwedishHolidays.InYear(year);

        holidays.Where(h => h.Date == ParseDate(date)).Select(h => h.SwedishName)
            .Should().BeEquivalentTo(first, second);
        holidays.Should().HaveCount(16, "coinciding days are both listed, so the year still has all 16 entries");
    }

    [Fact]
    public void On_EveryNamedDay1900To2200_ReturnsThatHoliday()
    {
        var missing = new List<string>();
        for (int year = SwedishHolidays.MinYear; year <= SwedishHolidays.MaxYear; year++)
        {
            foreach (var holiday in SwedishHolidays.InYear(year))
            {
                if (!SwedishHolidays.On(holiday.Date).Contains(holiday))
                {
                    missing.Add(Describe(holiday));
                }
            }
        }

        missing.Should().BeEmpty();
    }

    [Theory]
    [InlineData("2024-12-24", "Julafton", HolidayKind.StatutoryEve)]
    [InlineData("2024-12-25", "Juldagen", HolidayKind.PublicHoliday)]
    [InlineData("2026-06-19", "Midsommarafton", HolidayKind.StatutoryEve)]
    [InlineData("1930-12-24", "Julafton", HolidayKind.CustomaryEve)]
    [InlineData("1973-12-31", "Nyårsafton", HolidayKind.CustomaryEve)]
    [InlineData("1974-12-31", "Nyårsafton", HolidayKind.StatutoryEve)]
    public void On_NamedDay_ReturnsExactlyThatDay(string date, string swedishName, HolidayKind kind)
    {
        SwedishHolidays.On(ParseDate(date))
            .Should().ContainSingle()
            .Which.Should().Match<Holiday>(h => h.SwedishName == swedishName && h.Kind == kind && h.Date == ParseDate(date));
    }

    [Theory]
    [InlineData("2025-06-03")] // Tuesday
    [InlineData("2025-06-01")] // Sunday: Sundays are not listed
    [InlineData("2025-04-19")] // påskafton: never a holiday, not an eve of lag (1930:173) today
    [InlineData("2025-06-07")] // pingstafton
    [InlineData("2025-01-05")] // trettondagsafton
    [InlineData("2025-04-30")] // valborgsmässoafton
    [InlineData("2025-04-17")] // skärtorsdagen
    [InlineData("2025-05-30")] // klämdag after Kristi himmelsfärdsdag
    [InlineData("1953-03-25")] // 25 March after SFS 1952:48
    public void On_OrdinaryDay_ReturnsEmpty(string date)
    {
        SwedishHolidays.On(ParseDate(date)).Should().BeEmpty();
    }

    // ---- IsPublicHoliday ----

    [Theory]
    [InlineData("2025-06-01")] // an ordinary Sunday
    [InlineData("1900-01-07")] // Sunday in the first year
    [InlineData("2200-12-28")] // Sunday in the last year
    [InlineData("2024-12-29")] // Sunday between Christmas and New Year
    public void IsPublicHoliday_AnySunday_IsTrue(string date)
    {
        var day = ParseDate(date);
        day.DayOfWeek.Should().Be(IsoDayOfWeek.Sunday);

        SwedishHolidays.IsPublicHoliday(day).Should().BeTrue();
    }

    [Fact]
    public void IsPublicHoliday_EverySunday1900To2200_IsTrue()
    {
        var notHoliday = new List<string>();
        for (var day = new LocalDate(1900, 1, 7); day <= new LocalDate(2200, 12, 31); day = day.PlusWeeks(1))
        {
            if (!SwedishHolidays.IsPublicHoliday(day))
            {
                notHoliday.Add(Format(day));
            }
        }

        notHoliday.Should().BeEmpty();
    }

    [Theory]
    [InlineData("2025-12-25", true)] // Juldagen, Thursday
    [InlineData("2025-12-26", true)] // Annandag jul, Friday
    [InlineData("2025-01-06", true)] // Trettondedag jul, Monday
    [InlineData("2025-05-29", true)] // Kristi himmelsfärdsdag, Thursday
    [InlineData("2025-06-06", true)] // Sveriges nationaldag, Friday
    [InlineData("2025-11-01", true)] // Alla helgons dag, Saturday
    [InlineData("2025-06-21", true)] // Midsommardagen, Saturday
    [InlineData("2025-12-24", false)] // Julafton, Wednesday: an eve is not a public holiday
    [InlineData("2025-12-31", false)] // Nyårsafton, Wednesday
    [InlineData("2025-06-20", false)] // Midsommarafton, Friday
    [InlineData("2025-04-19", false)] // påskafton, Saturday
    [InlineData("2025-06-07", false)] // an ordinary Saturday (pingstafton)
    [InlineData("2025-06-03", false)] // a plain Tuesday
    [InlineData("2025-05-30", false)] // klämdag, Friday
    [InlineData("1930-12-24", false)] // Julafton, Wednesday, customary eve
    public void IsPublicHoliday_NamedDaysAndEves_OnlyPublicHolidaysAndSundays(string date, bool expected)
    {
        SwedishHolidays.IsPublicHoliday(ParseDate(date)).Should().Be(expected);
    }

    [Fact]
    public void IsPublicHoliday_EveryListedDay1900To2200_TrueForPublicHolidaysAndForEvesOnlyOnSunday()
    {
        var problems = new List<string>();
        for (int year = SwedishHolidays.MinYear; year <= SwedishHolidays.MaxYear; year++)
        {
            foreach (var holiday in SwedishHolidays.InYear(year))
            {
                bool expected = holiday.Kind == HolidayKind.PublicHoliday
                    || holiday.Date.DayOfWeek == IsoDayOfWeek.Sunday;
                if (SwedishHolidays.IsPublicHoliday(holiday.Date) != expected)
                {
                    problems.Add(Describe(holiday));
                }
            }
        }

        problems.Should().BeEmpty();
    }

    // ---- Helpers ----

    /// <summary>The names the law lists for a year (calendar-law.md §1, the brief's decisions).</summary>
    private static IEnumerable<string> ExpectedNames(int year)
    {
        yield return "Nyårsdagen";
        yield return "Trettondedag jul";
        if (year <= 1952)
        {
            yield return "Jungfru Marie bebådelsedag";
        }

        yield return "Långfredagen";
        yield return "Påskdagen";
        yield return "Annandag påsk";
        if (year >= 1939)
        {
            yield return "Första maj";
        }

        yield return "Kristi himmelsfärdsdag";
        yield return "Pingstdagen";
        if (year <= 2004)
        {
            yield return "Annandag pingst";
        }
        else
        {
            yield return "Sveriges nationaldag";
        }

        yield return "Midsommarafton";
        yield return "Midsommardagen";
        yield return "Alla helgons dag";
        yield return "Julafton";
        yield return "Juldagen";
        yield return "Annandag jul";
        yield return "Nyårsafton";
    }

    private static void AssertOptionalDate(IReadOnlyList<Holiday> holidays, string swedishName, string? expected)
    {
        if (expected is null)
        {
            holidays.Should().NotContain(h => h.SwedishName == swedishName);
        }
        else
        {
            holidays.Should().ContainSingle(h => h.SwedishName == swedishName)
                .Which.Should().Match<Holiday>(h => h.Date == ParseDate(expected) && h.Kind == HolidayKind.PublicHoliday);
        }
    }

    private static string Describe(Holiday holiday) =>
        string.Create(CultureInfo.InvariantCulture, $"{Format(holiday.Date)} {holiday.Kind} {holiday.SwedishName}");

    private static LocalDate ParseDate(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
