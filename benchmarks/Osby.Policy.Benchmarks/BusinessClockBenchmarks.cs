using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using Osby.Policy.Calendar;
using PublicHoliday;

namespace Osby.Policy.Benchmarks;

/// <summary>
/// <see cref="BusinessClock.AddWorkingTime"/> over about a year of office time, against the same walk written with the
/// PublicHoliday package's <see cref="PublicHolidayBase.IsWorkingDay(DateTime)"/> as the baseline.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class BusinessClockBenchmarks
{
    private static readonly BusinessClock Clock = BusinessClock.Stockholm;
    private static readonly SwedenPublicHoliday PublicHolidayCalendar = new();
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
    private static readonly TimeSpan Opens = new(8, 0, 0);
    private static readonly TimeSpan Closes = new(16, 30, 0);

    /// <summary>Wednesday 2025-01-08 09:15 in Stockholm (08:15 UTC), during office hours.</summary>
    private static readonly Instant Start = Instant.FromUtc(2025, 1, 8, 8, 15);
    private static readonly DateTime StartUtc = Start.ToDateTimeUtc();

    /// <summary>250 working days of 8 h 30 min: the result falls in January 2026.</summary>
    private static readonly Duration WorkingTime = Duration.FromMinutes(250 * 510);
    private static readonly TimeSpan WorkingTimeSpan = WorkingTime.ToTimeSpan();

    /// <summary>Adds 250 × 8.5 h of office time with <see cref="BusinessClock.Stockholm"/>.</summary>
    /// <returns>The instant at which that much office time has passed.</returns>
    [Benchmark]
    [BenchmarkCategory("AddWorkingTime")]
    public Instant AddWorkingTime() => Clock.AddWorkingTime(Start, WorkingTime);

    /// <summary>
    /// Baseline: the same walk on Stockholm wall-clock time, day by day, 08:00–16:30 on PublicHoliday's working days.
    /// </summary>
    /// <returns>The UTC time at which that much office time has passed.</returns>
    /// <remarks>
    /// Converts to local time once at each end; office hours never span a daylight-saving switch, so wall-clock
    /// arithmetic within a day is exact.
    /// </remarks>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("AddWorkingTime")]
    public DateTime PublicHolidayAddWorkingTime()
    {
        DateTime start = TimeZoneInfo.ConvertTimeFromUtc(StartUtc, Stockholm);
        TimeSpan remaining = WorkingTimeSpan;
        for (DateTime day = start.Date; ; day = day.AddDays(1))
        {
            if (!PublicHolidayCalendar.IsWorkingDay(day))
            {
                continue;
            }

            DateTime closing = day + Closes;
            if (closing <= start)
            {
                continue;
            }

            DateTime opening = day + Opens;
            DateTime from = opening > start ? opening : start;
            TimeSpan available = closing - from;
            if (remaining <= available)
            {
                return TimeZoneInfo.ConvertTimeToUtc(from + remaining, Stockholm);
            }

            remaining -= available;
        }
    }
}
