using System.Globalization;
using NodaTime;

namespace Osby.Policy.Records;

/// <summary>Dates and times written the Swedish way for reasons shown to staff: "måndag 7 december 2026 kl. 10.15".</summary>
/// <remarks>The names are spelled out here rather than taken from the sv-SE culture, which a host with invariant globalization lacks.</remarks>
internal static class SwedishDateText
{
    private static readonly string[] Months =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    // Indexed by (int)IsoDayOfWeek, 1 = Monday … 7 = Sunday.
    private static readonly string[] Weekdays = ["", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"];

    /// <summary>Returns "2 november 2026".</summary>
    public static string Date(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    /// <summary>Returns "måndag 7 december 2026 kl. 10.15".</summary>
    public static string DateAndTime(LocalDateTime value) =>
        string.Create(CultureInfo.InvariantCulture, $"{Weekdays[(int)value.DayOfWeek]} {Date(value.Date)} kl. {value.Hour:00}.{value.Minute:00}");
}
