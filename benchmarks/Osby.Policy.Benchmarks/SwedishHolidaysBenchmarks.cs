using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Osby.Policy.Calendar;
using SwedenPublicHoliday = PublicHoliday.SwedenPublicHoliday;

namespace Osby.Policy.Benchmarks;

/// <summary>
/// A year's holidays: <see cref="SwedishHolidays.InYear"/> (a view of a list computed once at start-up) and
/// <c>SwedenHolidayRules.Compute</c> (the same list built from scratch), against the PublicHoliday package's
/// <see cref="SwedenPublicHoliday.PublicHolidays(int)"/> as the baseline.
/// </summary>
/// <remarks>
/// Not like for like: our lists hold <see cref="Holiday"/> objects with names, kind and legal source, and the eves as
/// their own kinds; PublicHoliday returns dates only (it builds them from a dictionary of names and sorts them).
/// </remarks>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class SwedishHolidaysBenchmarks
{
    private static readonly int Year = 2026;
    private static readonly SwedenPublicHoliday PublicHolidayCalendar = new();

    /// <summary>Returns the precomputed holidays of 2026.</summary>
    /// <returns>The year's holidays and eves.</returns>
    [Benchmark]
    [BenchmarkCategory("HolidaysOfYear")]
    public IReadOnlyList<Holiday> InYear() => SwedishHolidays.InYear(Year);

    /// <summary>Computes the holidays of 2026 from the rules, as the table does once per year at start-up.</summary>
    /// <returns>The year's holidays and eves.</returns>
    [Benchmark]
    [BenchmarkCategory("HolidaysOfYear")]
    public Holiday[] Compute() => SwedenHolidayRules.Compute(Year);

    /// <summary>Baseline: PublicHoliday's list of Swedish holiday dates in 2026.</summary>
    /// <returns>The year's holiday dates.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("HolidaysOfYear")]
    public IList<DateTime> PublicHolidayPublicHolidays() => PublicHolidayCalendar.PublicHolidays(Year);
}
