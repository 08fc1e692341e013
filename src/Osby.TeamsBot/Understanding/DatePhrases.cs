using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Osby.Policy.Calendar;

namespace Osby.TeamsBot.Understanding;

/// <summary>Reads the date a Swedish message talks about, relative to today in Stockholm.</summary>
/// <remarks>
/// <para>The bot is asked about things that have <em>arrived</em>, so dates are read as past dates. The rules, first match wins:</para>
/// <list type="number">
/// <item><description>ISO dates ("2026-12-24") and dates with a year ("24 december 2025", "24/12/2025", "julafton 2025")
/// are taken as written, even in the future (the answer refuses future arrivals; the reader does not guess).</description></item>
/// <item><description>A day and month without a year ("24 dec", "24 december", "24/12") and a named holiday without a year
/// ("midsommarafton", "julafton", "annandag påsk") mean their <b>most recent occurrence on or before today</b>, if that is at
/// most <see cref="MaxDaysBackWithoutYear"/> days back. Further back the phrase is <b>ambiguous</b>: the writer may mean a date
/// ahead, or an item almost a year old, so the bot asks for the year instead of guessing. A day that does not exist
/// ("31/2") is ambiguous too.</description></item>
/// <item><description>"förra veckan i tisdags", "i tisdags förra veckan", "tisdag förra veckan": that weekday in the previous
/// ISO week (Monday–Sunday).</description></item>
/// <item><description>"i fredags": the most recent Friday <b>before</b> today; on a Friday that is a week ago.</description></item>
/// <item><description>"i förrgår", "i går"/"igår", "i dag"/"idag", "i morse": two days ago, yesterday, today.</description></item>
/// <item><description>A bare weekday ("fredag", "på fredag", "i fredag", "fredagen"): the most recent such day <b>on or
/// before</b> today — today itself when today is that weekday. In everyday Swedish "på fredag" looks ahead, but an arrival
/// cannot be in the future, so the past reading is the only useful one.</description></item>
/// </list>
/// <para>"för tre dagar sedan" is read by <see cref="ArrivalPhrase"/>, which also reads times.</para>
/// </remarks>
internal static partial class DatePhrases
{
    /// <summary>How far back a date without a year may lie and still be read without asking: half a year.</summary>
    public const int MaxDaysBackWithoutYear = 183;

    private static readonly Dictionary<string, string> HolidayAliases = new(StringComparer.Ordinal)
    {
        ["trettondagen"] = "trettondedag jul",
        ["trettondag jul"] = "trettondedag jul",
        ["langfredag"] = "langfredagen",
        ["paskdag"] = "paskdagen",
        ["nationaldagen"] = "sveriges nationaldag",
        ["kristi himmelsfard"] = "kristi himmelsfardsdag",
        ["kristi himmelfardsdag"] = "kristi himmelsfardsdag",
        ["pingst"] = "pingstdagen",
        ["midsommar"] = "midsommarafton",
        ["alla helgons"] = "alla helgons dag",
        ["juldag"] = "juldagen",
        ["nyarsdag"] = "nyarsdagen",
    };

    /// <summary>Reads the date a message talks about.</summary>
    /// <param name="text">The message (folded or not).</param>
    /// <param name="today">Today in Stockholm.</param>
    /// <returns>The date, missing, or ambiguous with a Swedish note.</returns>
    public static Understood<LocalDate> Read(string text, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(text);
        string folded = SwedishText.Fold(text);

        if (IsoPattern().Match(folded) is { Success: true } iso)
        {
            return Exact(Number(iso, "y"), Number(iso, "m"), Number(iso, "d"), iso.Value);
        }

        foreach (Match named in DayMonthNamePattern().Matches(folded))
        {
            if (SwedishCalendarWords.TryReadMonth(named.Groups["mon"].Value, out int month))
            {
                return named.Groups["y"].Success
                    ? Exact(Number(named, "y"), month, Number(named, "d"), named.Value)
                    : MostRecent(month, Number(named, "d"), today, named.Value.Trim());
            }
        }

        if (DaySlashMonthPattern().Match(folded) is { Success: true } slash)
        {
            if (!slash.Groups["y"].Success)
            {
                return MostRecent(Number(slash, "m"), Number(slash, "d"), today, slash.Value);
            }

            int year = Number(slash, "y");
            return Exact(year < 100 ? 2000 + year : year, Number(slash, "m"), Number(slash, "d"), slash.Value);
        }

        if (ReadHoliday(folded, today) is { } holiday)
        {
            return holiday;
        }

        if (LastWeekPattern().Match(folded) is { Success: true } lastWeek
            && SwedishCalendarWords.TryReadWeekday(lastWeek.Groups["d1"].Success ? lastWeek.Groups["d1"].Value : lastWeek.Groups["d2"].Value, out IsoDayOfWeek lastWeekDay))
        {
            LocalDate mondayThisWeek = today.PlusDays(1 - (int)today.DayOfWeek);
            return Understood<LocalDate>.Found(mondayThisWeek.PlusDays(-7 + (int)lastWeekDay - 1));
        }

        foreach (Match past in PastWeekdayPattern().Matches(folded))
        {
            if (SwedishCalendarWords.TryReadWeekday(past.Groups["d"].Value, out IsoDayOfWeek day))
            {
                return Understood<LocalDate>.Found(today.PlusDays(-1).With(DateAdjusters.PreviousOrSame(day)));
            }
        }

        if (RelativeDayPattern().Match(folded) is { Success: true } relative)
        {
            int back = relative.Groups["w"].Value switch
            {
                "forrgar" => 2,
                "gar" => 1,
                _ => 0,
            };
            return Understood<LocalDate>.Found(today.PlusDays(-back));
        }

        foreach (Match bare in BareWeekdayPattern().Matches(folded))
        {
            if (SwedishCalendarWords.TryReadWeekday(bare.Groups["d"].Value, out IsoDayOfWeek day))
            {
                return Understood<LocalDate>.Found(today.With(DateAdjusters.PreviousOrSame(day)));
            }
        }

        return Understood<LocalDate>.Missing();
    }

