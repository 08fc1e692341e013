using NodaTime;
using NodaTime.Text;
using Osby.Policy;

namespace Osby.TeamsBot.Answers;

/// <summary>Reads the values card inputs send: ISO dates, clock times and channel names, with the Swedish help for each.</summary>
internal static class CardValues
{
    /// <summary>How to write a date, in Swedish.</summary>
    public const string DateFormatHelp = "Skriv datumet som åååå-mm-dd, till exempel 2026-11-27.";

    /// <summary>How to write a time, in Swedish.</summary>
    public const string TimeFormatHelp = "Skriv tiden som tt:mm, till exempel 15:40.";

    private static readonly LocalTimePattern[] TimePatterns =
    [
        LocalTimePattern.CreateWithInvariantCulture("HH:mm"),
        LocalTimePattern.CreateWithInvariantCulture("H:mm"),
        LocalTimePattern.CreateWithInvariantCulture("HH.mm"),
        LocalTimePattern.CreateWithInvariantCulture("H.mm"),
    ];

    /// <summary>Formats a date as <c>Input.Date</c> sends it (<c>yyyy-MM-dd</c>).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The ISO date.</returns>
    public static string FormatDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Formats a time as <c>Input.Time</c> sends it (<c>HH:mm</c>).</summary>
    /// <param name="time">The time.</param>
    /// <returns>The time.</returns>
    public static string FormatTime(LocalTime time) => TimePatterns[0].Format(time);

    /// <summary>Reads an ISO date (<c>yyyy-MM-dd</c>).</summary>
    /// <param name="text">The input's value.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether it was a valid date.</returns>
    public static bool TryParseDate(string text, out LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(text);
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text.Trim());
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    /// <summary>Reads a time: <c>HH:mm</c>, also <c>H:mm</c> and with a dot.</summary>
    /// <param name="text">The input's value.</param>
    /// <param name="time">The time.</param>
    /// <returns>Whether it was a valid time.</returns>
    public static bool TryParseTime(string text, out LocalTime time)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (LocalTimePattern pattern in TimePatterns)
        {
            if (pattern.Parse(text.Trim()) is { Success: true } result)
            {
                time = result.Value;
                return true;
            }
        }

        time = default;
        return false;
    }

    /// <summary>Reads a <see cref="Channel"/> name ("PersonalEmail"), case-insensitively; numbers are not accepted.</summary>
    /// <param name="text">The input's value.</param>
    /// <param name="channel">The channel.</param>
    /// <returns>Whether it named a channel.</returns>
    public static bool TryParseChannel(string text, out Channel channel) => TryParseName(text, out channel);

    /// <summary>Reads an enum member's name, case-insensitively; numbers and undefined names are not accepted.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="text">The input's value.</param>
    /// <param name="value">The member.</param>
    /// <returns>Whether it named a member.</returns>
    public static bool TryParseName<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        return Enum.TryParse(trimmed, ignoreCase: true, out value) && trimmed.Length > 0 && trimmed.All(char.IsAsciiLetter) && Enum.IsDefined(value);
    }
}
