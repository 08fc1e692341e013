using FsCheck;
using FsCheck.Fluent;
using Osby.Policy.Calendar;

namespace Osby.Policy.Tests.Calendar;

/// <summary>FsCheck generators for dates and instants inside the supported ranges.</summary>
internal static class CalendarGenerators
{
    public static readonly DateTimeZone Stockholm = StockholmTime.Zone;

    private static readonly LocalDate First = new(1900, 1, 1);

    /// <summary>Any supported date, 1900-01-01 to 2200-12-31.</summary>
    public static Arbitrary<LocalDate> AnyDate { get; } = DatesBetween(First, new LocalDate(2200, 12, 31));

    /// <summary>Dates at least five years inside the range, so that adding a few hundred working days stays in range.</summary>
    public static Arbitrary<LocalDate> InnerDate { get; } = DatesBetween(new LocalDate(1905, 1, 1), new LocalDate(2195, 12, 31));

    /// <summary>Dates from 1975, when lag (1930:173) had reached its present list of days.</summary>
    public static Arbitrary<LocalDate> ModernDate { get; } = DatesBetween(new LocalDate(1975, 1, 1), new LocalDate(2200, 12, 20));

    /// <summary>Instants from 1971 to 2199, to the minute, in Stockholm.</summary>
    public static Arbitrary<Instant> AnyInstant { get; } =
        Gen.Choose(0, Period.Between(new LocalDate(1971, 1, 1), new LocalDate(2199, 1, 1), PeriodUnits.Days).Days)
            .SelectMany(_ => Gen.Choose(0, (24 * 60) - 1), (day, minute) =>
                new LocalDate(1971, 1, 1).PlusDays(day).AtStartOfDayInZone(Stockholm).ToInstant() + Duration.FromMinutes(minute))
            .ToArbitrary();

    /// <summary>Durations of office time from one minute to about three working months.</summary>
    public static Arbitrary<Duration> WorkingTime { get; } =
        Gen.Choose(1, 60 * 8 * 66).Select(m => Duration.FromMinutes(m)).ToArbitrary();

    /// <summary>Working-day counts from −600 to 600.</summary>
    public static Arbitrary<int> DayCountOffset { get; } = Gen.Choose(-600, 600).ToArbitrary();

    public static Arbitrary<LocalDate> DatesBetween(LocalDate from, LocalDate to) =>
        Gen.Choose(0, Period.Between(from, to, PeriodUnits.Days).Days).Select(from.PlusDays).ToArbitrary();
}