    private static Understood<LocalDate>? ReadHoliday(string folded, LocalDate today)
    {
        Match match = HolidayPattern().Match(folded);
        if (!match.Success)
        {
            return null;
        }

        string name = match.Groups["name"].Value;
        name = HolidayAliases.GetValueOrDefault(name, name);
        if (match.Groups["y"].Success)
        {
            int year = Number(match, "y");
            return year is < SwedishHolidays.MinYear or > SwedishHolidays.MaxYear || HolidayIn(year, name) is not { } exact
                ? Understood<LocalDate>.Ambiguous($"Jag hittar ingen {match.Groups["name"].Value} år {year}. Skriv datumet som åååå-mm-dd.")
                : Understood<LocalDate>.Found(exact);
        }

        LocalDate? date = HolidayIn(today.Year, name) is { } thisYear && thisYear <= today ? thisYear : HolidayIn(today.Year - 1, name);
        if (date is not { } found)
        {
            return Understood<LocalDate>.Missing();
        }

        return Period.Between(found, today, PeriodUnits.Days).Days <= MaxDaysBackWithoutYear
            ? Understood<LocalDate>.Found(found)
            : Understood<LocalDate>.Ambiguous(
                $"Menar du {Iso(found)} eller ett senare år? Skriv datumet med år, till exempel {Iso(found)}.");
    }

    private static LocalDate? HolidayIn(int year, string foldedName) =>
        SwedishHolidays.InYear(year).FirstOrDefault(h => SwedishText.Fold(h.SwedishName) == foldedName)?.Date;

    private static Understood<LocalDate> Exact(int year, int month, int day, string phrase)
    {
        if (year is < SwedishHolidays.MinYear or > SwedishHolidays.MaxYear || month is < 1 or > 12 || day < 1
            || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return Understood<LocalDate>.Ambiguous($"Datumet ”{phrase}” finns inte. Skriv datumet som åååå-mm-dd, till exempel 2026-11-27.");
        }

        return Understood<LocalDate>.Found(new LocalDate(year, month, day));
    }

    private static Understood<LocalDate> MostRecent(int month, int day, LocalDate today, string phrase)
    {
        if (month is < 1 or > 12 || day < 1 || day > 31)
        {
            return Understood<LocalDate>.Ambiguous($"Datumet ”{phrase}” finns inte. Skriv datumet som åååå-mm-dd, till exempel 2026-11-27.");
        }

        int year = (month, day).CompareTo((today.Month, today.Day)) <= 0 ? today.Year : today.Year - 1;
        if (day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return Understood<LocalDate>.Ambiguous($"Datumet ”{phrase}” finns inte år {year}. Skriv datumet som åååå-mm-dd.");
        }

        var date = new LocalDate(year, month, day);
        return Period.Between(date, today, PeriodUnits.Days).Days <= MaxDaysBackWithoutYear
            ? Understood<LocalDate>.Found(date)
            : Understood<LocalDate>.Ambiguous(
                $"”{phrase}” kan vara {Iso(date)} eller ett datum längre fram. Skriv datumet med år, till exempel {Iso(date)}.");
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\d/.-])(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"(?<![\d/.-])(?<d>\d{1,2})(?::?e|:?a)?\s*(?<mon>[a-z]{3,9})\.?(?:\s+(?<y>\d{4})(?!\d))?", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthNamePattern();

    [GeneratedRegex(@"(?<![\d/.:-])(?<d>\d{1,2})/(?<m>\d{1,2})(?:/(?<y>\d{4}|\d{2}))?(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex DaySlashMonthPattern();

    [GeneratedRegex(@"\b(?<name>midsommarafton|midsommardagen|midsommar|julafton|juldagen|juldag|annandag jul|nyarsafton|nyarsdagen|nyarsdag|trettondedag jul|trettondag jul|trettondagen|langfredagen|langfredag|paskdagen|paskdag|annandag pask|forsta maj|kristi himmelsfardsdag|kristi himmelfardsdag|kristi himmelsfard|pingstdagen|annandag pingst|sveriges nationaldag|nationaldagen|alla helgons dag|alla helgons|jungfru marie bebadelsedag)(?:\s+(?<y>\d{4})(?!\d))?", RegexOptions.CultureInvariant)]
    private static partial Regex HolidayPattern();

    [GeneratedRegex(@"\bforra\s+veckan\s*,?\s+(?:i\s+|pa\s+)?(?<d1>[a-z]+dag)(?:s|en)?\b|\b(?:i\s+)?(?<d2>[a-z]+dag)(?:s|en)?\s*,?\s+(?:i\s+)?forra\s+veckan\b", RegexOptions.CultureInvariant)]
    private static partial Regex LastWeekPattern();

    [GeneratedRegex(@"\bi\s+(?<d>[a-z]+dag)s\b", RegexOptions.CultureInvariant)]
    private static partial Regex PastWeekdayPattern();

    [GeneratedRegex(@"\bi\s?(?<w>forrgar|gar|dag|morse)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeDayPattern();

    [GeneratedRegex(@"\b(?<d>[a-z]+dag)(?:en)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex BareWeekdayPattern();
}
