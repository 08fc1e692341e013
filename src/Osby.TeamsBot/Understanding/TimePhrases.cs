using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Osby.TeamsBot.Understanding;

/// <summary>Reads the time of day a Swedish message talks about: "15.40", "15:40", "kl 9", "kl. 9.30", "klockan 14".</summary>
/// <remarks>
/// <list type="bullet">
/// <item><description>Hours and minutes ("15.40", "kl 9.30") and whole hours from 7 ("kl 9", "kl 21") are read as written.</description></item>
/// <item><description>A whole hour from 0 to 6 ("kl 3") is ambiguous unless the text settles it ("kl 3 på eftermiddagen",
/// "kl 5 i morse"): staff say "kl 3" for 15.00 as often as for 03.00.</description></item>
/// <item><description>"halv tre", "kvart över två", "kvart i tre" are ambiguous (morning or afternoon); the bot asks for tt:mm.</description></item>
/// </list>
/// </remarks>
internal static partial class TimePhrases
{
    private const string AskForTime = "Skriv tiden som tt:mm, till exempel 15:40.";

    /// <summary>Reads the time a message talks about.</summary>
    /// <param name="text">The message (folded or not).</param>
    /// <returns>The time, missing, or ambiguous with a Swedish note.</returns>
    public static Understood<LocalTime> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string folded = SwedishText.Fold(text);

        if (ClockPattern().Match(folded) is { Success: true } clock)
        {
            int hour = Number(clock, "h");
            if (clock.Groups["m"].Success)
            {
                return Valid(hour, Number(clock, "m"), clock.Value);
            }

            string after = folded[(clock.Index + clock.Length)..];
            after = after[..Math.Min(after.Length, 25)];
            bool afternoon = AfternoonPattern().IsMatch(after) || folded.Contains("kvall", StringComparison.Ordinal);
            bool morning = MorningPattern().IsMatch(after) || folded.Contains("i morse", StringComparison.Ordinal);
            if (hour is >= 1 and <= 11 && afternoon && !morning)
            {
                return Valid(hour + 12, 0, clock.Value);
            }

            if (hour <= 6 && !morning)
            {
                return Understood<LocalTime>.Ambiguous(
                    $"”{clock.Value.Trim()}” kan betyda {hour:00}.00 eller {hour + 12:00}.00. {AskForTime}");
            }

            return Valid(hour, 0, clock.Value);
        }

        if (HourMinutePattern().Match(folded) is { Success: true } plain)
        {
            return Valid(Number(plain, "h"), Number(plain, "m"), plain.Value);
        }

        if (HalfPattern().Match(folded) is { Success: true } half && NumberWords.TryRead(half.Groups["n"].Value, out int n) && n is >= 1 and <= 12)
        {
            return Understood<LocalTime>.Ambiguous($"”{half.Value}” kan vara på förmiddagen eller eftermiddagen. {AskForTime}");
        }

        return Understood<LocalTime>.Missing();
    }

    private static Understood<LocalTime> Valid(int hour, int minute, string phrase) =>
        hour is >= 0 and <= 23 && minute is >= 0 and <= 59
            ? Understood<LocalTime>.Found(new LocalTime(hour, minute))
            : Understood<LocalTime>.Ambiguous($"Tiden ”{phrase.Trim()}” finns inte. {AskForTime}");

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?:kl\.?|klockan)\s*(?<h>\d{1,2})(?:[.:](?<m>\d{2}))?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();

    [GeneratedRegex(@"(?<![\d.:/-])(?<h>\d{1,2})[.:](?<m>\d{2})(?![\d.:/-])", RegexOptions.CultureInvariant)]
    private static partial Regex HourMinutePattern();

    [GeneratedRegex(@"\b(?:halv|kvart\s+over|kvart\s+i)\s+(?<n>[a-z]+|\d{1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex HalfPattern();

    [GeneratedRegex(@"^\s*(?:pa\s+)?(?:em\b|e\.m\.|eftermiddag|kvall|pa\s+kvallen)", RegexOptions.CultureInvariant)]
    private static partial Regex AfternoonPattern();

    [GeneratedRegex(@"^\s*(?:pa\s+)?(?:fm\b|f\.m\.|morgon|natt|formiddag|i\s+morse)", RegexOptions.CultureInvariant)]
    private static partial Regex MorningPattern();
}
