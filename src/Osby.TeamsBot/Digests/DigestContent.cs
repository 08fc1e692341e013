using System.Globalization;
using NodaTime;
using Osby.Policy.Calendar;
using Osby.Policy.Deadlines;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Digests;

/// <summary>Computes what a manager's digest says (issue 7 §3) from the units' items, the failed deliveries and now. Pure.</summary>
/// <remarks>
/// <para>Every count comes from the library's obligations at <c>now</c> (<see cref="TrackedItem.Obligations"/>), so the digest
/// never recomputes a rule:</para>
/// <list type="bullet">
/// <item><description>Open: items not closed. Due today: open items with an obligation still in time (pending or due soon)
/// whose due time falls today in Stockholm. Overdue: open items with an overdue obligation; the worst are those whose
/// earliest overdue obligation was due first.</description></item>
/// <item><description>Unconfirmed forwards: forward confirmations (DL-6) of open items past their window. SEFOS: open items
/// whose purge (DL-4) is still ahead but within <see cref="SefosDays"/> days, not registered.</description></item>
/// <item><description>Answered in time (DL-1): among items whose first arrival (DL-9) lies in the window and whose first
/// response is settled (met, or overdue), those met by the deadline. The last 30 days are today and the 29 days before;
/// the previous 30 the 30 days before those. Items still in time, voicemail (DL-2 instead) and items closed without a
/// response (the obligation no longer applies) are not counted. A closed item counts as the ledger stored it when it was
/// closed (<see cref="FirstResponseOutcome"/>), the others as their obligations say now.</description></item>
/// <item><description>Last week (on the first working day of a week only: a working day with no working day before it
/// since Monday, e.g. Tuesday after Annandag påsk): items that arrived Monday–Sunday of the previous week, those answered
/// in time, and those answered late or still unanswered past the deadline.</description></item>
/// <item><description>Failed deliveries: the failed outbox entries given, to one of the units' parties or about one of the
/// given items.</description></item>
/// </list>
/// </remarks>
internal static class DigestContent
{
    /// <summary>The most overdue items the digest names.</summary>
    public const int MaxWorst = 5;

    /// <summary>The most failed deliveries the digest names.</summary>
    public const int MaxFailures = 5;

    /// <summary>How far ahead SEFOS purges are counted (DL-4: the first warning comes 7 days before).</summary>
    public const int SefosDays = 7;

    /// <summary>The days in each answered-in-time window.</summary>
    public const int WindowDays = 30;

    /// <summary>The start of the earlier answered-in-time window: items that arrived since then are needed besides the open ones.</summary>
    /// <param name="policy">The service policy (zone).</param>
    /// <param name="now">Now.</param>
    /// <returns>Midnight, Stockholm, of the first day of the previous 30-day window.</returns>
    public static Instant HistoryStart(ServicePolicy policy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        LocalDate today = now.InZone(policy.Clock.Zone).Date;
        return StartOf(policy, today.PlusDays(1 - (2 * WindowDays)));
    }

    /// <summary>Since when failed deliveries are shown: the start of the previous working day, so Monday's digest covers the weekend.</summary>
    /// <param name="policy">The service policy (calendar and zone).</param>
    /// <param name="now">Now.</param>
    /// <returns>Midnight, Stockholm, of the last working day before today.</returns>
    public static Instant FailuresSince(ServicePolicy policy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        LocalDate today = now.InZone(policy.Clock.Zone).Date;
        return StartOf(policy, policy.Clock.Calendar.PreviousWorkingDay(today));
    }

    /// <summary>Whether a date is the first working day of its week (Monday-based): a working day with none before it that week.</summary>
    /// <param name="calendar">The working calendar.</param>
    /// <param name="date">The date.</param>
    /// <returns>True on e.g. an ordinary Monday, or the Tuesday after Annandag påsk.</returns>
    public static bool IsFirstWorkingDayOfWeek(WorkingCalendar calendar, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!calendar.IsWorkingDay(date))
        {
            return false;
        }

