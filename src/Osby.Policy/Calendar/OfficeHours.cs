using System.Collections.Immutable;
using NodaTime;

namespace Osby.Policy.Calendar;

/// <summary>The municipality's office hours per weekday, with optional shortened days (rule CAL-4).</summary>
/// <remarks>
/// <para>Times are local wall-clock times in the office's zone (Europe/Stockholm for <see cref="BusinessClock.Stockholm"/>);
/// a daylight-saving switch never moves them. Office hours apply only on working days of the
/// <see cref="WorkingCalendar"/> they are combined with in a <see cref="BusinessClock"/>.</para>
/// <para>A shortened day closes at the earlier of its weekday's closing and the shortened closing; if that is not after
/// the opening, the office is closed that day.</para>
/// <para>Instances are immutable and thread-safe; the <c>With…</c> methods return new instances.</para>
/// </remarks>
public sealed class OfficeHours
{
    private static readonly LocalTime DefaultOpening = new(8, 0);
    private static readonly LocalTime DefaultClosing = new(16, 30);

    // Indexed by (int)IsoDayOfWeek, 1 = Monday … 7 = Sunday; entry 0 unused. Null = closed all day.
    private readonly ImmutableArray<(LocalTime Opens, LocalTime Closes)?> days;
    private readonly ImmutableSortedDictionary<LocalDate, LocalTime> shortened;

    private OfficeHours(
        ImmutableArray<(LocalTime Opens, LocalTime Closes)?> days,
        LocalTime? closingBeforePublicHoliday,
        ImmutableSortedDictionary<LocalDate, LocalTime> shortenedDays)
    {
        this.days = days;
        ClosingBeforePublicHoliday = closingBeforePublicHoliday;
        shortened = shortenedDays;
    }

    /// <summary>Gets the default office hours: Monday–Friday 08:00–16:30, no shortened days.</summary>
    public static OfficeHours Default { get; } = new(
        [null, .. Enumerable.Repeat<(LocalTime, LocalTime)?>((DefaultOpening, DefaultClosing), 5), null, null],
        null,
        ImmutableSortedDictionary<LocalDate, LocalTime>.Empty);

    /// <summary>Gets the closing time of a working day whose next day is a named public holiday, or null when such days are not shortened.</summary>
    public LocalTime? ClosingBeforePublicHoliday { get; }

    /// <summary>Gets the dates with a shortened day and their closing times.</summary>
    public IReadOnlyDictionary<LocalDate, LocalTime> ShortenedDays => shortened;

    /// <summary>Returns the opening time on a weekday, or null when the office is closed that weekday.</summary>
    /// <param name="day">The weekday.</param>
    /// <returns>The opening time, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a weekday.</exception>
    public LocalTime? OpensOn(IsoDayOfWeek day) => days[Check(day)]?.Opens;

    /// <summary>Returns the closing time on a weekday, or null when the office is closed that weekday.</summary>
    /// <param name="day">The weekday.</param>
    /// <returns>The closing time, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a weekday.</exception>
    public LocalTime? ClosesOn(IsoDayOfWeek day) => days[Check(day)]?.Closes;

    /// <summary>Returns office hours with new opening and closing times on a weekday.</summary>
    /// <param name="day">The weekday.</param>
    /// <param name="opens">The opening time.</param>
    /// <param name="closes">The closing time, after <paramref name="opens"/> the same day.</param>
    /// <returns>The new office hours.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a weekday.</exception>
    /// <exception cref="ArgumentException"><paramref name="closes"/> is not after <paramref name="opens"/>.</exception>
    public OfficeHours WithDay(IsoDayOfWeek day, LocalTime opens, LocalTime closes)
    {
        if (closes <= opens)
        {
            throw new ArgumentException($"The closing time {closes:HH:mm} must be after the opening time {opens:HH:mm}.", nameof(closes));
        }

        return new OfficeHours(days.SetItem(Check(day), (opens, closes)), ClosingBeforePublicHoliday, shortened);
    }

    /// <summary>Returns office hours with the office closed all day on a weekday.</summary>
    /// <param name="day">The weekday.</param>
    /// <returns>The new office hours.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a weekday.</exception>
    /// <exception cref="ArgumentException">No weekday would have office hours left.</exception>
    public OfficeHours WithDayClosed(IsoDayOfWeek day)
    {
        var changed = days.SetItem(Check(day), null);
        if (changed.All(d => d is null))
        {
            throw new ArgumentException("At least one weekday must have office hours.", nameof(day));
        }

        return new OfficeHours(changed, ClosingBeforePublicHoliday, shortened);
    }

    /// <summary>Returns office hours where a working day followed by a named public holiday closes early (e.g. skärtorsdagen, 30 April).</summary>
    /// <param name="closes">The early closing time, or null to stop shortening such days.</param>
    /// <returns>The new office hours.</returns>
    public OfficeHours WithClosingBeforePublicHoliday(LocalTime? closes) => new(days, closes, shortened);

    /// <summary>Returns office hours with one date shortened.</summary>
    /// <param name="date">The date.</param>
    /// <param name="closes">Its closing time.</param>
    /// <returns>The new office hours.</returns>
    public OfficeHours WithShortenedDay(LocalDate date, LocalTime closes) =>
        new(days, ClosingBeforePublicHoliday, shortened.SetItem(date.WithCalendar(CalendarSystem.Iso), closes));

    /// <summary>Returns the local opening and closing time of a date, or null when the office is closed all day.</summary>
    internal (LocalTime Opens, LocalTime Closes)? On(LocalDate date, bool isWorkingDay, bool beforePublicHoliday)
    {
        if (!isWorkingDay || days[(int)date.DayOfWeek] is not { } hours)
        {
            return null;
        }

        LocalTime closes = hours.Closes;
        if (beforePublicHoliday && ClosingBeforePublicHoliday is { } early && early < closes)
        {
            closes = early;
        }

        if (shortened.Count > 0 && shortened.TryGetValue(date, out LocalTime shortClosing) && shortClosing < closes)
        {
            closes = shortClosing;
        }

        return closes > hours.Opens ? (hours.Opens, closes) : null;
    }

    private static int Check(IsoDayOfWeek day) =>
        day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday
            ? (int)day
            : throw new ArgumentOutOfRangeException(nameof(day), day, "Expected a weekday from Monday to Sunday.");
}
