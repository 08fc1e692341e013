using System.Globalization;
using NodaTime;
using Osby.TeamsBot.Understanding;

namespace Osby.TeamsBot.Answers;

/// <summary>Writes dates and times the way the bot says them: "måndag 1 december kl. 15.40".</summary>
/// <remarks>Weekday and month names in lower case, "kl." and the time as H.mm with a period (Språkrådet's style); the year
/// only when it is not the current one ("onsdag 24 december 2025 kl. 8.00").</remarks>
internal static class SwedishDateText
{
    /// <summary>Writes a date and time, e.g. "måndag 1 december kl. 15.40".</summary>
    /// <param name="at">The local date and time.</param>
    /// <param name="currentYear">The current year; the year is written only when different. Null: always written.</param>
    /// <returns>The Swedish text.</returns>
    public static string Format(LocalDateTime at, int? currentYear) =>
        $"{FormatDate(at.Date, currentYear)} kl. {FormatTime(at.TimeOfDay)}";

    /// <summary>Writes a date, e.g. "måndag 1 december" (with the year when it is not <paramref name="currentYear"/>).</summary>
    /// <param name="date">The date.</param>
    /// <param name="currentYear">The current year; null to write the year always.</param>
    /// <returns>The Swedish text.</returns>
    public static string FormatDate(LocalDate date, int? currentYear)
    {
        string text = string.Create(
            CultureInfo.InvariantCulture,
            $"{SwedishCalendarWords.Weekday(date.DayOfWeek)} {date.Day} {SwedishCalendarWords.Month(date.Month)}");
        return date.Year == currentYear ? text : string.Create(CultureInfo.InvariantCulture, $"{text} {date.Year}");
    }

    /// <summary>Writes a time of day as H.mm, e.g. "8.00" or "15.40".</summary>
    /// <param name="time">The time.</param>
    /// <returns>The Swedish text.</returns>
    public static string FormatTime(LocalTime time) =>
        string.Create(CultureInfo.InvariantCulture, $"{time.Hour}.{time.Minute:00}");

    /// <summary>Writes an office-time duration, e.g. "8 timmar och 30 minuter".</summary>
    /// <param name="duration">The duration.</param>
    /// <returns>The Swedish text.</returns>
    public static string FormatDuration(Duration duration)
    {
        long hours = (long)duration.TotalHours;
        int minutes = duration.Minutes;
        string h = hours == 1 ? "1 timme" : string.Create(CultureInfo.InvariantCulture, $"{hours} timmar");
        string m = minutes == 1 ? "1 minut" : string.Create(CultureInfo.InvariantCulture, $"{minutes} minuter");
        return (hours, minutes) switch
        {
            (0, _) => m,
            (_, 0) => h,
            _ => $"{h} och {m}",
        };
    }

    /// <summary>Joins Swedish list items: "a", "a och b", "a, b och c".</summary>
    /// <param name="items">The items.</param>
    /// <returns>The list as text.</returns>
    public static string JoinList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " och " + items[^1],
    };
}
