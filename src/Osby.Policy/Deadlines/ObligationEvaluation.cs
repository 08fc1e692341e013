using NodaTime;
using Osby.Policy.Calendar;
using Osby.Policy.Rules;

namespace Osby.Policy.Deadlines;

/// <summary>One evaluation of an item's obligations at an instant; see <see cref="ServicePolicy.Evaluate"/>.</summary>
internal sealed class ObligationEvaluation
{
    private readonly ServicePolicy policy;
    private readonly ItemHistory history;
    private readonly Instant now;
    private readonly List<ItemEvent> events;
    private readonly bool released;

    public ObligationEvaluation(ServicePolicy policy, ItemHistory history, Instant now)
    {
        this.policy = policy;
        this.history = history;
        this.now = now;
        events = [.. history.Until(now)];

        // Routine mail (RT-6, RC-2) and closed items owe nothing more.
        released = events.Exists(e => e.Kind is ItemEventKind.MarkedAsRoutine or ItemEventKind.Closed);
    }

    private BusinessClock Clock => policy.Clock;

    private Instant Arrival => history.FirstArrival;

    public IReadOnlyList<Obligation> Run()
    {
        var result = new List<Obligation>(8)
        {
            FirstResponse(),
            Callback(),
            StatusUpdate(),
            SefosPurge(),
        };
        result.AddRange(ForwardConfirmations());
        result.Add(PublicDocumentRequest());
        return result;
    }

    /// <summary>DL-1: a response within one working day of the first arrival; an acknowledgement is enough.</summary>
    private Obligation FirstResponse()
    {
        const string Description = "Första svar till avsändaren inom en arbetsdag (ett mottagningsbesked räcker)";
        if (history.Channel == Channel.Voicemail)
        {
            return NotApplicable(ObligationKind.FirstResponse, "DL-1", Description);
        }

        Instant due = policy.ReplyMode == ReplyMode.WorkingTime
            ? Clock.AddWorkingTime(Arrival, policy.ResponseWindow)
            : ClosingOfNextWorkingDay(Arrival);
        Instant? met = First(ItemEventKind.Acknowledged, ItemEventKind.Answered);
        return Make(ObligationKind.FirstResponse, "DL-1", Description, Arrival, due, met);
    }

    /// <summary>DL-2: a voicemail is returned at the latest by closing time the next working day.</summary>
    private Obligation Callback()
    {
        const string Description = "Ring tillbaka senast nästa arbetsdag";
        if (history.Channel != Channel.Voicemail)
        {
            return NotApplicable(ObligationKind.Callback, "DL-2", Description);
        }

        return Make(ObligationKind.Callback, "DL-2", Description, Arrival, ClosingOfNextWorkingDay(Arrival), First(ItemEventKind.Answered));
    }

    /// <summary>DL-3: by the promised time, the final answer or a status update with a new promise.</summary>
    private Obligation StatusUpdate()
    {
        const string Description = "Slutligt svar eller lägesbesked senast den utlovade tiden";
        ItemEvent? promise = events.LastOrDefault(e => e.Kind is ItemEventKind.Acknowledged or ItemEventKind.PromiseRenewed);
        if (promise is null)
        {
            return NotApplicable(ObligationKind.StatusUpdate, "DL-3", Description);
        }

        return Make(ObligationKind.StatusUpdate, "DL-3", Description, promise.At, promise.PromisedBy!.Value, First(ItemEventKind.Answered));
    }

    /// <summary>DL-4, RC-5: register or move SEFOS content before the purge 35 days after the latest activity.</summary>
    private Obligation SefosPurge()
    {
        const string Description = "Registrera eller flytta innehållet innan SEFOS rensar konversationen";
        var activity = events.Where(e => e.Kind == ItemEventKind.SefosActivity).Select(e => e.At).ToList();
        if (history.Channel == Channel.Sefos)
        {
            activity.Add(Arrival);
        }

        if (activity.Count == 0)
        {
            return NotApplicable(ObligationKind.SefosPurge, "DL-4", Description);
        }

        Instant latest = activity.Max();
        Instant purge = SefosRetention.PurgeAt(latest, Clock.Zone);
        Instant? registered = events.FirstOrDefault(e => e.Kind == ItemEventKind.Registered && e.At >= latest)?.At;
        List<Instant> warnings = SefosWarnings(latest, purge);
        Instant dueSoon = warnings.Count > 0 ? warnings[0] : purge;
        return Make(ObligationKind.SefosPurge, "DL-4", Description, latest, purge, registered, warnings: warnings, dueSoonAt: dueSoon);
    }

