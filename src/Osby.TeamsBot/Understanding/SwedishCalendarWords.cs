using NodaTime;

namespace Osby.TeamsBot.Understanding;

/// <summary>Swedish weekday and month names, for reading (folded) and writing (lower case, as Swedish writes them).</summary>
internal static class SwedishCalendarWords
{
    private static readonly string[] WeekdayNames = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"];

    private static readonly string[] MonthNames =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    private static readonly string[] FoldedWeekdays = [.. WeekdayNames.Select(SwedishText.Fold)];

    /// <summary>Returns the Swedish name of a weekday, e.g. "måndag".</summary>
    /// <param name="day">The weekday.</param>
    /// <returns>The name in lower case.</returns>
    public static string Weekday(IsoDayOfWeek day) => WeekdayNames[(int)day - 1];

    /// <summary>Returns the Swedish name of a month, e.g. "december".</summary>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The name in lower case.</returns>
    public static string Month(int month) => MonthNames[month - 1];

    /// <summary>Reads a folded weekday name ("mandag", "fredag").</summary>
    /// <param name="folded">The folded name.</param>
    /// <param name="day">The weekday.</param>
    /// <returns>Whether it is a weekday name.</returns>
    public static bool TryReadWeekday(string folded, out IsoDayOfWeek day)
    {
        int index = Array.IndexOf(FoldedWeekdays, folded);
        day = index < 0 ? IsoDayOfWeek.None : (IsoDayOfWeek)(index + 1);
        return index >= 0;
    }

    /// <summary>Reads a folded month name or its usual abbreviation ("dec", "december", "sept").</summary>
    /// <param name="folded">The folded name, without a trailing period.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>Whether it is a month name.</returns>
    public static bool TryReadMonth(string folded, out int month)
    {
        month = 0;
        if (folded.Length < 3)
        {
            return false;
        }

        for (int i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].StartsWith(folded, StringComparison.Ordinal))
            {
                month = i + 1;
                return true;
            }
        }

        return false;
    }
}