        for (LocalDate day = date.PlusDays(-1); day.DayOfWeek < date.DayOfWeek; day = day.PlusDays(-1))
        {
            if (calendar.IsWorkingDay(day))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Computes the digest.</summary>
    /// <param name="manager">The manager and their units.</param>
    /// <param name="parties">The units' parties (see <see cref="ManagerUnits"/>); failures to them are shown.</param>
    /// <param name="items">The units' open items (closed ones may be given too); an item given twice counts once.</param>
    /// <param name="closed">The outcomes of the units' closed items that arrived since <see cref="HistoryStart"/>; one also
    /// given in <paramref name="items"/> counts once.</param>
    /// <param name="failures">Failed deliveries since <see cref="FailuresSince"/>, newest first; those to other units are left out.</param>
    /// <param name="names">Display names by party key, for owners and recipients.</param>
    /// <param name="policy">The service policy.</param>
    /// <param name="now">Now.</param>
    /// <returns>The digest; <see cref="DigestView.IsEmpty"/> tells whether there is anything to report.</returns>
    public static DigestView Compute(
        ManagerUnits manager,
        IReadOnlyCollection<string> parties,
        IEnumerable<TrackedItem> items,
        IEnumerable<ItemOutcome> closed,
        IEnumerable<OutboxEntry> failures,
        IReadOnlyDictionary<string, string> names,
        ServicePolicy policy,
        Instant now)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(closed);
        ArgumentNullException.ThrowIfNull(failures);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(policy);

        ZonedDateTime zonedNow = now.InZone(policy.Clock.Zone);
        LocalDate today = zonedNow.Date;
        ItemView[] views = [.. items.DistinctBy(i => i.Id).Select(i => new ItemView(i, names, i.Obligations(policy, now), zonedNow))];
        ItemView[] open = [.. views.Where(v => !v.Item.IsClosed)];
        var viewIds = views.Select(v => v.Item.Id).ToHashSet();
        ItemOutcome[] outcomes =
        [
            .. views.Select(v => new ItemOutcome(v.Item.Id, v.Item.Arrival.FirstArrival, FirstResponseOutcomes.Of(v.Obligations))),
            .. closed.Where(c => !viewIds.Contains(c.Id)).DistinctBy(c => c.Id),
        ];

        int dueToday = open.Count(v => v.Obligations.Any(o =>
            o.State is ObligationState.Pending or ObligationState.DueSoon && o.Due is { } due && due.InZone(policy.Clock.Zone).Date == today));

        var overdue = open
            .Select(v => (View: v, First: v.Obligations.Where(o => o.State == ObligationState.Overdue && o.Due is not null).MinBy(o => o.Due!.Value)))
            .Where(x => x.First is not null)
            .OrderBy(x => x.First!.Due!.Value)
            .ThenBy(x => x.View.Item.Id)
            .ToList();
        DigestOverdueItem[] worst = [.. overdue.Take(MaxWorst).Select(x => new DigestOverdueItem(
            x.View.Item.Id,
            x.View.Name(x.View.Item.Responsible),
            ItemTexts.ObligationLabel(x.View, x.First!),
            x.First!.Due!.Value,
            Late(policy, x.First.Due.Value, now)))];

        int unconfirmed = open.Sum(v => v.Obligations.Count(o => o.Kind == ObligationKind.ForwardConfirmation && o.State == ObligationState.Overdue));
        Instant sefosHorizon = policy.Clock.Zone.AtLeniently(zonedNow.LocalDateTime.PlusDays(SefosDays)).ToInstant();
        int sefos = open.Count(v => v.Obligations.Any(o =>
            o.Kind == ObligationKind.SefosPurge && o.State is ObligationState.Pending or ObligationState.DueSoon && o.Due is { } purge && purge <= sefosHorizon));

        var itemIds = outcomes.Select(o => o.Id).ToHashSet();
        var partySet = parties.ToHashSet(StringComparer.OrdinalIgnoreCase);
        OutboxEntry[] ours = [.. failures.Where(f => f.State == OutboxState.Failed
            && (partySet.Contains(f.Reminder.Recipient.Trim()) || (f.Reminder.ItemId is { } id && itemIds.Contains(id))))];
        DigestFailure[] shown = [.. ours.Take(MaxFailures).Select(f => new DigestFailure(
            NameOf(names, f.Reminder.Recipient),
            f.Reminder.Kind,
            f.Reminder.ItemId,
            string.IsNullOrWhiteSpace(f.Failure) ? "Okänt fel." : f.Failure.Trim()))];

        Instant currentStart = StartOf(policy, today.PlusDays(1 - WindowDays));
        Instant previousStart = StartOf(policy, today.PlusDays(1 - (2 * WindowDays)));
        AnswerShare last30 = Share(outcomes, currentStart, Instant.MaxValue);
        AnswerShare previous30 = Share(outcomes, previousStart, currentStart);

        WeekSummary? lastWeek = null;
        if (IsFirstWorkingDayOfWeek(policy.Clock.Calendar, today))
        {
            LocalDate monday = today.PlusDays(-((int)today.DayOfWeek - 1) - 7);
            ItemOutcome[] arrived = [.. outcomes.Where(o => In(o.FirstArrival, StartOf(policy, monday), StartOf(policy, monday.PlusDays(7))))];
            int inTime = arrived.Count(o => o.FirstResponse == FirstResponseOutcome.InTime);
            int late = arrived.Count(o => o.FirstResponse == FirstResponseOutcome.Late);
            lastWeek = new WeekSummary(monday, arrived.Length, inTime, late);
        }

        return new DigestView(
            manager.ManagerName,
            manager.Units,
            today,
            open.Length,
            dueToday,
            overdue.Count,
            worst,
            unconfirmed,
            sefos,
            ours.Length,
            shown,
            last30,
            previous30,
            lastWeek);
    }

