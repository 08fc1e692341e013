using System.Globalization;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Osby.TeamsBot.Reminders;

/// <summary>Reads <see cref="ReminderOptions"/> from <c>Osby:Reminders</c>, with Noda Time values written as people write
/// them ("08:00", "00:01:00", "2024-06-03"), and checks them at start-up.</summary>
/// <remarks>
/// The configuration binder cannot read a <see cref="LocalTime"/>, <see cref="Duration"/> or <see cref="LocalDate"/> from
/// such strings, so this binds every setting itself: a time of day is <c>HH:mm</c> or <c>HH:mm:ss</c>; a duration is
/// <c>hh:mm:ss</c> or <c>d.hh:mm:ss</c> (as a <see cref="TimeSpan"/>); a date is <c>yyyy-MM-dd</c>. A value that does not
/// read keeps its default when bound, and the validator (registered with <c>ValidateOnStart</c>) stops the start with a
/// message naming the key, the value and the expected form; so does an unknown key (a misspelt setting would otherwise be
/// ignored silently).
/// </remarks>
internal static class ReminderOptionsBinding
{
    private static readonly LocalTimePattern[] TimePatterns =
        [LocalTimePattern.CreateWithInvariantCulture("HH:mm"), LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss")];

    private static readonly string[] Known =
    [
        nameof(ReminderOptions.DigestTime), nameof(ReminderOptions.QuietHoursIncludeEscalations), nameof(ReminderOptions.SnoozeFor),
        nameof(ReminderOptions.SweepInterval), nameof(ReminderOptions.MaxPerSweep), nameof(ReminderOptions.ClaimLease),
        nameof(ReminderOptions.GuidelineOwner), nameof(ReminderOptions.GuidelineDecided),
    ];

    /// <summary>Sets the options from a configuration section; values that do not read are left as they are.</summary>
    /// <param name="section">The <c>Osby:Reminders</c> section.</param>
    /// <param name="options">The options to set.</param>
    /// <returns>The problems found, each naming its key; empty when every value read.</returns>
    public static IReadOnlyList<string> Bind(IConfiguration section, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(options);
        List<string> problems = [];
        foreach (IConfigurationSection child in section.GetChildren())
        {
            if (!Known.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"{ReminderOptions.Section}:{child.Key} is not a reminder setting. The settings are {string.Join(", ", Known)}.");
            }
        }

        Read(section, nameof(ReminderOptions.DigestTime), ReadTime, "a time of day as HH:mm, e.g. \"08:00\"", v => options.DigestTime = v, problems);
        Read(section, nameof(ReminderOptions.QuietHoursIncludeEscalations), ReadBool, "true or false", v => options.QuietHoursIncludeEscalations = v, problems);
        Read(section, nameof(ReminderOptions.SnoozeFor), ReadDuration, "a duration as hh:mm:ss, e.g. \"01:00:00\"", v => options.SnoozeFor = v, problems);
        Read(section, nameof(ReminderOptions.SweepInterval), ReadDuration, "a duration as hh:mm:ss, e.g. \"00:01:00\"", v => options.SweepInterval = v, problems);
        Read(section, nameof(ReminderOptions.MaxPerSweep), ReadInt, "a whole number, e.g. 1000", v => options.MaxPerSweep = v, problems);
        Read(section, nameof(ReminderOptions.ClaimLease), ReadDuration, "a duration as hh:mm:ss, e.g. \"00:05:00\"", v => options.ClaimLease = v, problems);
        Read(section, nameof(ReminderOptions.GuidelineDecided), ReadDate, "a date as yyyy-MM-dd, e.g. \"2024-06-03\"", v => options.GuidelineDecided = v, problems);
        if (section[nameof(ReminderOptions.GuidelineOwner)] is { } owner)
        {
            options.GuidelineOwner = string.IsNullOrWhiteSpace(owner) ? null : owner.Trim();
        }

        return problems;
    }

    /// <summary>The problems with bound values: each names its key and says what is allowed.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The problems; empty when the options are usable.</returns>
    public static IReadOnlyList<string> Check(ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> problems = [];
        string key = ReminderOptions.Section;
        if (options.SweepInterval < Duration.FromSeconds(1) || options.SweepInterval > Duration.FromHours(1))
        {
            problems.Add($"{key}:SweepInterval is {options.SweepInterval.ToTimeSpan():c}: give between 00:00:01 and 01:00:00, e.g. \"00:01:00\".");
        }

        if (options.MaxPerSweep < 1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{key}:MaxPerSweep is {options.MaxPerSweep}: give at least 1, e.g. 1000."));
        }

        if (options.SnoozeFor <= Duration.Zero)
        {
            problems.Add($"{key}:SnoozeFor is {options.SnoozeFor.ToTimeSpan():c}: give a positive duration, e.g. \"01:00:00\".");
        }

        if (options.ClaimLease < Duration.FromSeconds(1))
        {
            problems.Add($"{key}:ClaimLease is {options.ClaimLease.ToTimeSpan():c}: give at least 00:00:01; it must outlast the longest send, e.g. \"00:05:00\".");
        }

        if (options.GuidelineOwner is { } owner && !owner.Contains('@', StringComparison.Ordinal))
        {
            problems.Add($"{key}:GuidelineOwner \"{owner}\" is not an address: give the guideline owner's e-mail address or UPN, or leave it empty for no follow-up.");
        }

        return problems;
    }

    private static void Read<T>(IConfiguration section, string name, Func<string, T?> parse, string expected, Action<T> set, List<string> problems)
        where T : struct
    {
        string? text = section[name];
        if (text is null)
        {
            return;
        }

        if (parse(text.Trim()) is { } value)
        {
            set(value);
        }
        else
        {
            problems.Add($"{ReminderOptions.Section}:{name} \"{text}\" does not read: give {expected}.");
        }
    }

    private static LocalTime? ReadTime(string text) =>
        TimePatterns.Select(p => p.Parse(text)).FirstOrDefault(r => r.Success) is { } result ? result.Value : null;

    private static Duration? ReadDuration(string text) =>
        TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out TimeSpan span) ? Duration.FromTimeSpan(span) : null;

    private static LocalDate? ReadDate(string text) => LocalDatePattern.Iso.Parse(text) is { Success: true } result ? result.Value : null;

    private static bool? ReadBool(string text) => bool.TryParse(text, out bool value) ? value : null;

    private static int? ReadInt(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;

    /// <summary>Binds the options from the configuration.</summary>
    /// <param name="configuration">The app's configuration.</param>
    internal sealed class Setup(IConfiguration configuration) : IConfigureOptions<ReminderOptions>
    {
        /// <inheritdoc />
        public void Configure(ReminderOptions options) => Bind(configuration.GetSection(ReminderOptions.Section), options);
    }

    /// <summary>Stops the start on a value that does not read, an unknown key or a value out of range, naming each.</summary>
    /// <param name="configuration">The app's configuration, read again for the values that did not bind.</param>
    internal sealed class Validator(IConfiguration configuration) : IValidateOptions<ReminderOptions>
    {
        /// <inheritdoc />
        public ValidateOptionsResult Validate(string? name, ReminderOptions options)
        {
            List<string> problems = [.. Bind(configuration.GetSection(ReminderOptions.Section), new ReminderOptions()), .. Check(options)];
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
