using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Osby.Policy.Calendar;

/// <summary>
/// The municipality's configurable working time — closed days, office hours per weekday and shortened days — in a shape
/// that binds from configuration (e.g. an <c>appsettings.json</c> section), turned into a <see cref="BusinessClock"/> by
/// <see cref="CreateClock"/> (rules CAL-1 and CAL-4).
/// </summary>
/// <remarks>
/// <para>Example section:</para>
/// <code>
/// "WorkingTime": {
///   "ClosedDays": [ "2026-05-15" ],
///   "OfficeHours": { "Friday": "08:00-15:00", "Saturday": "stängt" },
///   "ClosingBeforePublicHoliday": "13:00",
///   "ShortenedDays": { "2026-12-23": "12:00" }
/// }
/// </code>
/// <para>Weekdays not named keep the default hours (Monday–Friday 08:00–16:30, weekends closed). Weekday names may be
/// English or Swedish ("Fredag"). This class is mutable for configuration binding and not thread-safe; the clock it creates is.</para>
/// </remarks>
public sealed class WorkingTimeSettings
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    private static readonly Dictionary<string, IsoDayOfWeek> WeekdayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Monday"] = IsoDayOfWeek.Monday, ["Måndag"] = IsoDayOfWeek.Monday,
        ["Tuesday"] = IsoDayOfWeek.Tuesday, ["Tisdag"] = IsoDayOfWeek.Tuesday,
        ["Wednesday"] = IsoDayOfWeek.Wednesday, ["Onsdag"] = IsoDayOfWeek.Wednesday,
        ["Thursday"] = IsoDayOfWeek.Thursday, ["Torsdag"] = IsoDayOfWeek.Thursday,
        ["Friday"] = IsoDayOfWeek.Friday, ["Fredag"] = IsoDayOfWeek.Friday,
        ["Saturday"] = IsoDayOfWeek.Saturday, ["Lördag"] = IsoDayOfWeek.Saturday,
        ["Sunday"] = IsoDayOfWeek.Sunday, ["Söndag"] = IsoDayOfWeek.Sunday,
    };

    /// <summary>Gets the municipality's own closed days as ISO dates ("2026-05-15"), e.g. a decided klämdag.</summary>
    public IList<string> ClosedDays { get; } = [];

    /// <summary>Gets office hours per weekday: "08:00-16:30", or "closed"/"stängt". Unnamed weekdays keep the default.</summary>
    public IDictionary<string, string> OfficeHours { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the closing time ("13:00") of a working day followed by a named public holiday; empty for none.</summary>
    public string? ClosingBeforePublicHoliday { get; set; }

    /// <summary>Gets single shortened days: ISO date to closing time ("2026-12-23": "12:00").</summary>
    public IDictionary<string, string> ShortenedDays { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Checks the settings and creates the business clock they describe, in Europe/Stockholm.</summary>
    /// <returns>The clock.</returns>
    /// <exception cref="PolicySettingsException">One or more settings are invalid; every problem is listed.</exception>
    public BusinessClock CreateClock()
    {
        var problems = new List<string>();
        BusinessClock? clock = BuildClock(problems, string.Empty);
        return problems.Count > 0 ? throw new PolicySettingsException(problems) : clock!;
    }

    /// <summary>Creates the clock, adding a line to <paramref name="problems"/> for every invalid setting (paths prefixed).</summary>
    internal BusinessClock? BuildClock(List<string> problems, string prefix)
    {
        int before = problems.Count;
        var closed = new List<LocalDate>();
        for (int i = 0; i < ClosedDays.Count; i++)
        {
            if (ParseDate(ClosedDays[i], $"ClosedDays:{i}", problems) is { } date)
            {
                closed.Add(date);
            }
        }

        var hours = Calendar.OfficeHours.Default;
        foreach ((string name, string value) in OfficeHours)
        {
            string path = $"OfficeHours:{name}";
            if (!WeekdayNames.TryGetValue(name, out IsoDayOfWeek day))
            {
                problems.Add($"{path}: \"{name}\" är ingen veckodag (Monday–Sunday eller måndag–söndag). / \"{name}\" is not a weekday.");
                continue;
            }

            hours = ApplyDay(hours, day, value, path, problems);
        }

        if (!string.IsNullOrWhiteSpace(ClosingBeforePublicHoliday)
            && ParseTime(ClosingBeforePublicHoliday, nameof(ClosingBeforePublicHoliday), problems) is { } early)
        {
            hours = hours.WithClosingBeforePublicHoliday(early);
        }

        foreach ((string dateText, string timeText) in ShortenedDays)
        {
            string path = $"ShortenedDays:{dateText}";
            if (ParseDate(dateText, path, problems) is { } date && ParseTime(timeText, path, problems) is { } closes)
            {
                hours = hours.WithShortenedDay(date, closes);
            }
        }

        if (problems.Count > before)
        {
            for (int i = before; i < problems.Count; i++)
            {
                problems[i] = prefix + problems[i];
            }

            return null;
        }

        return new BusinessClock(WorkingCalendar.Sweden.WithClosedDays(closed), hours, BusinessClock.Stockholm.Zone);
    }

    private static OfficeHours ApplyDay(OfficeHours hours, IsoDayOfWeek day, string value, string path, List<string> problems)
    {
        string text = value?.Trim() ?? string.Empty;
        if (text.Equals("closed", StringComparison.OrdinalIgnoreCase) || text.Equals("stängt", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return hours.WithDayClosed(day);
            }
            catch (ArgumentException)
            {
                problems.Add($"{path}: minst en veckodag måste ha öppettider. / At least one weekday must have office hours.");
                return hours;
            }
        }

        string[] parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            problems.Add($"{path}: \"{text}\" ska skrivas som \"08:00-16:30\" eller \"stängt\". / Expected \"08:00-16:30\" or \"closed\".");
            return hours;
        }

        if (ParseTime(parts[0], path, problems) is not { } opens || ParseTime(parts[1], path, problems) is not { } closes)
        {
            return hours;
        }

        if (closes <= opens)
        {
            problems.Add($"{path}: stängningstiden {parts[1]} måste vara efter öppningstiden {parts[0]}. / Closing must be after opening.");
            return hours;
        }

        return hours.WithDay(day, opens, closes);
    }

    private static LocalDate? ParseDate(string? text, string path, List<string> problems)
    {
        ParseResult<LocalDate> result = DatePattern.Parse(text?.Trim() ?? string.Empty);
        if (!result.Success)
        {
            problems.Add($"{path}: \"{text}\" är inget giltigt datum (ÅÅÅÅ-MM-DD). / \"{text}\" is not a valid date (yyyy-MM-dd).");
            return null;
        }

        if (result.Value < WorkingCalendar.MinDate || result.Value > WorkingCalendar.MaxDate)
        {
            problems.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{path}: {text} ligger utanför 1900-01-01–2200-12-31. / {text} is outside the supported range 1900-01-01–2200-12-31."));
            return null;
        }

        return result.Value;
    }

    private static LocalTime? ParseTime(string? text, string path, List<string> problems)
    {
        ParseResult<LocalTime> result = TimePattern.Parse(text?.Trim() ?? string.Empty);
        if (!result.Success)
        {
            problems.Add($"{path}: \"{text}\" är ingen giltig tid (TT:MM). / \"{text}\" is not a valid time (HH:mm).");
            return null;
        }

        return result.Value;
    }
}
