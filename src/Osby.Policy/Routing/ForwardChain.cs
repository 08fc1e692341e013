using System.Collections.Immutable;
using NodaTime;
using Osby.Policy.Deadlines;
using static Osby.Policy.Routing.ForwardChainText;

namespace Osby.Policy.Routing;

/// <summary>
/// The send history of one item as it is forwarded inside the municipality, and who is responsible for it
/// (RT-7, RT-8, RT-9, DL-6, DL-9).
/// </summary>
/// <remarks>
/// <para>A chain starts with the item's arrival at the initially receiving instance, e.g. "kommun@osby.se". That arrival is
/// the first hop, so the original sender and the first arrival travel with the chain: whoever receives the item last still
/// sees who first sent it (RT-8: A → B → C, C sees A), and the response clock keeps running from the first arrival (DL-9).</para>
/// <para>Invariants, whatever the operations:</para>
/// <list type="bullet">
/// <item><description>The first hop is the arrival, from <see cref="OriginalSender"/> at <see cref="FirstArrival"/>.</description></item>
/// <item><description>Nobody receives the item twice (RT-8): <see cref="Recipients"/> has no duplicates, and only someone who
/// has received the item can forward it.</description></item>
/// <item><description>Exactly one party is <see cref="Responsible"/>: the initially receiving instance until a recipient
/// confirms that they handle the item, then the recipient who confirmed last. A decline or an advertising answer leaves the
/// responsibility where it was (RT-7).</description></item>
/// <item><description>A hop is answered once (DL-6); the same answer again is recorded once, a different one is refused.</description></item>
/// <item><description>Time never goes backwards: every operation is at or after <see cref="LastActivity"/>.</description></item>
/// </list>
/// <para>Parties (persons or mailboxes) are kept as given (trimmed) and compared case-insensitively. Expected refusals are
/// results (<see cref="ForwardChainResult"/>), not exceptions; a refused operation returns the same chain instance.</para>
/// <para>Instances are immutable and thread-safe; every operation returns a new chain.</para>
/// </remarks>
public sealed class ForwardChain
{
    private static readonly StringComparer PartyComparer = StringComparer.OrdinalIgnoreCase;

    private readonly ImmutableArray<ForwardHop> hops;
    private readonly ImmutableArray<CaseOfficer> caseOfficers;

    /// <summary>The number of the operation that last moved the responsibility (0: the arrival).</summary>
    private readonly int handOverStep;

    /// <summary>The number of the last operation recorded (0: the arrival).</summary>
    private readonly int step;

    private ForwardChain(
        ImmutableArray<ForwardHop> hops,
        ImmutableArray<CaseOfficer> caseOfficers,
        string responsible,
        Instant responsibleSince,
        int handOverStep,
        int step,
        Instant lastActivity)
    {
        this.hops = hops;
        this.caseOfficers = caseOfficers;
        this.handOverStep = handOverStep;
        this.step = step;
        Responsible = responsible;
        ResponsibleSince = responsibleSince;
        LastActivity = lastActivity;
        Recipients = hops.Select(h => h.To).ToImmutableArray();
        Warnings = FindWarnings();
    }

    /// <summary>Gets who first sent the item to the municipality (RT-8): the first hop's sender.</summary>
    public string OriginalSender => hops[0].From;

    /// <summary>Gets the initially receiving instance, e.g. "kommun@osby.se": the first hop's recipient.</summary>
    public string FirstReceiver => hops[0].To;

    /// <summary>Gets when the item first reached the municipality (DL-9); forwarding never changes it.</summary>
    public Instant FirstArrival => hops[0].At;

    /// <summary>Gets the hops in the order they were recorded: the arrival first, then every forward with its answer.</summary>
    public IReadOnlyList<ForwardHop> Hops => hops;

    /// <summary>Gets everyone who has received the item, in the order they got it: the initially receiving instance first,
    /// then each forward's recipient. Nobody appears twice (RT-8).</summary>
    public IReadOnlyList<string> Recipients { get; }

