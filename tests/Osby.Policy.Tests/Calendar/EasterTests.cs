using NodaTime.Text;
using Osby.Policy.Calendar;

namespace Osby.Policy.Tests.Calendar;

/// <summary>
/// Easter and the movable feasts (CAL-2, calendar-law.md §1), checked through
/// <see cref="SwedishHolidays.InYear(int)"/> against <see cref="IndependentEaster"/> and a
/// published table.
/// </summary>
public sealed class EasterTests
{
    private const int FirstYear = 1900;
    private const int LastYear = 2200;

    /// <summary>
    /// Easter Sunday from published tables (Swedish almanac / the Gregorian tables of the
    /// church calendar). Includes the extremes named in calendar-law.md (23 March: 1913, 2008,
    /// 2160; 25 April: 1943, 2038, 2190) and the years where Clavius's epact exception
    /// changes the date (1954, 1981, 2049, 2076, 2106 — a naive computation gives a week later).
    /// </summary>
    public static TheoryData<int, string> PublishedEasterSundays => new()
    {
        { 1900, "1900-04-15" },
        { 1913, "1913-03-23" },
        { 1940, "1940-03-24" },
        { 1943, "1943-04-25" },
        { 1950, "1950-04-09" },
        { 1954, "1954-04-18" },
        { 1981, "1981-04-19" },
        { 2000, "2000-04-23" },
        { 2004, "2004-04-11" },
        { 2005, "2005-03-27" },
        { 2008, "2008-03-23" },
        { 2011, "2011-04-24" },
        { 2019, "2019-04-21" },
        { 2024, "2024-03-31" },
        { 2025, "2025-04-20" },
        { 2026, "2026-04-05" },
        { 2038, "2038-04-25" },
        { 2049, "2049-04-18" },
        { 2076, "2076-04-19" },
        { 2100, "2100-03-28" },
        { 2106, "2106-04-18" },
        { 2160, "2160-03-23" },
        { 2190, "2190-04-25" },
        { 2200, "2200-04-06" },
    };

    [Theory]
    [MemberData(nameof(PublishedEasterSundays))]
    public void IndependentEaster_PublishedYear_MatchesPublishedTable(int year, string expected)
    {
        IndependentEaster.Sunday(year).Should().Be(ParseDate(expected));
    }

    [Theory]
    [MemberData(nameof(PublishedEasterSundays))]
    public void InYear_PublishedYear_PaskdagenMatchesPublishedTable(int year, string expected)
    {
        SingleDate(year, "Påskdagen").Should().Be(ParseDate(expected));
    }

    [Fact]
    public void InYear_EveryYear1900To2200_PaskdagenMatchesIndependentComputus()
    {
        var mismatches = new List<string>();
        for (int year = FirstYear; year <= LastYear; year++)
        {
            var expected = IndependentEaster.Sunday(year);
            var actual = SingleDate(year, "Påskdagen");
            if (actual != expected)
            {
                mismatches.Add($"{year}: library {Format(actual)}, independent {Format(expected)}");
            }
        }

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void InYear_EveryYear1900To2200_PaskdagenIsASunday()
    {
        var notSunday = Years()
            .Select(year => SingleDate(year, "Påskdagen"))
            .Where(date => date.DayOfWeek != IsoDayOfWeek.Sunday)
            .Select(Format)
            .ToList();

        notSunday.Should().BeEmpty();
    }

    [Fact]
    public void InYear_EveryYear1900To2200_PaskdagenBetween23MarchAnd25April()
    {
        var easters = Years().Select(year => SingleDate(year, "Påskdagen")).ToList();

        var earliest = easters.Min(date => (date.Month * 100) + date.Day);
        var latest = easters.Max(date => (date.Month * 100) + date.Day);

        earliest.Should().Be(323);
        latest.Should().Be(425);
        easters.Where(date => date.Month == 3 && date.Day == 23).Select(date => date.Year)
            .Should().Equal(1913, 2008, 2160);
        easters.Where(date => date.Month == 4 && date.Day == 25).Select(date => date.Year)
            .Should().Equal(1943, 2038, 2190);
    }

    [Theory]
    [InlineData("Långfredagen", -2, IsoDayOfWeek.Friday)]
    [InlineData("Annandag påsk", 1, IsoDayOfWeek.Monday)]
    [InlineData("Kristi himmelsfärdsdag", 39, IsoDayOfWeek.Thursday)]
    [InlineData("Pingstdagen", 49, IsoDayOfWeek.Sunday)]
    public void InYear_EveryYear1900To2200_MovableFeastAtFixedOffsetFromEaster(
        string swedishName, int daysAfterEaster, IsoDayOfWeek dayOfWeek)
    {
        var mismatches = new List<string>();
        for (int year = FirstYear; year <= LastYear; year++)
        {
            var expected = IndependentEaster.Sunday(year).PlusDays(daysAfterEaster);
            var actual = SingleDate(year, swedishName);
            if (actual != expected || actual.DayOfWeek != dayOfWeek)
            {
                mismatches.Add($"{year}: {swedishName} {Format(actual)}, expected {Format(expected)}");
            }
        }

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void InYear_EveryYear1900To2004_AnnandagPingstIsEasterPlus50()
    {
        var mismatches = new List<string>();
        for (int year = FirstYear; year <= 2004; year++)
        {
            var expected = IndependentEaster.Sunday(year).PlusDays(50);
            var actual = SingleDate(year, "Annandag pingst");
            if (actual != expected)
            {
                mismatches.Add($"{year}: Annandag pingst {Format(actual)}, expected {Format(expected)}");
            }
        }

        mismatches.Should().BeEmpty();
    }

    [Theory]
    [InlineData(2008, "2008-03-21", "2008-03-23", "2008-03-24", "2008-05-01", "2008-05-11")]
    [InlineData(2019, "2019-04-19", "2019-04-21", "2019-04-22", "2019-05-30", "2019-06-09")]
    [InlineData(2025, "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-29", "2025-06-08")]
    [InlineData(2038, "2038-04-23", "2038-04-25", "2038-04-26", "2038-06-03", "2038-06-13")]
    public void InYear_PublishedYear_MovableFeastsOnPublishedDates(
        int year, string goodFriday, string easterSunday, string easterMonday, string ascension, string whitSunday)
    {
        SingleDate(year, "Långfredagen").Should().Be(ParseDate(goodFriday));
        SingleDate(year, "Påskdagen").Should().Be(ParseDate(easterSunday));
        SingleDate(year, "Annandag påsk").Should().Be(ParseDate(easterMonday));
        SingleDate(year, "Kristi himmelsfärdsdag").Should().Be(ParseDate(ascension));
        SingleDate(year, "Pingstdagen").Should().Be(ParseDate(whitSunday));
    }

    private static IEnumerable<int> Years() => Enumerable.Range(FirstYear, LastYear - FirstYear + 1);

    private static LocalDate SingleDate(int year, string swedishName)
    {
        var matches = SwedishHolidays.InYear(year).Where(h => h.SwedishName == swedishName).ToList();
        matches.Should().ContainSingle($"{year} must have exactly one {swedishName}");
        return matches[0].Date;
    }

    private static LocalDate ParseDate(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
