using System.Globalization;
using NodaTime;
using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Digests;

/// <summary>What a manager's digest shows (issue 7 §3): counts for their unit(s), the worst overdue items and the failed
/// deliveries, never a list of every item. Computed by <see cref="DigestContent.Compute"/>; shown by <c>DigestCard</c>.</summary>
/// <param name="ManagerName">The manager's name from the mailbox directory.</param>
/// <param name="Units">The units the digest covers, as the directory names them.</param>
/// <param name="Today">The day of the digest, in Stockholm.</param>
/// <param name="OpenItems">How many items of the units are not closed.</param>
/// <param name="DueToday">How many open items have an obligation still in time that falls due today.</param>
/// <param name="Overdue">How many open items have an overdue obligation.</param>
/// <param name="WorstOverdue">The most overdue items, the most overdue first; at most <see cref="DigestContent.MaxWorst"/>.</param>
/// <param name="UnconfirmedForwards">How many forwards of the units' open items are not confirmed past their window (DL-6).</param>
/// <param name="SefosPurgesSoon">How many open items' SEFOS conversations are purged within a week without being registered (DL-4).</param>
/// <param name="FailedDeliveries">How many reminders or digests to the units' people failed since the start of the previous working day.</param>
/// <param name="Failures">The newest of those failures; at most <see cref="DigestContent.MaxFailures"/>.</param>
/// <param name="Last30Days">First responses in time among the items that arrived in the last 30 days (DL-1).</param>
/// <param name="Previous30Days">The same for the 30 days before.</param>
/// <param name="LastWeek">Last week's summary on the first working day of a week, otherwise null.</param>
internal sealed record DigestView(
    string ManagerName,
    IReadOnlyList<string> Units,
    LocalDate Today,
    int OpenItems,
    int DueToday,
    int Overdue,
    IReadOnlyList<DigestOverdueItem> WorstOverdue,
    int UnconfirmedForwards,
    int SefosPurgesSoon,
    int FailedDeliveries,
    IReadOnlyList<DigestFailure> Failures,
    AnswerShare Last30Days,
    AnswerShare Previous30Days,
    WeekSummary? LastWeek)
{
    /// <summary>Gets a value indicating whether there is nothing to report: no open items, no overdue items and no failed
    /// deliveries. Such a digest is sent only when the manager asked for it.</summary>
    public bool IsEmpty => OpenItems == 0 && Overdue == 0 && FailedDeliveries == 0;
}

/// <summary>An overdue item in the digest.</summary>
/// <param name="ItemId">The item number.</param>
/// <param name="Owner">Who is responsible for it (RT-7), by name.</param>
/// <param name="What">What is overdue, in a few words, e.g. "Första svar".</param>
/// <param name="Due">When it was due.</param>
/// <param name="Late">How late it is, e.g. "2 arbetsdagar" or "3 tim 20 min".</param>
internal sealed record DigestOverdueItem(long ItemId, string Owner, string What, Instant Due, string Late);

/// <summary>A message the scheduler could not deliver (issue 7 §1: never dropped silently).</summary>
/// <param name="Recipient">Who should have had it, by name.</param>
/// <param name="Kind">What it was.</param>
/// <param name="ItemId">The item it was about, or null.</param>
/// <param name="Reason">Why it failed, in Swedish.</param>
internal sealed record DigestFailure(string Recipient, ReminderKind Kind, long? ItemId, string Reason);

/// <summary>How many items got their first response in time (DL-1), of those whose response is settled.</summary>
/// <param name="InTime">Answered (or acknowledged) by the deadline.</param>
/// <param name="Total">Answered, or past the deadline without an answer.</param>
internal sealed record AnswerShare(int InTime, int Total)
{
    /// <summary>Writes the share, e.g. "7 av 8 (88 %)", or "inga ärenden" when there is none.</summary>
    /// <returns>The text.</returns>
    public string Text() => Total == 0
        ? "inga ärenden"
        : string.Create(CultureInfo.InvariantCulture, $"{InTime} av {Total} ({Math.Round(100.0 * InTime / Total, MidpointRounding.AwayFromZero):0} %)");
}

/// <summary>Last week's summary, shown on the first working day of a week.</summary>
/// <param name="Monday">The Monday of last week.</param>
/// <param name="Arrived">Items that arrived Monday–Sunday last week.</param>
/// <param name="AnsweredInTime">Of those, answered by the deadline (DL-1).</param>
/// <param name="Late">Of those, answered late or still not answered past the deadline.</param>
internal sealed record WeekSummary(LocalDate Monday, int Arrived, int AnsweredInTime, int Late);