    /// <summary>Gets the one party responsible for the item now: the initially receiving instance until a recipient confirms
    /// that they handle it, then the recipient who confirmed last (RT-7, DL-6).</summary>
    public string Responsible { get; }

    /// <summary>Gets since when <see cref="Responsible"/> has been responsible: the first arrival or their confirmation.</summary>
    public Instant ResponsibleSince { get; }

    /// <summary>Gets the handläggare appointed for the item, in the order they were appointed (RT-9).</summary>
    public IReadOnlyList<CaseOfficer> CaseOfficers => caseOfficers;

    /// <summary>Gets the time of the latest recorded operation; the next one must not be before it.</summary>
    public Instant LastActivity { get; }

    /// <summary>Gets what the responsible instance should act on now, in Swedish with rule citations: forwards to several
    /// instances with no one handling and no handläggare (RT-7), missing confirmations (DL-6), forwards made without asking
    /// for confirmation (RT-7), and declines with nothing done since (RT-7).</summary>
    /// <remarks>Whether a missing confirmation is <em>late</em> depends on the office hours; evaluate
    /// <see cref="ToItemHistory"/> with <see cref="ServicePolicy.Evaluate"/> for that.</remarks>
    public IReadOnlyList<ForwardChainWarning> Warnings { get; }

    /// <summary>Starts the chain of an item that has just reached the municipality.</summary>
    /// <param name="originalSender">Who sent it, e.g. "anna.andersson@example.se".</param>
    /// <param name="firstReceiver">The initially receiving instance, e.g. "kommun@osby.se"; responsible until someone confirms (RT-7).</param>
    /// <param name="firstArrival">When it first reached the municipality (DL-9).</param>
    /// <returns>A chain with one hop, the arrival.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="originalSender"/> or <paramref name="firstReceiver"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="originalSender"/> or <paramref name="firstReceiver"/> is empty.</exception>
    public static ForwardChain Start(string originalSender, string firstReceiver, Instant firstArrival)
    {
        string sender = Required(originalSender, nameof(originalSender));
        string receiver = Required(firstReceiver, nameof(firstReceiver));
        return new([ForwardHop.Arrival(sender, receiver, firstArrival)], [], receiver, firstArrival, 0, 0, firstArrival);
    }

    /// <summary>Returns whether <paramref name="party"/> has received the item (on the arrival or a forward).</summary>
    /// <param name="party">A person or mailbox (case-insensitive).</param>
    /// <returns>True if the party is among <see cref="Recipients"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> is empty.</exception>
    public bool HasReceived(string party) => HopTo(Required(party, nameof(party))) is not null;

    /// <summary>Returns the way the item took to <paramref name="party"/>, starting with the original sender (RT-8).</summary>
    /// <param name="party">A person or mailbox (case-insensitive).</param>
    /// <returns>E.g. ["anna@example.se", "kommun@osby.se", "bygglov@osby.se"] for bygglov@osby.se; empty when the party has not received the item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> is empty.</exception>
    public IReadOnlyList<string> PathTo(string party)
    {
        ForwardHop? hop = HopTo(Required(party, nameof(party)));
        if (hop is null)
        {
            return [];
        }

        var path = new List<string>();
        while (!hop.IsArrival)
        {
            path.Add(hop.To);

            // The forwarder received the item on an earlier hop, so this walk always ends at the arrival.
            hop = HopTo(hop.From)!;
        }

        path.Add(hop.To);
        path.Add(hop.From);
        path.Reverse();
        return path;
    }

