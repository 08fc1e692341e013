using System.Text.RegularExpressions;
using NodaTime;

namespace Osby.TeamsBot.Understanding;

/// <summary>When something arrived, as far as a Swedish message says: a date and a time, each found, missing or ambiguous.</summary>
/// <param name="Date">The arrival date in Stockholm.</param>
/// <param name="Time">The arrival time of day in Stockholm.</param>
/// <remarks>
/// "för två timmar sedan", "för 20 minuter sedan", "för en halvtimme sedan" give both, counted back from now in elapsed
/// time (so across a daylight-saving switch the wall-clock answer is still right); "för tre dagar sedan" gives the date.
/// Number words from "en"/"ett" to "tolv", "tjugo" and digits are read; vague ones ("några", "ett par") make the phrase
/// ambiguous. Otherwise the date comes from <see cref="DatePhrases"/> and the time from <see cref="TimePhrases"/>.
/// </remarks>
internal sealed partial record ArrivalPhrase(Understood<LocalDate> Date, Understood<LocalTime> Time)
{
    /// <summary>Gets whether the message said anything about when (found or ambiguous).</summary>
    public bool SaysWhen => Date.Status != UnderstoodStatus.Missing || Time.Status != UnderstoodStatus.Missing;

    /// <summary>Reads the arrival date and time from a message.</summary>
    /// <param name="text">The message.</param>
    /// <param name="now">Now, in Europe/Stockholm.</param>
    /// <returns>What the message says.</returns>
    public static ArrivalPhrase Read(string text, ZonedDateTime now)
    {
        ArgumentNullException.ThrowIfNull(text);
        string folded = SwedishText.Fold(text);
        Match ago = AgoPattern().Match(folded);
        if (ago.Success)
        {
            string word = ago.Groups["n"].Success ? ago.Groups["n"].Value : "en";
            string unit = ago.Groups["u"].Value;
            if (!NumberWords.TryRead(word, out int n) || NumberWords.IsVague(word))
            {
                var note = $"”{ago.Value.Trim()}” är inte exakt. Skriv dag och tid, till exempel 2026-11-27 15:40.";
                return unit.StartsWith("dag", StringComparison.Ordinal)
                    ? new(Understood<LocalDate>.Ambiguous(note), TimePhrases.Read(folded))
                    : new(Understood<LocalDate>.Ambiguous(note), Understood<LocalTime>.Ambiguous(note));
            }

            if (unit.StartsWith("dag", StringComparison.Ordinal))
            {
                return new(Understood<LocalDate>.Found(now.Date.PlusDays(-n)), TimePhrases.Read(folded));
            }

            Duration elapsed = unit switch
            {
                "halvtimme" => Duration.FromMinutes(30 * n),
                "kvart" => Duration.FromMinutes(15 * n),
                _ when unit.StartsWith('t') || unit == "h" => Duration.FromHours(n),
                _ => Duration.FromMinutes(n),
            };
            LocalDateTime at = (now.ToInstant() - elapsed).InZone(now.Zone).LocalDateTime;
            return new(Understood<LocalDate>.Found(at.Date), Understood<LocalTime>.Found(at.TimeOfDay));
        }

        return new(DatePhrases.Read(folded, now.Date), TimePhrases.Read(folded));
    }

    [GeneratedRegex(@"\b(?:for\s+)?(?:(?<n>[a-z]+|\d{1,3})\s+)?(?<u>minuter|minut|min|timmar|timme|tim|h|dagar|dag|halvtimme|kvart)\s+sedan\b", RegexOptions.CultureInvariant)]
    private static partial Regex AgoPattern();
}
