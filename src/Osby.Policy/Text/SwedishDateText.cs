using System.Globalization;
using NodaTime;

namespace Osby.Policy.Text;

/// <summary>Dates and times written the Swedish way for reasons shown to staff: "måndag 7 december 2026 kl. 10.15".</summary>
/// <remarks>The names are spelled out here rather than taken from the sv-SE culture, which a host with invariant globalization lacks.</remarks>
internal static class SwedishDateText
{
    private static readonly string[] Months =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    private static readonly string[] ShortMonths = ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"];

    // Indexed by (int)IsoDayOfWeek, 1 = Monday … 7 = Sunday.
    private static readonly string[] Weekdays = ["", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"];

    /// <summary>Returns "2 november 2026".</summary>
    public static string Date(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    /// <summary>Returns "måndag 7 december 2026 kl. 10.15".</summary>
    /// <summary>Writes "27 nov kl. 14.05": a short date and time for histories and chains.</summary>
    public static string ShortDateAndTime(LocalDateTime value) =>
        string.Create(CultureInfo.InvariantCulture, $"{value.Day} {ShortMonths[value.Month - 1]} kl. {value.Hour:00}.{value.Minute:00}");

    public static string DateAndTime(LocalDateTime value) =>
        string.Create(CultureInfo.InvariantCulture, $"{Weekdays[(int)value.DayOfWeek]} {Date(value.Date)} kl. {value.Hour:00}.{value.Minute:00}");
}