    /// <summary>Forwards the item to another person or mailbox (RT-7, RT-8).</summary>
    /// <param name="from">Who forwards it; they must have received it.</param>
    /// <param name="to">Who gets it; they must not have it already.</param>
    /// <param name="at">When; not before <see cref="LastActivity"/>.</param>
    /// <param name="requestConfirmation">Whether the recipient is asked to confirm whether they handle it; the guideline says always (RT-7).</param>
    /// <returns>Applied with the new hop; or refused with <see cref="ForwardRefusal.NotReceived"/> when <paramref name="from"/>
    /// does not have the item, or <see cref="ForwardRefusal.AlreadyReceived"/> with the send history when <paramref name="to"/>
    /// already has it (RT-8).</returns>
    /// <remarks>Forwarding does not move the responsibility; a confirmation does.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> or <paramref name="to"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="from"/> or <paramref name="to"/> is empty, or <paramref name="at"/> is before <see cref="LastActivity"/>.</exception>
    public ForwardChainResult Forward(string from, string to, Instant at, bool requestConfirmation = true)
    {
        string forwarder = Required(from, nameof(from));
        string recipient = Required(to, nameof(to));
        NotBeforeLastActivity(at);

        if (HopTo(forwarder) is null)
        {
            return ForwardChainResult.Refused(this, ForwardRefusal.NotReceived, "RT-8",
                $"{forwarder} har inte fått ärendet och kan inte vidarebefordra det: bara den som har tagit emot ärendet kan skicka det vidare. Ärendet finns hos {List(Recipients)} (RT-8).",
                null);
        }

        if (HopTo(recipient) is { } earlier)
        {
            string message = earlier.IsArrival
                ? $"{earlier.To} tog emot ärendet först, {When(earlier.At)}, från {earlier.From} ({Path(PathTo(earlier.To))}). Samma mejl ska inte skickas två gånger (RT-8)."
                : $"{earlier.To} fick redan ärendet {When(earlier.At)} från {earlier.From} ({Path(PathTo(earlier.To))}). Samma mejl ska inte skickas två gånger (RT-8).";
            return ForwardChainResult.Refused(this, ForwardRefusal.AlreadyReceived, "RT-8", message, earlier);
        }

        if (Same(recipient, OriginalSender))
        {
            return ForwardChainResult.Refused(this, ForwardRefusal.AlreadyReceived, "RT-8",
                $"{OriginalSender} är ärendets ursprungliga avsändare och har redan mejlet ({Path([OriginalSender, FirstReceiver])}). Samma mejl ska inte skickas två gånger (RT-8).",
                hops[0]);
        }

        int next = step + 1;
        var hop = ForwardHop.Forward(forwarder, recipient, at, requestConfirmation, next);
        return ForwardChainResult.Applied(
            new(hops.Add(hop), caseOfficers, Responsible, ResponsibleSince, handOverStep, next, at),
            hop);
    }

    /// <summary>Records that a recipient confirms they handle the item: they become responsible (RT-7, DL-6).</summary>
    /// <param name="recipient">The recipient of a forward (case-insensitive).</param>
    /// <param name="at">When they confirmed; not before <see cref="LastActivity"/>.</param>
    /// <returns>Applied; already recorded if they had confirmed before (a double click); refused with
    /// <see cref="ForwardRefusal.NotForwardedTo"/> or <see cref="ForwardRefusal.AlreadyAnswered"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipient"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recipient"/> is empty, or <paramref name="at"/> is before <see cref="LastActivity"/>.</exception>
    public ForwardChainResult Confirm(string recipient, Instant at) =>
        Answer(Required(recipient, nameof(recipient)), at, HopOutcome.Handling, null, null);

