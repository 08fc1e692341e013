using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Osby.Policy.Calendar;

/// <summary>Which days count as working days (arbetsdagar) in Osby kommun, and arithmetic on them (rules CAL-1 and CAL-3).</summary>
/// <remarks>
/// <para>A working day is Monday–Friday that is neither an allmän helgdag (lag (1989:253) om allmänna helgdagar, and its
/// predecessors before 1990) nor midsommarafton, julafton or nyårsafton, nor a closed day the municipality has decided
/// (<see cref="WithClosedDays"/>).</para>
/// <para>Supported dates are 1900-01-01 to 2200-12-31. A date, or a result, outside that range throws
/// <see cref="ArgumentOutOfRangeException"/>: never a silently wrong answer. Dates in other calendar systems are
/// converted to ISO first; results are ISO dates.</para>
/// <para>Instances are immutable and thread-safe. Every query is a table lookup without allocation.</para>
/// </remarks>
public sealed class WorkingCalendar
{
    // The same working days twice: by day index for arithmetic (popcount scans), and by year/month/day for lookups.
    private readonly ulong[] workingDays;
    private readonly ulong[] workingByYearMonthDay;

    private WorkingCalendar(ulong[] workingDays, ImmutableArray<LocalDate> closedDays)
    {
        this.workingDays = workingDays;
        workingByYearMonthDay = DayTable.ByYearMonthDay(workingDays);
        ClosedDays = closedDays;
    }

    /// <summary>Gets the Swedish working-day calendar with no municipal closed days.</summary>
    public static WorkingCalendar Sweden { get; } = new(DayTable.WorkingDays, []);

    /// <summary>Gets the first supported date, 1900-01-01.</summary>
    public static LocalDate MinDate => DayTable.MinDate;

    /// <summary>Gets the last supported date, 2200-12-31.</summary>
    public static LocalDate MaxDate => DayTable.MaxDate;

    /// <summary>Gets the municipality's own closed days, in date order, on top of Swedish law.</summary>
    public IReadOnlyList<LocalDate> ClosedDays { get; }

    /// <summary>Returns a calendar that also treats the given dates as closed (e.g. a klämdag the municipality has decided).</summary>
    /// <param name="days">The closed days; duplicates and days that are not working days anyway are allowed.</param>
    /// <returns>A new calendar with this calendar's closed days and the given ones.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A day is outside 1900-01-01–2200-12-31.</exception>
    public WorkingCalendar WithClosedDays(IEnumerable<LocalDate> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var bits = (ulong[])workingDays.Clone();
        var all = new SortedSet<LocalDate>(ClosedDays);
        foreach (LocalDate day in days)
        {
            int index = DayTable.IndexOf(day, nameof(days));
            bits[index >> 6] &= ~(1UL << (index & 63));
            all.Add(day.WithCalendar(CalendarSystem.Iso));
        }

        return new WorkingCalendar(bits, [.. all]);
    }

    /// <summary>Tells whether a date is a working day.</summary>
    /// <param name="date">A date from 1900-01-01 to 2200-12-31.</param>
    /// <returns><see langword="true"/> on a working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWorkingDay(LocalDate date)
    {
        int bit;
        if (DayTable.HashIsPackedDate)
        {
            // Noda Time's hash of an ISO date is its packed year/month/day (checked for every supported date at start-up).
            bit = DayTable.PackedBitOfHash(date.GetHashCode());
            if (bit < 0)
            {
                return IsWorkingDayChecked(date);
            }
        }
        else
        {
            int year = date.Year - DayTable.MinYear;
            if ((uint)year > DayTable.MaxYear - DayTable.MinYear || !ReferenceEquals(date.Calendar, CalendarSystem.Iso))
            {
                return IsWorkingDayChecked(date);
            }

            bit = (year << 10) | ((date.Month - 1) << 6) | (date.Day - 1);
        }

        return (workingByYearMonthDay[bit >> 6] & (1UL << bit)) != 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal bool IsWorkingDayChecked(LocalDate date) => DayTable.IsSet(workingDays, DayTable.IndexOf(date, nameof(date)));

    /// <summary>Returns the first working day strictly after a date.</summary>
    /// <param name="date">A date from 1900-01-01 to 2200-12-31.</param>
    /// <returns>The next working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is outside the supported range.</exception>
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    /// <summary>Returns the last working day strictly before a date.</summary>
    /// <param name="date">A date from 1900-01-01 to 2200-12-31.</param>
    /// <returns>The previous working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is outside the supported range.</exception>
    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);

