using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Osby.Policy.Calendar;
using static Osby.Policy.Tests.Calendar.CalendarGenerators;

namespace Osby.Policy.Tests.Calendar;

/// <summary>Invariants of office-time arithmetic (CAL-4, CAL-5) over 1971–2199.</summary>
public sealed partial class BusinessClockTests
{
    [Property(MaxTest = 500)]
    public Property AddWorkingTime_IsAdditive() =>
        Prop.ForAll(AnyInstant, WorkingTime, WorkingTime, (s, a, b) =>
            Clock.AddWorkingTime(Clock.AddWorkingTime(s, a), b) == Clock.AddWorkingTime(s, a + b));

    [Property(MaxTest = 500)]
    public Property AddWorkingTime_IsMonotonic() =>
        Prop.ForAll(AnyInstant, WorkingTime, WorkingTime, (s, a, b) =>
        {
            (Duration small, Duration large) = a <= b ? (a, b) : (b, a);
            return Clock.AddWorkingTime(s, small) <= Clock.AddWorkingTime(s, large)
                && Clock.AddWorkingTime(s, small) > s;
        });

    [Property(MaxTest = 500)]
    public Property WorkingTimeBetween_InvertsAddWorkingTime() =>
        Prop.ForAll(AnyInstant, WorkingTime, (s, d) => Clock.WorkingTimeBetween(s, Clock.AddWorkingTime(s, d)) == d);

    [Property(MaxTest = 500)]
    public Property AddWorkingTime_LandsWithinOfficeHoursOfAWorkingDay() =>
        Prop.ForAll(AnyInstant, WorkingTime, (s, d) =>
        {
            Instant due = Clock.AddWorkingTime(s, d);
            LocalDateTime local = due.InZone(Stockholm).LocalDateTime;
            return Clock.Calendar.IsWorkingDay(local.Date)
                && local.TimeOfDay > new LocalTime(8, 0)
                && local.TimeOfDay <= new LocalTime(16, 30);
        });

    [Property(MaxTest = 300)]
    public Property WorkingTimeBetween_SplitsAtAnyPoint() =>
        Prop.ForAll(AnyInstant, Gen.Choose(0, 60 * 24 * 40).ToArbitrary(), Gen.Choose(0, 60 * 24 * 40).ToArbitrary(), (a, m1, m2) =>
        {
            Instant b = a + Duration.FromMinutes(m1);
            Instant c = b + Duration.FromMinutes(m2);
            return Clock.WorkingTimeBetween(a, c) == Clock.WorkingTimeBetween(a, b) + Clock.WorkingTimeBetween(b, c)
                && Clock.WorkingTimeBetween(c, a) == -Clock.WorkingTimeBetween(a, c);
        });

    [Property(MaxTest = 300)]
    public Property AddWorkingTime_AgreesWithAWalkOverOpeningAndClosingTimes() =>
        Prop.ForAll(AnyInstant, WorkingTime, (s, d) => Clock.AddWorkingTime(s, d) == NaiveAddWorkingTime(s, d));

    [Property(MaxTest = 300)]
    public Property NextOpening_IsOpenAndNothingOpenBefore() =>
        Prop.ForAll(AnyInstant, s =>
        {
            Instant opening = Clock.NextOpening(s);
            return opening >= s
                && Clock.IsOpen(opening)
                && (Clock.IsOpen(s) || Clock.WorkingTimeBetween(s, opening) == Duration.Zero);
        });

    /// <summary>Every daylight-saving weekend 1980–2199 (last Sunday of March and October), Friday 15:00 + one working day.</summary>
    [Fact]
    public void AddWorkingTime_EveryDaylightSavingWeekend_FridayAfternoonIsDueMondayAfternoon()
    {
        for (int year = 1980; year <= 2199; year++)
        {
            foreach (int month in new[] { 3, 10 })
            {
                LocalDate lastSunday = new LocalDate(year, month, 31).With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Sunday));
                LocalDate friday = lastSunday.PlusDays(-2);
                LocalDate monday = lastSunday.PlusDays(1);
                if (!Clock.Calendar.IsWorkingDay(friday) || !Clock.Calendar.IsWorkingDay(monday))
                {
                    continue; // Långfredagen or Annandag påsk: covered by the other weekends
                }

                Instant start = Stockholm.AtStrictly(friday.At(new LocalTime(15, 0))).ToInstant();
                Instant due = Clock.AddWorkingTime(start, Duration.FromMinutes(510));
                due.InZone(Stockholm).LocalDateTime.Should().Be(monday.At(new LocalTime(15, 0)), $"DST weekend {lastSunday}");
            }
        }
    }

    /// <summary>A reference walk over whole days with <see cref="BusinessClock.OpeningOf"/> and <see cref="BusinessClock.ClosingOf"/>.</summary>
    private static Instant NaiveAddWorkingTime(Instant start, Duration workingTime)
    {
        Duration remaining = workingTime;
        for (LocalDate day = start.InZone(Stockholm).Date; ; day = day.PlusDays(1))
        {
            if (Clock.OpeningOf(day) is not { } opening || Clock.ClosingOf(day) is not { } closing || closing <= start)
            {
                continue;
            }

            Instant from = opening > start ? opening : start;
            if (remaining <= closing - from)
            {
                return from + remaining;
            }

            remaining -= closing - from;
        }
    }
}