    /// <summary>Records that a recipient is the wrong one ("fel mottagare"); the responsibility stays where it was (RT-7, DL-6).</summary>
    /// <param name="recipient">The recipient of a forward (case-insensitive).</param>
    /// <param name="at">When they declined; not before <see cref="LastActivity"/>.</param>
    /// <param name="reason">Why, in their words, e.g. "Gäller miljö, inte bygglov".</param>
    /// <param name="suggestedRecipient">Who they suggest instead, if anyone, e.g. "miljo@osby.se".</param>
    /// <returns>Applied; already recorded if they had declined with the same reason and suggestion; refused with
    /// <see cref="ForwardRefusal.NotForwardedTo"/> or <see cref="ForwardRefusal.AlreadyAnswered"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipient"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recipient"/> or <paramref name="reason"/> is empty, or <paramref name="at"/> is before <see cref="LastActivity"/>.</exception>
    public ForwardChainResult Decline(string recipient, Instant at, string reason, string? suggestedRecipient = null)
    {
        string who = Required(recipient, nameof(recipient));
        string why = Required(reason, nameof(reason));
        string? suggestion = string.IsNullOrWhiteSpace(suggestedRecipient) ? null : suggestedRecipient.Trim();
        return Answer(who, at, HopOutcome.WrongRecipient, why, suggestion);
    }

    /// <summary>Records that a recipient judged the item advertising or routine mail: no action and no confirmation owed
    /// (RT-6, RC-2, DL-6); the responsibility stays where it was.</summary>
    /// <param name="recipient">The recipient of a forward (case-insensitive).</param>
    /// <param name="at">When; not before <see cref="LastActivity"/>.</param>
    /// <returns>Applied; already recorded if they had marked it so before; refused with
    /// <see cref="ForwardRefusal.NotForwardedTo"/> or <see cref="ForwardRefusal.AlreadyAnswered"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recipient"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recipient"/> is empty, or <paramref name="at"/> is before <see cref="LastActivity"/>.</exception>
    public ForwardChainResult MarkAdvertising(string recipient, Instant at) =>
        Answer(Required(recipient, nameof(recipient)), at, HopOutcome.Advertising, null, null);

    /// <summary>Records that a handläggare was appointed to answer for the item or for a joint answer (RT-9).</summary>
    /// <param name="person">The person appointed, e.g. "Anna Andersson".</param>
    /// <param name="at">When; not before <see cref="LastActivity"/>.</param>
    /// <returns>Applied; or already recorded, with when, if the person was appointed before (case-insensitive).</returns>
    /// <remarks>An appointment does not move <see cref="Responsible"/>, which is about instances; it does answer the RT-7
    /// warning about forwards to several instances.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="person"/> is empty, or <paramref name="at"/> is before <see cref="LastActivity"/>.</exception>
    public ForwardChainResult AppointCaseOfficer(string person, Instant at)
    {
        string name = Required(person, nameof(person));
        NotBeforeLastActivity(at);
        if (caseOfficers.FirstOrDefault(c => Same(c.Name, name)) is { } existing)
        {
            return ForwardChainResult.AlreadyRecorded(this, "RT-9",
                $"{existing.Name} är redan utsedd till handläggare för ärendet sedan {When(existing.AppointedAt)} (RT-9).",
                null);
        }

        return ForwardChainResult.Applied(
            new(hops, caseOfficers.Add(new CaseOfficer(name, at)), Responsible, ResponsibleSince, handOverStep, step + 1, at),
            null);
    }

    /// <summary>Returns the forwards and their answers as the events of <see cref="ItemHistory"/>, for the deadlines of DL-6.</summary>
    /// <returns>In the order recorded: <see cref="ItemEventKind.Forwarded"/> per forward (whether or not confirmation was asked
    /// for: DL-6 expects one anyway), and <see cref="ItemEventKind.ForwardConfirmed"/>, <see cref="ItemEventKind.ForwardDeclined"/>
    /// or <see cref="ItemEventKind.MarkedAsRoutine"/> per answer. The arrival is not included; see <see cref="ToItemHistory"/>.</returns>
    /// <remarks>An advertising answer becomes <see cref="ItemEventKind.MarkedAsRoutine"/>, which releases the whole item from
    /// its obligations (RT-6, RC-2).</remarks>
    public IReadOnlyList<ItemEvent> ToItemEvents()
    {
        var events = new List<(int Step, ItemEvent Event)>();
        foreach (ForwardHop hop in hops.Skip(1))
        {
            events.Add((hop.ForwardedStep, ItemEvent.Forwarded(hop.At, hop.To)));
            if (hop.AnsweredAt is { } answered)
            {
                events.Add((hop.AnsweredStep, hop.Outcome switch
                {
                    HopOutcome.Handling => ItemEvent.ForwardConfirmed(answered, hop.To),
                    HopOutcome.WrongRecipient => ItemEvent.ForwardDeclined(answered, hop.To, hop.Reason!),
                    _ => ItemEvent.MarkedAsRoutine(answered),
                }));
            }
        }

        return [.. events.OrderBy(e => e.Step).Select(e => e.Event)];
    }

