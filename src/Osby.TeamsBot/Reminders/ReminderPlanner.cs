using System.Globalization;
using Microsoft.Extensions.Options;
using NodaTime;
using Osby.Policy.Deadlines;
using Osby.Policy.Routing;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Reminders;

/// <summary>
/// Decides, from the library's obligations on the working calendar, which reminders an item needs, to whom and when;
/// plans the daily digests and the guideline's yearly follow-up. Pure: the same inputs give the same plan. Thread-safe.
/// </summary>
/// <remarks>
/// <para><b>What is planned.</b> The item's obligations are evaluated at its latest activity, when every recorded event
/// has happened and nothing later is assumed, so the plan depends on the item alone. An obligation that is met, or does not
/// apply (routine mail, another channel), plans nothing; a closed item plans nothing at all. The outbox cancels pending
/// entries that disappear from a plan.</para>
/// <list type="table">
/// <listheader><term>Obligation</term><description>Reminders (all with <see cref="PlannedReminder.Deadline"/> = the obligation's due time)</description></listheader>
/// <item><term>DL-1 first response</term><description><see cref="ReminderKind.ResponseDueSoon"/> at the "due soon" instant
/// (75 % of the window by default) and <see cref="ReminderKind.ResponseOverdue"/> at the due time, to the owner;
/// <see cref="ReminderKind.ResponseOverdueEscalation"/> at the due time to the owner's manager(s).</description></item>
/// <item><term>DL-6 forward confirmation</term><description><see cref="ReminderKind.ForwardUnconfirmed"/> at the due time
/// to the forward's recipient; <see cref="ReminderKind.ForwardUnconfirmedToForwarder"/> one working hour later to the
/// forwarder, who is still responsible (RT-7).</description></item>
/// <item><term>DL-3 promise</term><description><see cref="ReminderKind.PromiseDueSoon"/> at the "due soon" instant, to the owner.</description></item>
/// <item><term>DL-2 callback</term><description><see cref="ReminderKind.CallbackDue"/> at the "due soon" instant, to the owner.</description></item>
/// <item><term>DL-8 public document</term><description><see cref="ReminderKind.PublicDocumentDue"/> at the "due soon" instant, to the owner.</description></item>
/// <item><term>DL-4 SEFOS purge</term><description><see cref="ReminderKind.SefosPurgeWarning"/> at each warning instant
/// (7 days and 1 working day before the purge by default; step 0, 1, …), to the owner.</description></item>
/// </list>
/// <para><b>Who.</b> The owner is the party responsible now (<see cref="TrackedItem.Responsible"/>, RT-7). Reminders go to
/// people: a function mailbox is expanded to its registrators and substitute (<see cref="Parties.Addressees"/>, RT-11),
/// and a registrator address that is itself a function mailbox is expanded in turn. A mailbox whose directory entry names
/// nobody with an address keeps its own address as recipient, so the delivery fails visibly and the manager sees it in
/// the digest instead of the reminder vanishing.</para>
/// <para><b>Escalation (DL-1).</b> The owner's unit is the owner of the responsible function mailbox; for a person, their
/// unit in the directory (<see cref="People.DirectoryRoles.For"/>: the unit they manage, else the owner of the first mailbox
/// they read). A manager in the directory manages that unit when the manager's unit equals it or is the part of it before a
/// comma ("Samhällsbyggnadsförvaltningen" manages "Samhällsbyggnadsförvaltningen, miljöenheten"), compared
/// case-insensitively. Presidiums are never escalated to, and nobody is escalated to about their own item. Among the
/// candidates the unit's own chef (<see cref="ManagerRole.Manager"/>, enhetschef) wins over the förvaltningschef
/// (<see cref="ManagerRole.HeadOfAdministration"/>), then an exact unit over the förvaltning; every manager of the best
/// rank gets the escalation. When no manager is found (the unit is unknown or nobody in the directory leads it) there is
/// no escalation: the owner still gets <see cref="ReminderKind.ResponseOverdue"/>.</para>
/// <para><b>Party keys.</b> Recipients are lower-case party keys as people are stored from Teams
/// (<see cref="People.Person.PartyKey"/>: the e-mail address, else the UPN); a manager is keyed by the directory's
/// <see cref="Manager.Email"/>.</para>
/// <para><b>Keys.</b> <c>item:{id}:{kind}:{step}:{recipient}</c> with the kind's stored number (<c>(int)</c>
/// <see cref="ReminderKind"/>, which never changes, unlike a name). For DL-6 the step is the forward's position in the
/// chain's hops (1 for the first forward), so two forwards never share a key even when the same person reads both
/// recipients; for DL-4 it is the warning's index; otherwise 0.</para>
/// <para><b>Quiet hours.</b> Every due time goes through <see cref="OutOfQuietHours"/>.</para>
/// </remarks>
internal sealed class ReminderPlanner
{
    private const string KeyPrefix = "item";

