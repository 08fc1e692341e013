using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using Osby.Policy.Calendar;
using PublicHoliday;

namespace Osby.Policy.Benchmarks;

/// <summary>
/// <see cref="WorkingCalendar.IsWorkingDay"/> and <see cref="WorkingCalendar.AddWorkingDays"/>, each paired (by category)
/// with the same operation on the PublicHoliday package's <see cref="SwedenPublicHoliday"/> as the baseline.
/// </summary>
/// <remarks>
/// PublicHoliday counts midsommarafton, julafton and nyårsafton as public holidays, so it agrees with
/// <see cref="WorkingCalendar.Sweden"/> on working days in current years; it does not model the law's history
/// (e.g. Annandag pingst before 2005). The comparison is about speed only.
/// </remarks>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class WorkingCalendarBenchmarks
{
    private const int DateCount = 16;

    private static readonly WorkingCalendar Calendar = WorkingCalendar.Sweden;
    private static readonly SwedenPublicHoliday PublicHolidayCalendar = new();

    /// <summary>Sixteen dates over 2023–2028: holidays, eves, weekends and ordinary working days.</summary>
    private static readonly LocalDate[] Dates =
    [
        new(2025, 12, 24), // julafton (Wednesday)
        new(2025, 12, 25), // juldagen
        new(2026, 1, 1),   // nyårsdagen
        new(2026, 1, 6),   // trettondedag jul
        new(2026, 4, 3),   // långfredagen
        new(2026, 4, 6),   // annandag påsk
        new(2026, 5, 14),  // Kristi himmelsfärdsdag
        new(2026, 6, 19),  // midsommarafton
        new(2024, 6, 6),   // nationaldagen (Thursday)
        new(2024, 3, 15),  // ordinary Friday
        new(2024, 11, 2),  // alla helgons dag (Saturday)
        new(2023, 7, 12),  // ordinary Wednesday
        new(2023, 12, 31), // nyårsafton on a Sunday
        new(2027, 2, 15),  // ordinary Monday
        new(2027, 5, 1),   // första maj on a Saturday
        new(2028, 9, 20),  // ordinary Wednesday
    ];

    private static readonly DateTime[] DateTimes = [.. Dates.Select(d => d.ToDateTimeUnspecified())];

    /// <summary>A Saturday before julafton: every n crosses Christmas, n = 20 and 250 cross the year end.</summary>
    private static readonly LocalDate Start = new(2025, 12, 20);
    private static readonly DateTime StartDateTime = Start.ToDateTimeUnspecified();

    /// <summary>Classifies the sixteen dates; the time reported is per date.</summary>
    /// <returns>How many of them are working days.</returns>
    [Benchmark(OperationsPerInvoke = DateCount)]
    [BenchmarkCategory("IsWorkingDay")]
    public int IsWorkingDay()
    {
        int count = 0;
        foreach (LocalDate date in Dates)
        {
            if (Calendar.IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Baseline: the same sixteen dates with <see cref="PublicHolidayBase.IsWorkingDay(DateTime)"/>.</summary>
    /// <returns>How many of them are working days.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = DateCount)]
    [BenchmarkCategory("IsWorkingDay")]
    public int PublicHolidayIsWorkingDay()
    {
        int count = 0;
        foreach (DateTime date in DateTimes)
        {
            if (PublicHolidayCalendar.IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Moves 1, 20 or 250 working days on from 2025-12-20.</summary>
    /// <param name="days">The number of working days.</param>
    /// <returns>The resulting working day.</returns>
    [Benchmark]
    [BenchmarkCategory("AddWorkingDays")]
    [Arguments(1)]
    [Arguments(20)]
    [Arguments(250)]
    public LocalDate AddWorkingDays(int days) => Calendar.AddWorkingDays(Start, days);

    /// <summary>Baseline: steps day by day from 2025-12-20 with <see cref="PublicHolidayBase.IsWorkingDay(DateTime)"/>.</summary>
    /// <param name="days">The number of working days.</param>
    /// <returns>The resulting working day.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("AddWorkingDays")]
    [Arguments(1)]
    [Arguments(20)]
    [Arguments(250)]
    public DateTime PublicHolidayAddWorkingDays(int days)
    {
        DateTime date = StartDateTime;
        int remaining = days;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            if (PublicHolidayCalendar.IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>For reference: PublicHoliday's own <see cref="PublicHolidayBase.BusinessDaysAdd"/> from 2025-12-20.</summary>
    /// <param name="days">The number of working days.</param>
    /// <returns>The resulting working day.</returns>
    [Benchmark]
    [BenchmarkCategory("AddWorkingDays")]
    [Arguments(1)]
    [Arguments(20)]
    [Arguments(250)]
    public DateTime PublicHolidayBusinessDaysAdd(int days) => PublicHolidayCalendar.BusinessDaysAdd(StartDateTime, days);
}