    /// <summary>Returns the item's history from its first arrival with every forward and answer, for <see cref="ServicePolicy.Evaluate"/>.</summary>
    /// <param name="channel">The channel the item came in by, e.g. <see cref="Channel.OfficialMailbox"/>.</param>
    /// <returns>The history: the arrival at <see cref="FirstArrival"/> (DL-9), then <see cref="ToItemEvents"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not a defined channel.</exception>
    public ItemHistory ToItemHistory(Channel channel) => ItemHistory.From([ItemEvent.Arrived(FirstArrival, channel), .. ToItemEvents()]);

    /// <summary>Returns e.g. "anna@example.se → kommun@osby.se 2026-11-27T13:05:00Z, 2 forwards, responsible bygglov@osby.se".</summary>
    /// <returns>A short description for logs.</returns>
    public override string ToString() =>
        $"{OriginalSender} → {FirstReceiver} {FirstArrival}, {hops.Length - 1} forwards, responsible {Responsible}";

    private static string Required(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return value.Trim();
    }

    private static bool Same(string a, string b) => PartyComparer.Equals(a, b);

    private static string Describe(ForwardHop hop) => hop.Outcome switch
    {
        HopOutcome.Handling => "hanterar ärendet",
        HopOutcome.WrongRecipient => $"fel mottagare ({hop.Reason}){(hop.SuggestedRecipient is { } s ? $", föreslog {s}" : string.Empty)}",
        _ => "reklam eller rutinutskick, ingen åtgärd",
    };

    private ForwardHop? HopTo(string party) => IndexOfHopTo(party) is var i and >= 0 ? hops[i] : null;

    private int IndexOfHopTo(string party)
    {
        for (int i = 0; i < hops.Length; i++)
        {
            if (Same(hops[i].To, party))
            {
                return i;
            }
        }

        return -1;
    }

    private void NotBeforeLastActivity(Instant at)
    {
        if (at < LastActivity)
        {
            throw new ArgumentException(
                $"The time {at} is before the chain's last recorded event at {LastActivity} (first arrival {FirstArrival}); a chain's times must not go backwards.",
                nameof(at));
        }
    }