    /// <summary>How long after a forward's confirmation deadline its forwarder is reminded (DL-6).</summary>
    private static readonly Duration ForwarderDelay = Duration.FromHours(1);

    private readonly ServicePolicy policy;
    private readonly MailboxDirectory directory;
    private readonly ReminderOptions options;

    /// <summary>Initializes a new instance of the <see cref="ReminderPlanner"/> class.</summary>
    /// <param name="policy">The service policy: obligations, working calendar, office hours and zone.</param>
    /// <param name="directory">The function mailboxes (readers, owners) and the managers.</param>
    /// <param name="options">The reminder settings.</param>
    public ReminderPlanner(ServicePolicy policy, MailboxDirectory directory, IOptions<ReminderOptions> options)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(options);
        this.policy = policy;
        this.directory = directory;
        this.options = options.Value ?? throw new ArgumentException("The reminder options have no value.", nameof(options));
    }

    /// <summary>Every reminder the item needs in its current state, past or future (the outbox sends each key once and
    /// cancels what is no longer planned). None for a closed item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The reminders, with unique keys, in obligation order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A forward obligation has no hop in the item's chain (the library's invariant is broken).</exception>
    public IReadOnlyList<PlannedReminder> Plan(TrackedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.IsClosed)
        {
            return [];
        }

        Instant at = item.LastActivity > item.Arrival.FirstArrival ? item.LastActivity : item.Arrival.FirstArrival;
        var plan = new ItemPlan(item.Id);
        IReadOnlyList<string> owner = Recipients(item.Responsible);
        foreach (Obligation obligation in item.Obligations(policy, at))
        {
            if (obligation.State is not (ObligationState.Pending or ObligationState.DueSoon or ObligationState.Overdue)
                || obligation.Due is not { } due)
            {
                continue;
            }

            Instant soon = obligation.DueSoonAt ?? due;
            switch (obligation.Kind)
            {
                case ObligationKind.FirstResponse:
                    plan.Add(ReminderKind.ResponseDueSoon, 0, owner, OutOfQuietHours(soon, escalation: false), due);
                    plan.Add(ReminderKind.ResponseOverdue, 0, owner, OutOfQuietHours(due, escalation: false), due);
                    plan.Add(ReminderKind.ResponseOverdueEscalation, 0, Escalation(item.Responsible, owner), OutOfQuietHours(due, escalation: true), due);
                    break;
                case ObligationKind.ForwardConfirmation:
                    (int step, ForwardHop hop) = Hop(item, obligation);
                    plan.Add(ReminderKind.ForwardUnconfirmed, step, Recipients(hop.To), OutOfQuietHours(due, escalation: false), due);
                    plan.Add(
                        ReminderKind.ForwardUnconfirmedToForwarder,
                        step,
                        Recipients(hop.From),
                        OutOfQuietHours(policy.Clock.AddWorkingTime(due, ForwarderDelay), escalation: false),
                        due);
                    break;
                case ObligationKind.StatusUpdate:
                    plan.Add(ReminderKind.PromiseDueSoon, 0, owner, OutOfQuietHours(soon, escalation: false), due);
                    break;
                case ObligationKind.Callback:
                    plan.Add(ReminderKind.CallbackDue, 0, owner, OutOfQuietHours(soon, escalation: false), due);
                    break;
                case ObligationKind.PublicDocumentRequest:
                    plan.Add(ReminderKind.PublicDocumentDue, 0, owner, OutOfQuietHours(soon, escalation: false), due);
                    break;
                case ObligationKind.SefosPurge:
                    for (int i = 0; i < obligation.Warnings.Count; i++)
                    {
                        plan.Add(ReminderKind.SefosPurgeWarning, i, owner, OutOfQuietHours(obligation.Warnings[i], escalation: false), due);
                    }

                    break;
            }
        }

        return plan.Reminders;
    }

    /// <summary>The managers' digests for a day: one per manager in the directory at the digest time, or none on a non-working day.</summary>
    /// <param name="day">The day, in Europe/Stockholm.</param>
    /// <returns>The digests: kind <see cref="ReminderKind.ManagerDigest"/>, key <c>digest:{manager}:{yyyy-MM-dd}</c>, due at
    /// <see cref="ReminderOptions.DigestTime"/> that day (moved to the opening when configured before it, like every due time).</returns>
    /// <remarks>Every distinct manager address in the directory gets one (presidiums included); the renderer cancels a
    /// digest with nothing to report.</remarks>
    public IReadOnlyList<PlannedReminder> Digests(LocalDate day)
    {
        if (!policy.Clock.Calendar.IsWorkingDay(day))
        {
            return [];
        }

        Instant at = OutOfQuietHours(policy.Clock.Zone.AtLeniently(day.At(options.DigestTime)).ToInstant(), escalation: false);
        string date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return [.. directory.Managers
            .Select(m => Parties.Normalize(m.Email))
            .Distinct(StringComparer.Ordinal)
            .Select(party => new PlannedReminder(
                string.Create(CultureInfo.InvariantCulture, $"digest:{party}:{date}"), ReminderKind.ManagerDigest, null, party, at, null, 0))];
    }

    /// <summary>The guideline's next yearly follow-up (DL-7) at or after a time, or null when no owner is configured.</summary>
    /// <param name="now">Now.</param>
    /// <returns>The follow-up: key <c>guideline:{yyyy}</c> (the anniversary's year), due at the office's opening on the
    /// first anniversary of <see cref="ReminderOptions.GuidelineDecided"/> on or after today (29 February is 28 February in
    /// other years), or at the next working day's opening when the anniversary is not a working day.</returns>
    public PlannedReminder? GuidelineFollowUp(Instant now)
    {
        if (string.IsNullOrWhiteSpace(options.GuidelineOwner))
        {
            return null;
        }

        DateTimeZone zone = policy.Clock.Zone;
        LocalDate today = now.InZone(zone).Date;
        LocalDate decided = options.GuidelineDecided;
        int year = Math.Max(today.Year, decided.Year + 1);
        LocalDate anniversary = decided.PlusYears(year - decided.Year);
        if (anniversary < today)
        {
            anniversary = decided.PlusYears(year + 1 - decided.Year);
        }

        Instant due = policy.Clock.NextOpening(anniversary.AtStartOfDayInZone(zone).ToInstant());
        return new PlannedReminder(
            string.Create(CultureInfo.InvariantCulture, $"guideline:{anniversary.Year:D4}"),
            ReminderKind.GuidelineFollowUp,
            null,
            Parties.Normalize(options.GuidelineOwner),
            due,
            null,
            0);
    }

    /// <summary>Moves a time out of quiet hours: outside office hours or on a non-working day it becomes the next opening.</summary>
    /// <param name="at">The time.</param>
    /// <param name="escalation">Whether it is an escalation (moved only when <see cref="ReminderOptions.QuietHoursIncludeEscalations"/>).</param>
    /// <returns>The time to send: <paramref name="at"/> itself within office hours ([opening, closing) of a working day).</returns>
    public Instant OutOfQuietHours(Instant at, bool escalation)
    {
        if (escalation && !options.QuietHoursIncludeEscalations)
        {
            return at;
        }

        return policy.Clock.IsOpen(at) ? at : policy.Clock.NextOpening(at);
    }

    /// <summary>The forward hop of a DL-6 obligation and its position in the chain (RT-8: nobody receives an item twice).</summary>
    private static (int Step, ForwardHop Hop) Hop(TrackedItem item, Obligation obligation)
    {
        IReadOnlyList<ForwardHop> hops = item.Chain.Hops;
        for (int i = hops.Count - 1; i > 0; i--)
        {
            if (!hops[i].IsArrival && Parties.Same(hops[i].To, obligation.Party))
            {
                return (i, hops[i]);
            }
        }

        throw new InvalidOperationException(string.Create(
            CultureInfo.InvariantCulture,
            $"Item {item.Id} owes a forward confirmation from {obligation.Party}, but its chain has no forward to them."));
    }

    /// <summary>The people who read for a party (RT-11), expanding mailboxes named as readers; the party itself when nobody has an address.</summary>
    private List<string> Recipients(string party)
    {
        var people = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>();
        pending.Enqueue(Parties.Normalize(party));
        while (pending.Count > 0)
        {
            string next = pending.Dequeue();
            if (!seen.Add(next))
            {
                continue;
            }

            if (directory.Find(next) is null)
            {
                people.Add(next);
                continue;
            }

            foreach (string reader in Parties.Addressees(directory, next))
            {
                pending.Enqueue(reader);
            }
        }

        return people.Count > 0 ? people : [Parties.Normalize(party)];
    }

    /// <summary>The managers who get a DL-1 escalation about an item owned by a party; empty when none is found.</summary>
    private List<string> Escalation(string responsible, IReadOnlyList<string> owners)
    {
        string? unit = directory.Find(responsible) is { } mailbox
            ? mailbox.Owner
            : People.DirectoryRoles.For(directory, responsible).Unit;
        if (string.IsNullOrWhiteSpace(unit))
        {
            return [];
        }

        var candidates = directory.Managers
            .Where(m => m.Role is ManagerRole.Manager or ManagerRole.HeadOfAdministration)
            .Select(m => (Manager: m, Party: Parties.Normalize(m.Email), Rank: Rank(m, unit.Trim())))
            .Where(c => c.Rank is not null && !owners.Contains(c.Party, StringComparer.Ordinal))
            .ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        int best = candidates.Min(c => c.Rank!.Value);
        return [.. candidates.Where(c => c.Rank == best).Select(c => c.Party).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>How well a manager fits a unit: lower is better; null when the manager does not lead it.</summary>
    private static int? Rank(Manager manager, string unit)
    {
        string managed = manager.Unit.Trim();
        int? match = string.Equals(managed, unit, StringComparison.OrdinalIgnoreCase) ? 0
            : managed.Length > 0 && unit.StartsWith(managed + ",", StringComparison.OrdinalIgnoreCase) ? 1
            : null;
        return match is { } m ? ((manager.Role == ManagerRole.Manager ? 0 : 2) + m) : null;
    }

    /// <summary>An item's reminders as they are collected, keyed <c>item:{id}:{kind}:{step}:{recipient}</c>.</summary>
    private sealed class ItemPlan(long itemId)
    {
        private readonly HashSet<string> keys = new(StringComparer.Ordinal);

        public List<PlannedReminder> Reminders { get; } = [];

        public void Add(ReminderKind kind, int step, IEnumerable<string> recipients, Instant dueAt, Instant deadline)
        {
            foreach (string recipient in recipients)
            {
                string key = string.Create(CultureInfo.InvariantCulture, $"{KeyPrefix}:{itemId}:{(int)kind}:{step}:{recipient}");
                if (keys.Add(key))
                {
                    Reminders.Add(new PlannedReminder(key, kind, itemId, recipient, dueAt, deadline, step));
                }
            }
        }
    }
}
