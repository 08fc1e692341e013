using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Osby.Policy.Calendar;
using static Osby.Policy.Tests.Calendar.CalendarGenerators;

namespace Osby.Policy.Tests.Calendar;

/// <summary>Invariants of the working-day calendar (CAL-1, CAL-3) that must hold for every date 1900–2200.</summary>
public sealed partial class WorkingCalendarTests
{
    private static readonly WorkingCalendar Sweden = WorkingCalendar.Sweden;

    /// <summary>CAL-1 restated from the public holiday list: Monday–Friday with no holiday or eve on it.</summary>
    private static bool IsWorkingDayByDefinition(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && SwedishHolidays.On(date).Count == 0;

    [Property(MaxTest = 2000)]
    public Property IsWorkingDay_AnyDate_MatchesWeekdayWithoutHolidayOrEve() =>
        Prop.ForAll(AnyDate, d => Sweden.IsWorkingDay(d) == IsWorkingDayByDefinition(d));

    [Property(MaxTest = 1000)]
    public Property AddWorkingDays_ThenWorkingDaysBetween_RoundTrips() =>
        Prop.ForAll(InnerDate, DayCountOffset, (d, n) => Sweden.WorkingDaysBetween(d, Sweden.AddWorkingDays(d, n)) == n);

    [Property(MaxTest = 1000)]
    public Property AddWorkingDays_NonZero_LandsOnWorkingDayOnTheRightSide() =>
        Prop.ForAll(InnerDate, DayCountOffset, (d, n) =>
        {
            LocalDate result = Sweden.AddWorkingDays(d, n);
            return n == 0
                ? result == d
                : Sweden.IsWorkingDay(result) && (n > 0 ? result > d : result < d);
        });

    [Property(MaxTest = 500)]
    public Property AddWorkingDays_AgreesWithDayByDayStepping() =>
        Prop.ForAll(AnyDate, Gen.Choose(-300, 300).ToArbitrary(), (d, n) =>
        {
            LocalDate expected = StepWorkingDays(d, n, out bool inRange);
            if (!inRange)
            {
                return Throws(() => Sweden.AddWorkingDays(d, n));
            }

            return Sweden.AddWorkingDays(d, n) == expected;
        });

    [Property(MaxTest = 500)]
    public Property WorkingDaysBetween_AgreesWithCountingDayByDay() =>
        Prop.ForAll(AnyDate, Gen.Choose(-800, 800).ToArbitrary(), (start, offset) =>
        {
            LocalDate end = Clamp(start.PlusDays(offset));
            int expected = 0;
            if (end >= start)
            {
                for (LocalDate d = start.PlusDays(1); d <= end; d = d.PlusDays(1))
                {
                    expected += IsWorkingDayByDefinition(d) ? 1 : 0;
                }
            }
            else
            {
                for (LocalDate d = end; d < start; d = d.PlusDays(1))
                {
                    expected -= IsWorkingDayByDefinition(d) ? 1 : 0;
                }
            }

            return Sweden.WorkingDaysBetween(start, end) == expected;
        });

    [Property(MaxTest = 1000)]
    public Property NextWorkingDay_SkipsOnlyClosedDays() =>
        Prop.ForAll(InnerDate, d =>
        {
            LocalDate next = Sweden.NextWorkingDay(d);
            LocalDate previous = Sweden.PreviousWorkingDay(d);
            bool gapsClosed = true;
            for (LocalDate x = d.PlusDays(1); x < next; x = x.PlusDays(1))
            {
                gapsClosed &= !Sweden.IsWorkingDay(x);
            }

            for (LocalDate x = previous.PlusDays(1); x < d; x = x.PlusDays(1))
            {
                gapsClosed &= !Sweden.IsWorkingDay(x);
            }

            return gapsClosed && next > d && previous < d && Sweden.IsWorkingDay(next) && Sweden.IsWorkingDay(previous);
        });

    [Property(MaxTest = 500)]
    public Property AddWorkingDays_IsAdditive() =>
        Prop.ForAll(InnerDate, Gen.Choose(1, 300).ToArbitrary(), Gen.Choose(1, 300).ToArbitrary(), (d, a, b) =>
            Sweden.AddWorkingDays(Sweden.AddWorkingDays(d, a), b) == Sweden.AddWorkingDays(d, a + b)
            && Sweden.AddWorkingDays(Sweden.AddWorkingDays(d, -a), -b) == Sweden.AddWorkingDays(d, -(a + b)));

    [Property(MaxTest = 2000)]
    public Property StatutoryDeadline_FromModernLaw_NeverLandsOnAClosedDay() =>
        Prop.ForAll(ModernDate, d =>
        {
            LocalDate deadline = Sweden.StatutoryDeadline(d);
            bool allSkippedClosed = true;
            for (LocalDate x = d; x < deadline; x = x.PlusDays(1))
            {
                allSkippedClosed &= IsClosedUnderDeadlineLaw(x);
            }

            return !IsClosedUnderDeadlineLaw(deadline) && deadline >= d && allSkippedClosed;
        });

    [Property(MaxTest = 2000)]
    public Property StatutoryDeadline_OnAnOpenDay_NeverMovesIt() =>
        Prop.ForAll(ModernDate, d => IsClosedUnderDeadlineLaw(d) || Sweden.StatutoryDeadline(d) == d);

    [Property(MaxTest = 300)]
    public Property WithClosedDays_ClosesExactlyThoseDays() =>
        Prop.ForAll(InnerDate, Gen.Choose(0, 40).ToArbitrary(), (d, offset) =>
        {
            LocalDate closed = d.PlusDays(offset % 7);
            WorkingCalendar municipal = Sweden.WithClosedDays([closed]);
            bool othersUnchanged = true;
            for (LocalDate x = d.PlusDays(-10); x <= d.PlusDays(20); x = x.PlusDays(1))
            {
                othersUnchanged &= x == closed || municipal.IsWorkingDay(x) == Sweden.IsWorkingDay(x);
            }

            return !municipal.IsWorkingDay(closed) && othersUnchanged && municipal.ClosedDays.SequenceEqual([closed]);
        });

    /// <summary>Lag (1930:173) 2 § in its present form: Saturday, Sunday, other public holiday, midsommarafton, julafton, nyårsafton.</summary>
    private static bool IsClosedUnderDeadlineLaw(LocalDate date) =>
        date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday
        || SwedishHolidays.On(date).Any(h => h.Kind is HolidayKind.PublicHoliday or HolidayKind.StatutoryEve);

    private static LocalDate StepWorkingDays(LocalDate date, int n, out bool inRange)
    {
        int step = Math.Sign(n);
        int remaining = Math.Abs(n);
        LocalDate current = date;
        while (remaining > 0)
        {
            current = current.PlusDays(step);
            if (current < WorkingCalendar.MinDate || current > WorkingCalendar.MaxDate)
            {
                inRange = false;
                return current;
            }

            remaining -= IsWorkingDayByDefinition(current) ? 1 : 0;
        }

        inRange = true;
        return current;
    }

    private static LocalDate Clamp(LocalDate date) =>
        date < WorkingCalendar.MinDate ? WorkingCalendar.MinDate : date > WorkingCalendar.MaxDate ? WorkingCalendar.MaxDate : date;

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            return true;
        }
    }
}
