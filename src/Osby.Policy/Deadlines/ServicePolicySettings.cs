using System.Globalization;
using NodaTime;
using Osby.Policy.Calendar;

namespace Osby.Policy.Deadlines;

/// <summary>
/// The configurable parts of <see cref="ServicePolicy"/> in a shape that binds from configuration, with the defaults of
/// RULES.md; <see cref="CreatePolicy"/> checks them and builds the policy.
/// </summary>
/// <remarks>
/// <para>Example section:</para>
/// <code>
/// "ServicePolicy": {
///   "ReplyMode": "WorkingTime",              // or "EndOfNextWorkingDay" (DL-1)
///   "ResponseWindow": "08:30:00",            // office time for the first response (DL-1)
///   "ForwardConfirmationWindow": "04:00:00", // office time to confirm a forward (DL-6)
///   "DueSoonShare": 0.75,
///   "SefosEarlyWarningDays": 7,              // DL-4
///   "SefosFinalWarningWorkingDays": 1,
///   "WorkingTime": { "ClosedDays": [ "2026-05-15" ] }
/// }
/// </code>
/// <para>Mutable for configuration binding and not thread-safe; the policy it creates is immutable.</para>
/// </remarks>
public sealed class ServicePolicySettings
{
    /// <summary>Gets the working time: closed days and office hours.</summary>
    public WorkingTimeSettings WorkingTime { get; } = new();

    /// <summary>Gets or sets the reading of DL-1: "WorkingTime" (default) or "EndOfNextWorkingDay".</summary>
    public string ReplyMode { get; set; } = nameof(Deadlines.ReplyMode.WorkingTime);

    /// <summary>Gets or sets the office time for the first response; 8 h 30 min by default.</summary>
    public TimeSpan ResponseWindow { get; set; } = TimeSpan.FromMinutes(510);

    /// <summary>Gets or sets the office time to confirm a forward; 4 hours by default.</summary>
    public TimeSpan ForwardConfirmationWindow { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Gets or sets the share of a window after which an obligation is "due soon"; 0.75 by default.</summary>
    public double DueSoonShare { get; set; } = 0.75;

    /// <summary>Gets or sets how many days before a SEFOS purge the first warning comes; 7 by default.</summary>
    public int SefosEarlyWarningDays { get; set; } = 7;

    /// <summary>Gets or sets how many working days before a SEFOS purge the last warning comes; 1 by default, 0 for none.</summary>
    public int SefosFinalWarningWorkingDays { get; set; } = 1;

    /// <summary>Checks the settings and creates the policy.</summary>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicySettingsException">One or more settings are invalid; every problem is listed with its path.</exception>
    public ServicePolicy CreatePolicy()
    {
        var problems = new List<string>();
        BusinessClock? clock = WorkingTime.BuildClock(problems, "WorkingTime:");

        if (!Enum.TryParse(ReplyMode, ignoreCase: true, out ReplyMode mode) || !Enum.IsDefined(mode) || int.TryParse(ReplyMode, out _))
        {
            problems.Add($"ReplyMode: \"{ReplyMode}\" ska vara \"WorkingTime\" eller \"EndOfNextWorkingDay\". / Expected \"WorkingTime\" or \"EndOfNextWorkingDay\".");
        }

        CheckWindow(ResponseWindow, nameof(ResponseWindow), problems);
        CheckWindow(ForwardConfirmationWindow, nameof(ForwardConfirmationWindow), problems);
        if (!(DueSoonShare > 0 && DueSoonShare < 1))
        {
            problems.Add(Invariant($"DueSoonShare: {DueSoonShare} ska vara större än 0 och mindre än 1, t.ex. 0.75. / Must be strictly between 0 and 1."));
        }

        if (SefosEarlyWarningDays is < 1 or > 34)
        {
            problems.Add(Invariant($"SefosEarlyWarningDays: {SefosEarlyWarningDays} ska vara 1–34 dagar (SEFOS rensar efter 35 dagar). / Must be 1–34 days."));
        }

        if (SefosFinalWarningWorkingDays is < 0 or > 10)
        {
            problems.Add(Invariant($"SefosFinalWarningWorkingDays: {SefosFinalWarningWorkingDays} ska vara 0–10 arbetsdagar. / Must be 0–10 working days."));
        }

        if (problems.Count > 0)
        {
            throw new PolicySettingsException(problems);
        }

        return ServicePolicy.Default
            .WithClock(clock!)
            .WithReplyMode(mode, Duration.FromTimeSpan(ResponseWindow))
            .WithForwardConfirmationWindow(Duration.FromTimeSpan(ForwardConfirmationWindow))
            .WithDueSoonShare(DueSoonShare)
            .WithSefosWarnings(Period.FromDays(SefosEarlyWarningDays), SefosFinalWarningWorkingDays);
    }

    private static void CheckWindow(TimeSpan window, string name, List<string> problems)
    {
        if (window <= TimeSpan.Zero || window > TimeSpan.FromDays(30))
        {
            problems.Add(Invariant($"{name}: {window} ska vara en positiv tid, högst 30 dagar (t.ex. \"04:00:00\"). / Must be positive and at most 30 days."));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
