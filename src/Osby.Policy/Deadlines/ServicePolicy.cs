using NodaTime;
using Osby.Policy.Calendar;

namespace Osby.Policy.Deadlines;

/// <summary>
/// The configurable parts of the response rules (DL-1 … DL-9) and the computation of an item's obligations from its history.
/// </summary>
/// <remarks>
/// <para>Defaults follow RULES.md: office hours Monday–Friday 08:00–16:30 in Europe/Stockholm, one working day of office
/// time (8 h 30 min) for the first response, forward confirmations within 4 office hours, "due soon" after 75 % of a
/// window, SEFOS warnings 7 days and 1 working day before the purge.</para>
/// <para>Instances are immutable and thread-safe; the <c>With…</c> methods return new instances.</para>
/// </remarks>
public sealed class ServicePolicy
{
    private ServicePolicy(
        BusinessClock clock,
        ReplyMode replyMode,
        Duration responseWindow,
        Duration forwardConfirmationWindow,
        double dueSoonShare,
        Period sefosEarlyWarning,
        int sefosFinalWarningWorkingDays)
    {
        Clock = clock;
        ReplyMode = replyMode;
        ResponseWindow = responseWindow;
        ForwardConfirmationWindow = forwardConfirmationWindow;
        DueSoonShare = dueSoonShare;
        SefosEarlyWarning = sefosEarlyWarning;
        SefosFinalWarningWorkingDays = sefosFinalWarningWorkingDays;
    }

    /// <summary>Gets the policy with the defaults of RULES.md.</summary>
    public static ServicePolicy Default { get; } = new(
        BusinessClock.Stockholm,
        ReplyMode.WorkingTime,
        Duration.FromMinutes(510),
        Duration.FromHours(4),
        0.75,
        Period.FromDays(7),
        1);

    /// <summary>Gets the working calendar, office hours and zone.</summary>
    public BusinessClock Clock { get; }

    /// <summary>Gets how "within one working day" is read (DL-1).</summary>
    public ReplyMode ReplyMode { get; }

    /// <summary>Gets the office time allowed for the first response in <see cref="ReplyMode.WorkingTime"/> (DL-1); 8 h 30 min by default.</summary>
    public Duration ResponseWindow { get; }

    /// <summary>Gets the office time a forward's recipient has to confirm it (DL-6); 4 hours by default.</summary>
    public Duration ForwardConfirmationWindow { get; }

    /// <summary>Gets the share of a window after which an obligation is "due soon"; 0.75 by default.</summary>
    public double DueSoonShare { get; }

    /// <summary>Gets how long before a SEFOS purge the first warning comes (DL-4); 7 days by default.</summary>
    public Period SefosEarlyWarning { get; }

    /// <summary>Gets how many working days before a SEFOS purge the last warning comes (DL-4); 1 by default, 0 for none.</summary>
    public int SefosFinalWarningWorkingDays { get; }

    /// <summary>Returns the policy with another business clock (calendar, office hours, zone).</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ServicePolicy WithClock(BusinessClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new(clock, ReplyMode, ResponseWindow, ForwardConfirmationWindow, DueSoonShare, SefosEarlyWarning, SefosFinalWarningWorkingDays);
    }

    /// <summary>Returns the policy with another reading of DL-1.</summary>
    /// <param name="mode">The reply mode.</param>
    /// <param name="responseWindow">The office time for <see cref="ReplyMode.WorkingTime"/>; null keeps the current one.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined, or the window is not positive.</exception>
    public ServicePolicy WithReplyMode(ReplyMode mode, Duration? responseWindow = null)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown reply mode.");
        }

        Duration window = responseWindow ?? ResponseWindow;
        Positive(window, nameof(responseWindow));
        return new(Clock, mode, window, ForwardConfirmationWindow, DueSoonShare, SefosEarlyWarning, SefosFinalWarningWorkingDays);
    }

    /// <summary>Returns the policy with another confirmation window for forwards (DL-6).</summary>
    /// <param name="window">Office time, positive.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is not positive.</exception>
    public ServicePolicy WithForwardConfirmationWindow(Duration window)
    {
        Positive(window, nameof(window));
        return new(Clock, ReplyMode, ResponseWindow, window, DueSoonShare, SefosEarlyWarning, SefosFinalWarningWorkingDays);
    }

    /// <summary>Returns the policy with another "due soon" threshold.</summary>
    /// <param name="share">A share of the window strictly between 0 and 1, e.g. 0.75.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not strictly between 0 and 1.</exception>
    public ServicePolicy WithDueSoonShare(double share)
    {
        if (!(share > 0 && share < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "The due-soon share must be strictly between 0 and 1.");
        }

        return new(Clock, ReplyMode, ResponseWindow, ForwardConfirmationWindow, share, SefosEarlyWarning, SefosFinalWarningWorkingDays);
    }

    /// <summary>Returns the policy with other SEFOS warnings (DL-4).</summary>
    /// <param name="earlyWarning">How long before the purge the first warning comes, in whole days (1–34).</param>
    /// <param name="finalWarningWorkingDays">How many working days before the purge the last warning comes (0–10; 0 for none).</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    public ServicePolicy WithSefosWarnings(Period earlyWarning, int finalWarningWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(earlyWarning);
        Period days = earlyWarning.Normalize();
        if (days.HasTimeComponent || days.Years != 0 || days.Months != 0 || days.Weeks * 7 + days.Days is < 1 or > 34)
        {
            throw new ArgumentOutOfRangeException(nameof(earlyWarning), earlyWarning, "The early SEFOS warning must be 1–34 whole days before the purge.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(finalWarningWorkingDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(finalWarningWorkingDays, 10);
        return new(Clock, ReplyMode, ResponseWindow, ForwardConfirmationWindow, DueSoonShare, Period.FromDays((days.Weeks * 7) + days.Days), finalWarningWorkingDays);
    }

    /// <summary>Computes every obligation of an item and where it stands at <paramref name="now"/>.</summary>
    /// <param name="history">The item's history; events after <paramref name="now"/> are treated as not yet happened.</param>
    /// <param name="now">The instant to evaluate at.</param>
    /// <returns>One obligation per kind in <see cref="ObligationKind"/> order — one per forward for
    /// <see cref="ObligationKind.ForwardConfirmation"/> — including those that do not apply.</returns>
    /// <remarks>A pure function of the history and the instant: nothing is stored or counted, so recomputing is cheap and
    /// never drifts. Deadlines run from the first arrival (DL-9); forwarding never restarts them.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The history's instants are outside the business clock's range (1970–2200).</exception>
    public IReadOnlyList<Obligation> Evaluate(ItemHistory history, Instant now)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new ObligationEvaluation(this, history, now).Run();
    }

    /// <summary>The instant after which an obligation with this window is "due soon".</summary>
    internal Instant DueSoonAt(Instant start, Instant due)
    {
        if (due <= start)
        {
            return due;
        }

        Duration office = Clock.WorkingTimeBetween(start, due);
        return office > Duration.Zero
            ? Clock.AddWorkingTime(start, office * DueSoonShare)
            : start + ((due - start) * DueSoonShare);
    }

    private static void Positive(Duration value, string paramName)
    {
        if (value <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "The window must be positive.");
        }
    }
}