    /// <summary>DL-6: each forward's recipient confirms (or declines) within the confirmation window.</summary>
    private IEnumerable<Obligation> ForwardConfirmations()
    {
        var forwards = events.Where(e => e.Kind == ItemEventKind.Forwarded).ToList();
        if (forwards.Count == 0)
        {
            yield return NotApplicable(ObligationKind.ForwardConfirmation, "DL-6", "Mottagaren bekräftar att ärendet hanteras");
            yield break;
        }

        var answers = events.Where(e => e.Kind is ItemEventKind.ForwardConfirmed or ItemEventKind.ForwardDeclined).ToList();
        foreach (ItemEvent forward in forwards)
        {
            // A reply settles the earliest open forward to the same recipient made before it.
            ItemEvent? reply = answers.Find(a => a.At >= forward.At && string.Equals(a.Party, forward.Party, StringComparison.OrdinalIgnoreCase));
            if (reply is not null)
            {
                answers.Remove(reply);
            }

            string description = reply?.Kind == ItemEventKind.ForwardDeclined
                ? $"{forward.Party} bekräftar att ärendet hanteras (avböjt: {reply.Note}; den som vidarebefordrade är fortfarande ansvarig)"
                : $"{forward.Party} bekräftar att ärendet hanteras";
            Instant due = Clock.AddWorkingTime(forward.At, policy.ForwardConfirmationWindow);
            yield return Make(ObligationKind.ForwardConfirmation, "DL-6", description, forward.At, due, reply?.At, party: forward.Party);
        }
    }

    /// <summary>DL-8: a request for a public document is handled the same working day (the next one if it came after hours).</summary>
    private Obligation PublicDocumentRequest()
    {
        const string Description = "Besked om allmän handling samma dag";
        if (history.Channel != Channel.PublicDocumentRequest)
        {
            return NotApplicable(ObligationKind.PublicDocumentRequest, "DL-8", Description);
        }

        LocalDate day = Arrival.InZone(Clock.Zone).Date;
        Instant due = Clock.ClosingOf(day) is { } closing && Arrival < closing ? closing : ClosingOfNextWorkingDay(Arrival);
        return Make(ObligationKind.PublicDocumentRequest, "DL-8", Description, Arrival, due, First(ItemEventKind.Answered));
    }

    private Instant ClosingOfNextWorkingDay(Instant instant)
    {
        LocalDate day = instant.InZone(Clock.Zone).Date;
        while (true)
        {
            day = Clock.Calendar.NextWorkingDay(day);
            if (Clock.ClosingOf(day) is { } closing)
            {
                return closing;
            }
        }
    }

    private List<Instant> SefosWarnings(Instant latest, Instant purge)
    {
        DateTimeZone zone = Clock.Zone;
        LocalDateTime purgeLocal = purge.InZone(zone).LocalDateTime;
        var warnings = new List<Instant> { zone.AtLeniently(purgeLocal - policy.SefosEarlyWarning).ToInstant() };
        if (policy.SefosFinalWarningWorkingDays > 0)
        {
            LocalDate day = Clock.Calendar.AddWorkingDays(purgeLocal.Date, -policy.SefosFinalWarningWorkingDays);
            warnings.Add(zone.AtLeniently(day + purgeLocal.TimeOfDay).ToInstant());
        }

        return [.. warnings.Where(w => w > latest && w < purge).Distinct().Order()];
    }

    private Instant? First(params ItemEventKind[] kinds) => events.Find(e => Array.IndexOf(kinds, e.Kind) >= 0)?.At;

    private Obligation Make(
        ObligationKind kind,
        string ruleId,
        string description,
        Instant start,
        Instant due,
        Instant? met,
        string? party = null,
        IReadOnlyList<Instant>? warnings = null,
        Instant? dueSoonAt = null)
    {
        Instant soon = dueSoonAt ?? policy.DueSoonAt(start, due);
        ObligationState state =
            met is not null ? ObligationState.Met
            : released ? ObligationState.NotApplicable
            : now > due ? ObligationState.Overdue
            : now >= soon ? ObligationState.DueSoon
            : ObligationState.Pending;
        return new Obligation(kind, state, RuleCitation.For(ruleId), description, due, soon, met, party, warnings);
    }

    private static Obligation NotApplicable(ObligationKind kind, string ruleId, string description) =>
        new(kind, ObligationState.NotApplicable, RuleCitation.For(ruleId), description);
}