    private ForwardChainResult Answer(string recipient, Instant at, HopOutcome outcome, string? reason, string? suggestion)
    {
        NotBeforeLastActivity(at);
        int index = IndexOfHopTo(recipient);
        if (index < 0)
        {
            return ForwardChainResult.Refused(this, ForwardRefusal.NotForwardedTo, "DL-6",
                $"{recipient} har inte fått ärendet vidarebefordrat och har ingen vidarebefordran att svara på. Ärendet finns hos {List(Recipients)} (DL-6).",
                null);
        }

        ForwardHop hop = hops[index];
        if (hop.IsArrival)
        {
            return ForwardChainResult.Refused(this, ForwardRefusal.NotForwardedTo, "RT-7",
                $"{hop.To} tog emot ärendet först, {When(hop.At)}, och har ingen vidarebefordran att svara på. Den initialt mottagande instansen är ansvarig tills en mottagare bekräftar att de hanterar ärendet (RT-7).",
                hop);
        }

        if (!hop.IsOpen)
        {
            return hop.HasAnswer(outcome, reason, suggestion)
                ? ForwardChainResult.AlreadyRecorded(this, "DL-6",
                    $"{hop.To} har redan svarat {When(hop.AnsweredAt!.Value)}: {Describe(hop)}. Svaret är registrerat en gång (DL-6).",
                    hop)
                : ForwardChainResult.Refused(this, ForwardRefusal.AlreadyAnswered, "DL-6",
                    $"{hop.To} har redan svarat {When(hop.AnsweredAt!.Value)}: {Describe(hop)}. En vidarebefordran besvaras bara en gång; ska ärendet vidare får det vidarebefordras (DL-6).",
                    hop);
        }

        int next = step + 1;
        ForwardHop answered = hop.Answered(outcome, at, reason, suggestion, next);
        ImmutableArray<ForwardHop> updated = hops.SetItem(index, answered);
        ForwardChain chain = outcome == HopOutcome.Handling
            ? new(updated, caseOfficers, answered.To, at, next, next, at)
            : new(updated, caseOfficers, Responsible, ResponsibleSince, handOverStep, next, at);
        return ForwardChainResult.Applied(chain, answered);
    }

    private ImmutableArray<ForwardChainWarning> FindWarnings()
    {
        var warnings = ImmutableArray.CreateBuilder<ForwardChainWarning>();

        // RT-7: several forwards out since the responsibility last moved, none answered, and no handläggare to hold them together.
        var parallel = hops.Where(h => h.IsOpen && h.ForwardedStep > handOverStep).Select(h => h.To).ToImmutableArray();
        if (parallel.Length >= 2 && caseOfficers.IsEmpty)
        {
            warnings.Add(new(ForwardChainWarningKind.ForwardedToSeveralWithoutCaseOfficer, "RT-7",
                $"Ärendet är vidarebefordrat till flera samtidigt ({List(parallel)}) utan att någon har bekräftat att de hanterar det och utan utsedd handläggare. Det räcker inte att skicka till flera i hopp om att någon ska hantera det: {Responsible} är ansvarig tills ärendet har hamnat rätt. Utse en handläggare eller rådfråga kanslienheten (RT-7).",
                parallel));
        }

        foreach (ForwardHop hop in hops.Skip(1))
        {
            if (hop.IsOpen && hop.ConfirmationRequested)
            {
                warnings.Add(new(ForwardChainWarningKind.ConfirmationMissing, "DL-6",
                    $"{hop.To} har inte bekräftat om de hanterar ärendet (vidarebefordrat {When(hop.At)} av {hop.From}). {Responsible} är ansvarig tills en mottagare bekräftar (DL-6).",
                    [hop.To]));
            }
            else if (hop.IsOpen)
            {
                warnings.Add(new(ForwardChainWarningKind.ConfirmationNotRequested, "RT-7",
                    $"{hop.From} bad inte om återkoppling när ärendet skickades till {hop.To} {When(hop.At)}. Be {hop.To} bekräfta om de hanterar ärendet: begär alltid återkoppling vid vidarebefordran (RT-7).",
                    [hop.To]));
            }
            else if (hop.Outcome == HopOutcome.WrongRecipient && hop.AnsweredStep > handOverStep && !hops.Any(h => h.ForwardedStep > hop.AnsweredStep))
            {
                string suggestion = hop.SuggestedRecipient is { } s ? $" Förslag: {s}." : string.Empty;
                warnings.Add(new(ForwardChainWarningKind.Declined, "RT-7",
                    $"{hop.To} avböjde {When(hop.AnsweredAt!.Value)}: fel mottagare ({hop.Reason}).{suggestion} {Responsible} är fortfarande ansvarig och ser till att ärendet hamnar rätt (RT-7).",
                    [hop.To]));
            }
        }

        return warnings.ToImmutable();
    }
}
