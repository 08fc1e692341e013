using NodaTime;
using NodaTime.TimeZones;

namespace Osby.Policy.Calendar;

/// <summary>Office-time arithmetic on instants: working calendar plus office hours in a time zone (rules CAL-4 and CAL-5).</summary>
/// <remarks>
/// <para>Days are classified by their local date in the clock's zone (2024-12-23T23:30Z is already julafton in Stockholm),
/// and office hours are local wall-clock times, so daylight-saving switches never shift them.</para>
/// <para>Supported instants run from 1970-01-01 to the end of 2200 in the clock's zone. Before 1970 Noda Time's built-in
/// zone data for Europe/Stockholm follows Berlin (German war-time summer time), not Swedish history, so such instants
/// are refused with <see cref="ArgumentOutOfRangeException"/> rather than answered wrongly. The date-only
/// <see cref="WorkingCalendar"/> covers 1900–2200.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class BusinessClock
{
    private const int FirstYear = 1970;

    private readonly Instant minInstant;
    private readonly Instant maxInstant;

    /// <summary>Creates a business clock.</summary>
    /// <param name="calendar">Which days are working days.</param>
    /// <param name="officeHours">The office hours on working days.</param>
    /// <param name="zone">The zone the office hours are in.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public BusinessClock(WorkingCalendar calendar, OfficeHours officeHours, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(officeHours);
        ArgumentNullException.ThrowIfNull(zone);
        Calendar = calendar;
        OfficeHours = officeHours;
        Zone = zone;
        minInstant = new LocalDate(FirstYear, 1, 1).AtStartOfDayInZone(zone).ToInstant();
        maxInstant = DayTable.MaxDate.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
    }

    /// <summary>Gets the clock of Osby kommun: the Swedish working calendar, default office hours, Europe/Stockholm.</summary>
    public static BusinessClock Stockholm { get; } =
        new(WorkingCalendar.Sweden, OfficeHours.Default, DateTimeZoneProviders.Tzdb["Europe/Stockholm"]);

    /// <summary>Gets the working calendar.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>Gets the office hours.</summary>
    public OfficeHours OfficeHours { get; }

    /// <summary>Gets the zone local dates and office hours are taken in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Tells whether the office is open at an instant: within [opening, closing) of a working day.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> during office hours.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the supported range.</exception>
    public bool IsOpen(Instant instant)
    {
        CheckRange(instant, nameof(instant));
        return PeriodOn(LocalDateOf(instant)) is { } period && period.Opening <= instant && instant < period.Closing;
    }

    /// <summary>Returns the earliest opening of the office at or after an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The opening instant; <paramref name="instant"/> itself only when it is exactly an opening.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant or the result is outside the supported range.</exception>
    public Instant NextOpening(Instant instant)
    {
        CheckRange(instant, nameof(instant));
        LocalDate date = LocalDateOf(instant);
        while (true)
        {
            if (PeriodOn(date) is { } period && period.Opening >= instant)
            {
                return period.Opening;
            }

            date = NextWorkingDayOrThrow(date, nameof(instant));
        }
    }

    /// <summary>Returns the instant the office opens on a date, or null when it is closed all day.</summary>
    /// <param name="date">A date from 1970 to 2200.</param>
    /// <returns>The opening instant, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range.</exception>
    public Instant? OpeningOf(LocalDate date) => PeriodOnChecked(date)?.Opening;

    /// <summary>Returns the instant the office closes on a date, or null when it is closed all day.</summary>
    /// <param name="date">A date from 1970 to 2200.</param>
    /// <returns>The closing instant, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range.</exception>
    public Instant? ClosingOf(LocalDate date) => PeriodOnChecked(date)?.Closing;

    /// <summary>Adds office time to an instant: the clock runs only while the office is open.</summary>
    /// <param name="start">The instant to start from; outside office hours the clock starts at the next opening.</param>
    /// <param name="workingTime">The office time to add; zero returns <paramref name="start"/>.</param>
    /// <returns>For a positive duration, the instant within (opening, closing] of a working day at which that much office
    /// time has passed. Example (DL-1): Friday 15:00 plus 8 h 30 min is Monday 15:00.</returns>
    /// <remarks>Monotonic and additive: <c>AddWorkingTime(AddWorkingTime(s, a), b) == AddWorkingTime(s, a + b)</c>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingTime"/> is negative, or an instant is outside the supported range.</exception>
    public Instant AddWorkingTime(Instant start, Duration workingTime)
    {
        CheckRange(start, nameof(start));
        if (workingTime < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(workingTime), workingTime, "The working time to add must not be negative.");
        }

        if (workingTime == Duration.Zero)
        {
            return start;
        }

        Duration remaining = workingTime;
        var walk = new DayWalk(this, start);
        LocalDate firstDate = walk.Date;
        LocalDate date = firstDate;
        while (true)
        {
            if (date > firstDate && LocalHoursOn(date) is { } hours && walk.IsSteady(date))
            {
                // A whole office day at one UTC offset: its length is its local length.
                Duration length = Duration.FromNanoseconds(hours.Closes.NanosecondOfDay - hours.Opens.NanosecondOfDay);
                if (remaining <= length)
                {
                    return walk.ToInstant(date.At(hours.Opens)) + remaining;
                }

                remaining -= length;
            }
            else if (walk.PeriodOn(date) is { } period && period.Closing > start)
            {
                Instant from = period.Opening > start ? period.Opening : start;
                Duration available = period.Closing - from;
                if (remaining <= available)
                {
                    return from + remaining;
                }

                remaining -= available;
            }

            date = NextWorkingDayOrThrow(date, nameof(workingTime));
        }
    }

    /// <summary>Measures the office time between two instants.</summary>
    /// <param name="start">The first instant.</param>
    /// <param name="end">The second instant.</param>
    /// <returns>The office time in [start, end), negated when <paramref name="end"/> is before <paramref name="start"/>;
    /// it inverts <see cref="AddWorkingTime"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside the supported range.</exception>
    public Duration WorkingTimeBetween(Instant start, Instant end)
    {
        CheckRange(start, nameof(start));
        CheckRange(end, nameof(end));
        if (end < start)
        {
            return -WorkingTimeBetween(end, start);
        }

        Duration total = Duration.Zero;
        var walk = new DayWalk(this, start);
        LocalDate date = walk.Date;
        LocalDate last = LocalDateOf(end);
        while (date <= last)
        {
            if (walk.PeriodOn(date) is { } period)
            {
                Instant from = period.Opening > start ? period.Opening : start;
                Instant to = period.Closing < end ? period.Closing : end;
                if (to > from)
                {
                    total += to - from;
                }
            }

            if (date == last)
            {
                break;
            }

            date = Calendar.NextWorkingDay(date);
        }

        return total;
    }

    private LocalDate NextWorkingDayOrThrow(LocalDate date, string paramName) =>
        Calendar.TryAddWorkingDays(date, 1, out LocalDate next) ? next : throw DayTable.ResultOutOfRange(paramName);

    private (Instant Opening, Instant Closing)? PeriodOnChecked(LocalDate date)
    {
        DayTable.IndexOf(date, nameof(date));
        if (date.Year < FirstYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, OutOfRangeMessage);
        }

        return PeriodOn(date.WithCalendar(CalendarSystem.Iso));
    }

    private (Instant Opening, Instant Closing)? PeriodOn(LocalDate date) => new DayWalk(this, null).PeriodOn(date);

    private (LocalTime Opens, LocalTime Closes)? LocalHoursOn(LocalDate date)
    {
        bool working = Calendar.IsWorkingDay(date);
        bool beforeHoliday = working && OfficeHours.ClosingBeforePublicHoliday is not null && date < DayTable.MaxDate
            && DayTable.IsSet(DayTable.NamedPublicHolidays, DayTable.IndexOf(date) + 1);
        return OfficeHours.On(date, working, beforeHoliday);
    }

    /// <summary>
    /// Walks office days forward, mapping local office times to instants through a cached zone interval: the full zone
    /// lookup is needed only near an offset change (never within Swedish office hours, but handled exactly anyway).
    /// </summary>
    private struct DayWalk
    {
        private static readonly Duration Margin = Duration.FromDays(1);

        private readonly BusinessClock clock;
        private ZoneInterval? interval;
        private LocalDate steadyAfter;
        private LocalDate steadyBefore;

        public DayWalk(BusinessClock clock, Instant? start)
        {
            this.clock = clock;
            if (start is { } s)
            {
                Use(clock.Zone.GetZoneInterval(s));
                Date = s.InZone(clock.Zone).Date;
            }
        }

        public LocalDate Date { get; }

        public (Instant Opening, Instant Closing)? PeriodOn(LocalDate date) =>
            clock.LocalHoursOn(date) is { } hours ? (ToInstant(date.At(hours.Opens)), ToInstant(date.At(hours.Closes))) : null;

        /// <summary>Whether the whole local day lies inside the cached zone interval, so one offset holds all day.</summary>
        public readonly bool IsSteady(LocalDate date) => interval is not null && date > steadyAfter && date < steadyBefore;

        public Instant ToInstant(LocalDateTime local)
        {
            if (interval is { } z)
            {
                Instant candidate = local.WithOffset(z.WallOffset).ToInstant();
                if ((!z.HasStart || candidate >= z.Start + Margin) && (!z.HasEnd || candidate < z.End - Margin))
                {
                    return candidate;
                }
            }

            Instant mapped = clock.Zone.AtLeniently(local).ToInstant();
            Use(clock.Zone.GetZoneInterval(mapped));
            return mapped;
        }

        private void Use(ZoneInterval zoneInterval)
        {
            interval = zoneInterval;
            steadyAfter = zoneInterval.HasStart ? zoneInterval.IsoLocalStart.Date : LocalDate.MinIsoValue;
            steadyBefore = zoneInterval.HasEnd ? zoneInterval.IsoLocalEnd.Date : LocalDate.MaxIsoValue;
        }
    }

    private LocalDate LocalDateOf(Instant instant) => instant.InZone(Zone).Date;

    private void CheckRange(Instant instant, string paramName)
    {
        if (instant < minInstant || instant >= maxInstant)
        {
            throw new ArgumentOutOfRangeException(paramName, instant, OutOfRangeMessage);
        }
    }

    private const string OutOfRangeMessage =
        "Office-time arithmetic supports instants from 1970-01-01 to 2200-12-31 in the clock's zone (zone data before 1970 is not reliable for Sweden).";
}