    /// <summary>Moves a date by a number of working days.</summary>
    /// <param name="date">A date from 1900-01-01 to 2200-12-31; it need not be a working day.</param>
    /// <param name="days">For n &gt; 0 the nth working day strictly after <paramref name="date"/>; for n &lt; 0 the
    /// |n|th working day strictly before; for 0 the date unchanged.</param>
    /// <returns>The resulting date, always a working day unless <paramref name="days"/> is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is outside the supported range.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int days) =>
        TryAddWorkingDays(date, days, out LocalDate result) ? result : throw DayTable.ResultOutOfRange(nameof(days));

    /// <summary>Like <see cref="AddWorkingDays"/>, but returns false when the result would fall after 2200 or before 1900.</summary>
    internal bool TryAddWorkingDays(LocalDate date, int days, out LocalDate result)
    {
        int index = DayTable.IndexOf(date, nameof(date));
        if (days == 0)
        {
            result = date;
            return true;
        }

        int found = days > 0
            ? DayTable.NthSetAfter(workingDays, index, days)
            : DayTable.NthSetBefore(workingDays, index, days == int.MinValue ? int.MaxValue : -days);
        // A short step from the date itself is cheaper than converting the index from 1900.
        result = found < 0 ? default : date.WithCalendar(CalendarSystem.Iso).PlusDays(found - index);
        return found >= 0;
    }

    /// <summary>Counts working days between two dates, so that it inverts <see cref="AddWorkingDays"/>.</summary>
    /// <param name="start">The first date.</param>
    /// <param name="end">The second date.</param>
    /// <returns>When <paramref name="start"/> ≤ <paramref name="end"/>, the number of working days d with
    /// start &lt; d ≤ end; otherwise minus the number with end ≤ d &lt; start. Thus
    /// <c>WorkingDaysBetween(s, AddWorkingDays(s, n)) == n</c> for every n.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the supported range.</exception>
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        int from = DayTable.IndexOf(start, nameof(start));
        int to = DayTable.IndexOf(end, nameof(end));
        return from <= to
            ? DayTable.CountSet(workingDays, from + 1, to + 1)
            : -DayTable.CountSet(workingDays, to, from);
    }

    /// <summary>Returns the day by which an act due on <paramref name="lastDay"/> may be done under lag (1930:173) 2 §.</summary>
    /// <param name="lastDay">The last day of a statutory period.</param>
    /// <returns><paramref name="lastDay"/> itself when it is open; otherwise the next day that is none of Saturday,
    /// Sunday, other public holiday, midsommarafton, julafton and nyårsafton.</returns>
    /// <remarks>Rule CAL-3. The law as it stood that year is applied: eves from 1935, Saturdays in June–September from
    /// 1961 and every Saturday from 1965, nyårsafton from 1974. Municipal closed days do not move statutory deadlines.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is outside the supported range.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the calendar's instance API; the law ignores municipal closed days.")]
    public LocalDate StatutoryDeadline(LocalDate lastDay)
    {
        int index = DayTable.IndexOf(lastDay, nameof(lastDay));
        int start = index;
        while (DayTable.IsSet(DayTable.StatutoryClosed, index))
        {
            if (++index >= DayTable.DayCount)
            {
                throw DayTable.ResultOutOfRange(nameof(lastDay));
            }
        }

        return lastDay.WithCalendar(CalendarSystem.Iso).PlusDays(index - start);
    }
}
