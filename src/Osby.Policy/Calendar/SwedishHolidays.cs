using NodaTime;

namespace Osby.Policy.Calendar;

/// <summary>Swedish public holidays and the eves treated like them, for every year 1900–2200 as the law stood that year (rule CAL-2).</summary>
/// <remarks>
/// <para>Public holidays follow lag (1989:253) om allmänna helgdagar and, before 1990, its predecessors: Första maj from 1939,
/// Midsommardagen and Alla helgons dag on Saturdays from 1953, Jungfru Marie bebådelsedag on a weekday only until 1952,
/// Annandag pingst up to and including 2004, Sveriges nationaldag from 2005. Easter follows the Gregorian computus.</para>
/// <para>Midsommarafton, julafton and nyårsafton are listed with their own kinds (lag (1930:173) om beräkning av lagstadgad
/// tid): they are never public holidays. Sundays are public holidays by law but only the named days are listed.</para>
/// <para>All members are thread-safe; the lists are computed once and shared.</para>
/// </remarks>
public static class SwedishHolidays
{
    private static readonly System.Collections.ObjectModel.ReadOnlyCollection<Holiday>[] ReadOnlyLists =
        [.. Enumerable.Range(DayTable.MinYear, DayTable.MaxYear - DayTable.MinYear + 1).Select(y => Array.AsReadOnly(DayTable.HolidaysIn(y)))];

    /// <summary>The first supported year.</summary>
    public const int MinYear = DayTable.MinYear;

    /// <summary>The last supported year.</summary>
    public const int MaxYear = DayTable.MaxYear;

    /// <summary>Returns the named holidays and eves of a year in date order.</summary>
    /// <param name="year">A year from 1900 to 2200.</param>
    /// <returns>The year's holidays; days that coincide (Första maj and Kristi himmelsfärdsdag in 2008) are both listed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900–2200.</exception>
    public static IReadOnlyList<Holiday> InYear(int year) => ReadOnlyLists[DayTable.YearIndex(year)];

    /// <summary>Returns the named holidays and eves that fall on a date.</summary>
    /// <param name="date">A date from 1900-01-01 to 2200-12-31.</param>
    /// <returns>Every holiday on the date (two when they coincide), or an empty list.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range.</exception>
    public static IReadOnlyList<Holiday> On(LocalDate date)
    {
        DayTable.IndexOf(date, nameof(date));
        LocalDate iso = date.WithCalendar(CalendarSystem.Iso);
        return Array.FindAll(DayTable.HolidaysIn(iso.Year), h => h.Date == iso);
    }

    /// <summary>Tells whether a date is an allmän helgdag: a Sunday or a named public holiday.</summary>
    /// <param name="date">A date from 1900-01-01 to 2200-12-31.</param>
    /// <returns><see langword="true"/> for every Sunday and named public holiday; <see langword="false"/> for eves and other days.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range.</exception>
    public static bool IsPublicHoliday(LocalDate date)
    {
        int index = DayTable.IndexOf(date, nameof(date));
        return date.DayOfWeek == IsoDayOfWeek.Sunday || DayTable.IsSet(DayTable.NamedPublicHolidays, index);
    }
}