    /// <summary>Writes how late something due at <paramref name="due"/> is at <paramref name="now"/>: in working days when it
    /// was due before today, else in hours and minutes.</summary>
    /// <param name="policy">The service policy (calendar and zone).</param>
    /// <param name="due">The due time.</param>
    /// <param name="now">Now, after <paramref name="due"/>.</param>
    /// <returns>E.g. "1 arbetsdag", "3 arbetsdagar" or "2 timmar och 15 minuter".</returns>
    public static string Late(ServicePolicy policy, Instant due, Instant now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        DateTimeZone zone = policy.Clock.Zone;
        int days = policy.Clock.Calendar.WorkingDaysBetween(due.InZone(zone).Date, now.InZone(zone).Date);
        if (days >= 1)
        {
            return days == 1 ? "1 arbetsdag" : string.Create(CultureInfo.InvariantCulture, $"{days} arbetsdagar");
        }

        Duration late = now - due;
        return SwedishDateText.FormatDuration(Duration.FromMinutes(Math.Max(1, (long)late.TotalMinutes)));
    }

    private static AnswerShare Share(ItemOutcome[] outcomes, Instant from, Instant until)
    {
        ItemOutcome[] settled = [.. outcomes.Where(o => In(o.FirstArrival, from, until)
            && o.FirstResponse is FirstResponseOutcome.InTime or FirstResponseOutcome.Late)];
        return new AnswerShare(settled.Count(o => o.FirstResponse == FirstResponseOutcome.InTime), settled.Length);
    }

    private static bool In(Instant instant, Instant from, Instant until) => instant >= from && instant < until;

    private static Instant StartOf(ServicePolicy policy, LocalDate date) => date.AtStartOfDayInZone(policy.Clock.Zone).ToInstant();

    private static string NameOf(IReadOnlyDictionary<string, string> names, string party)
    {
        foreach ((string key, string name) in names)
        {
            if (Parties.Same(key, party) && !string.IsNullOrWhiteSpace(name))
            {
                return name.Trim();
            }
        }

        return party.Trim();
    }
}
