using System.Globalization;
using NodaTime;
using Osby.Policy.Routing;
using Osby.TeamsBot.Storage;

namespace Osby.TeamsBot.Items;

/// <summary>The ledger's checks of a change before it is stored, and their messages in Swedish and English.</summary>
internal sealed partial class ItemLedger
{
    /// <summary>The problems of an arrival, one per field; empty when it can be registered.</summary>
    private List<ItemProblem> CheckArrival(ItemArrival arrival, Instant now)
    {
        var problems = new List<ItemProblem>();
        if (!Enum.IsDefined(arrival.Channel))
        {
            string names = string.Join(", ", Enum.GetNames<Osby.Policy.Channel>());
            problems.Add(new("channel",
                Invariant($"Okänd kanal ({(int)arrival.Channel}). Ange en av: {names}."),
                Invariant($"Unknown channel ({(int)arrival.Channel}); use one of: {names}.")));
        }

        if (Blank(arrival.OriginalSender))
        {
            problems.Add(new("originalSender",
                "Ange avsändaren: en e-postadress, ett telefonnummer eller ett namn. Alla som får ärendet ska se vem som skickade det (RT-8).",
                "Give the original sender: an e-mail address, a phone number or a name. Everyone who gets the item must see who sent it (RT-8)."));
        }
        else if (arrival.OriginalSender.Trim().Length > OsbyDbContext.MaxPartyLength)
        {
            problems.Add(TooLong("originalSender", "Avsändaren", "The original sender", OsbyDbContext.MaxPartyLength, arrival.OriginalSender.Trim().Length));
        }

        if (!Enum.IsDefined(arrival.SenderCategory))
        {
            string names = string.Join(", ", Enum.GetNames<SenderCategory>());
            problems.Add(new("senderCategory",
                Invariant($"Okänd avsändarkategori ({(int)arrival.SenderCategory}). Ange en av: {names}."),
                Invariant($"Unknown sender category ({(int)arrival.SenderCategory}); use one of: {names}.")));
        }

        if (arrival.FirstArrival > now)
        {
            problems.Add(new("firstArrival",
                $"Första ankomsten {Swedish(arrival.FirstArrival, now)} ligger i framtiden. Ange när meddelandet kom in till kommunen (DL-9).",
                $"The first arrival {English(arrival.FirstArrival)} is in the future; give when the message reached the municipality (DL-9)."));
        }

        if (arrival.Subject is { } subject && subject.Trim().Length > ItemArrival.MaxSubjectLength)
        {
            problems.Add(TooLong("subject", "Ämnet", "The subject", ItemArrival.MaxSubjectLength, subject.Trim().Length));
        }

        if (Blank(arrival.Mailbox))
        {
            problems.Add(new("mailbox",
                "Ange vilken brevlåda eller person som tog emot ärendet först. Den är ansvarig tills någon bekräftar att de hanterar ärendet (RT-7).",
                "Give the mailbox or person that received the item first; it is responsible until someone confirms they handle the item (RT-7)."));
        }
        else if (arrival.Mailbox.Trim().Length > OsbyDbContext.MaxPartyLength)
        {
            problems.Add(TooLong("mailbox", "Brevlådan", "The mailbox", OsbyDbContext.MaxPartyLength, arrival.Mailbox.Trim().Length));
        }

        if (arrival.InformationValue is < 0 or > ItemArrival.MaxInformationValue)
        {
            problems.Add(new("informationValue",
                Invariant($"Informationsvärdet ska vara 0, 1, 2 eller 3 enligt SEFOS-rutinen, inte {arrival.InformationValue} (RT-14)."),
                Invariant($"The information value must be 0, 1, 2 or 3 on the SEFOS routine's scale, not {arrival.InformationValue} (RT-14).")));
        }

        if (arrival.ExternalMessageId is { } externalId && externalId.Trim().Length > OsbyDbContext.MaxExternalMessageIdLength)
        {
            problems.Add(TooLong("externalMessageId", "Meddelandets id", "The external message id", OsbyDbContext.MaxExternalMessageIdLength, externalId.Trim().Length));
        }

        return problems;
    }

    /// <summary>Decides a change on an item as it is now: the outcome when nothing is to be stored, else the change to store.</summary>
    private (ItemChangeResult? Outcome, ItemChange? Accepted) Decide(TrackedItem item, ItemChange change, Actor actor, Instant now)
    {
        TrackedEventKind kind = change.Kind;
        bool promise = kind is TrackedEventKind.Acknowledged or TrackedEventKind.PromiseRenewed;
        bool chain = IsChainKind(kind);
        var accepted = new ItemChange(
            kind,
            change.At,
            promise ? change.PromisedBy : null,
            chain ? PartyOrNull(change.Party) : null,
            kind == TrackedEventKind.Forwarded ? PartyOrNull(change.Forwarder) ?? (actor.IsSystem ? null : actor.Id) : null,
            Trimmed(change.Note),
            kind == TrackedEventKind.ForwardDeclined ? PartyOrNull(change.SuggestedRecipient) : null);

        List<ItemProblem> problems = CheckChange(item, change, accepted, now);
        if (problems.Count > 0)
        {
            return (Invalid(item, problems), null);
        }

        if (!actor.IsSystem && IsAnswerKind(kind) && !Parties.MayActFor(directory, actor, accepted.Party!))
        {
            return (new ItemChangeResult(
                ChangeStatus.NotAllowed,
                item,
                $"Bara {accepted.Party} själv eller den som får svara för {accepted.Party} (funktionsbrevlådans registratorer och ersättare) kan svara på vidarebefordran. Du är inloggad som {actor.Id} (DL-6).",
                $"Only {accepted.Party} or someone who may answer for {accepted.Party} (the function mailbox's registrators and substitute) can answer the forward; {actor.Id} may not (DL-6).",
                "DL-6"), null);
        }

        if (!actor.IsSystem && kind == TrackedEventKind.Forwarded && !Parties.MayActFor(directory, actor, accepted.Forwarder!))
        {
            return (new ItemChangeResult(
                ChangeStatus.NotAllowed,
                item,
                $"Du kan vidarebefordra i eget namn eller för en funktionsbrevlåda där du är registrator eller ersättare, men inte för {accepted.Forwarder}. Du är inloggad som {actor.Id}.",
                $"You can forward as yourself or for a function mailbox you are registrator or substitute of, but not as {accepted.Forwarder}; you are {actor.Id}."), null);
        }

        if (chain)
        {
            // An answer to a forward that was answered before is judged whenever it is dated (a second click, a replayed
            // request): the chain says whether it is the same answer or another.
            ItemChange probe = accepted.At < item.Chain.LastActivity ? accepted with { At = item.Chain.LastActivity } : accepted;
            ForwardChainResult result = item.TryOnChain(probe, actor)!;
            return result.Status switch
            {
                ForwardChainStatus.Refused => (new ItemChangeResult(
                    ChangeStatus.Refused, item, result.Message, EnglishRefusal(item, accepted, result), result.Rule?.RuleId), null),
                ForwardChainStatus.AlreadyRecorded => (new ItemChangeResult(
                    ChangeStatus.AlreadyRecorded, item, result.Message, EnglishAlreadyAnswered(result), result.Rule?.RuleId), null),
                _ => (null, accepted),
            };
        }

        if (kind == TrackedEventKind.Closed && item.IsClosed)
        {
            ItemEntry closed = item.Entries.First(e => e.Kind == TrackedEventKind.Closed);
            return (new ItemChangeResult(
                ChangeStatus.AlreadyRecorded,
                item,
                Invariant($"Ärende {item.Id} är redan avslutat ({Swedish(closed.At, now)}); inget ändrades."),
                Invariant($"Item {item.Id} is already closed ({English(closed.At)}); nothing changed.")), null);
        }

        if (item.Entries.LastOrDefault(e => e.Kind == kind) is { } latest
            && latest.At == accepted.At
            && latest.PromisedBy == accepted.PromisedBy
            && string.Equals(latest.Note, accepted.Note, StringComparison.Ordinal))
        {
            return (new ItemChangeResult(
                ChangeStatus.AlreadyRecorded,
                item,
                $"Det här är redan registrerat: {SwedishKind(kind)} {Swedish(latest.At, now)}, av {latest.Actor.Name}. Inget ändrades.",
                $"This was already recorded: {kind} at {English(latest.At)}, by {latest.Actor.Name}; nothing changed."), null);
        }

        return (null, accepted);
    }

    /// <summary>The problems of a change, one per field; empty when it is well formed.</summary>
    private List<ItemProblem> CheckChange(TrackedItem item, ItemChange change, ItemChange accepted, Instant now)
    {
        var problems = new List<ItemProblem>();
        TrackedEventKind kind = change.Kind;
        if (!Enum.IsDefined(kind))
        {
            string names = string.Join(", ", Enum.GetNames<TrackedEventKind>().Where(n => n != nameof(TrackedEventKind.Arrived)));
            problems.Add(new("kind",
                Invariant($"Okänd händelse ({(int)kind}). Ange en av: {names}."),
                Invariant($"Unknown event kind ({(int)kind}); use one of: {names}.")));
        }
        else if (kind == TrackedEventKind.Arrived)
        {
            problems.Add(new("kind",
                "Ankomsten registreras när ärendet skapas och kan inte registreras igen.",
                "The arrival is recorded when the item is registered and cannot be recorded again."));
        }

        if (change.At > now)
        {
            problems.Add(new("at",
                $"Tiden {Swedish(change.At, now)} ligger i framtiden. Ange när det hände, senast nu.",
                $"The time {English(change.At)} is in the future; give when it happened, now at the latest."));
        }
        else if (change.At < item.Arrival.FirstArrival)
        {
            problems.Add(new("at",
                $"Tiden {Swedish(change.At, now)} är före ärendets första ankomst {Swedish(item.Arrival.FirstArrival, now)} (DL-9).",
                $"The time {English(change.At)} is before the item's first arrival {English(item.Arrival.FirstArrival)} (DL-9)."));
        }
        else if (IsChainKind(kind) && change.At < item.Chain.LastActivity && !IsAnsweredBefore(item, accepted))
        {
            problems.Add(new("at",
                $"Tiden {Swedish(change.At, now)} är före ärendets senaste vidarebefordran eller svar {Swedish(item.Chain.LastActivity, now)}. Vidarebefordringar och svar registreras i tidsordning.",
                $"The time {English(change.At)} is before the item's latest forward or answer {English(item.Chain.LastActivity)}; forwards and answers are recorded in time order."));
        }

        if (kind is TrackedEventKind.Acknowledged or TrackedEventKind.PromiseRenewed)
        {
            if (change.PromisedBy is not { } promised)
            {
                problems.Add(new("promisedBy",
                    "Ange när avsändaren kan vänta sig ett svar (DL-3).",
                    "Give when the sender can expect an answer (DL-3)."));
            }
            else if (promised < change.At)
            {
                problems.Add(new("promisedBy",
                    $"Det utlovade svaret {Swedish(promised, now)} kan inte ligga före beskedet {Swedish(change.At, now)} (DL-3).",
                    $"The promised time {English(promised)} cannot be before the message that promises it {English(change.At)} (DL-3)."));
            }
        }

        if (IsChainKind(kind) && accepted.Party is null)
        {
            problems.Add(kind == TrackedEventKind.Forwarded
                ? new("party", "Ange vem ärendet vidarebefordras till.", "Give who the item is forwarded to.")
                : new("party", "Ange vilken mottagare som svarar på vidarebefordran.", "Give the recipient answering the forward."));
        }

        if (kind == TrackedEventKind.Forwarded && accepted.Forwarder is null)
        {
            problems.Add(new("forwarder",
                "Ange vem som vidarebefordrar ärendet.",
                "Give who forwards the item; a calling system must name the forwarder."));
        }

        if (kind == TrackedEventKind.Registered && accepted.Note is null)
        {
            problems.Add(new("note", "Ange diarienumret.", "Give the diarienummer (the registration number)."));
        }

        if (kind == TrackedEventKind.ForwardDeclined && accepted.Note is null)
        {
            problems.Add(new("note",
                "Skriv varför ni är fel mottagare, så att den som är ansvarig kan skicka ärendet rätt (RT-7).",
                "Give why you are the wrong recipient, so that whoever is responsible can send the item to the right place (RT-7)."));
        }

        AddIfTooLong(problems, "party", "Mottagaren", "The party", accepted.Party, OsbyDbContext.MaxPartyLength);
        AddIfTooLong(problems, "forwarder", "Den som vidarebefordrar", "The forwarder", accepted.Forwarder, OsbyDbContext.MaxPartyLength);
        AddIfTooLong(problems, "suggestedRecipient", "Den föreslagna mottagaren", "The suggested recipient", accepted.SuggestedRecipient, OsbyDbContext.MaxPartyLength);
        AddIfTooLong(problems, "note", "Anteckningen", "The note", accepted.Note, OsbyDbContext.MaxNoteLength);
        return problems;
    }

    /// <summary>Whether the change answers a forward that was already answered.</summary>
    private static bool IsAnsweredBefore(TrackedItem item, ItemChange change) =>
        IsAnswerKind(change.Kind) && change.Party is not null && item.ForwardTo(change.Party) is { IsOpen: false };

    private static void AddIfTooLong(List<ItemProblem> problems, string field, string swedishName, string englishName, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            problems.Add(TooLong(field, swedishName, englishName, max, value.Length));
        }
    }

    private static ItemProblem TooLong(string field, string swedishName, string englishName, int max, int length) => new(
        field,
        Invariant($"{swedishName} får vara högst {max} tecken, men är {length}."),
        Invariant($"{englishName} may be at most {max} characters long, but is {length}."));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string SwedishKind(TrackedEventKind kind) => kind switch
    {
        TrackedEventKind.Acknowledged => "mottagningsbekräftelse",
        TrackedEventKind.PromiseRenewed => "nytt besked om när svar kommer",
        TrackedEventKind.Answered => "svar",
        TrackedEventKind.Registered => "diarieföring",
        TrackedEventKind.Closed => "avslut",
        TrackedEventKind.SefosActivity => "ny aktivitet i SEFOS",
        _ => kind.ToString(),
    };

    private static string EnglishOutcome(ForwardHop hop) => hop.Outcome switch
    {
        HopOutcome.Handling => "handles the item",
        HopOutcome.WrongRecipient => $"wrong recipient ({hop.Reason}){(hop.SuggestedRecipient is { } s ? $", suggested {s}" : string.Empty)}",
        _ => "advertising or routine mail, no action",
    };

    private static string EnglishList(IReadOnlyList<string> parties) => parties.Count switch
    {
        0 => string.Empty,
        1 => parties[0],
        _ => $"{string.Join(", ", parties.Take(parties.Count - 1))} and {parties[^1]}",
    };

    /// <summary>The library's refusal (in Swedish) said in English.</summary>
    private string EnglishRefusal(TrackedItem item, ItemChange change, ForwardChainResult result)
    {
        ForwardChain chain = item.Chain;
        ForwardHop? hop = result.Hop;
        return result.Refusal switch
        {
            ForwardRefusal.AlreadyReceived when hop is { IsArrival: true } && !Parties.Same(change.Party, hop.To) =>
                $"{chain.OriginalSender} is the item's original sender and already has the mail ({string.Join(" → ", chain.OriginalSender, chain.FirstReceiver)}). The same mail is not sent twice (RT-8).",
            ForwardRefusal.AlreadyReceived when hop is { IsArrival: true } =>
                $"{hop.To} received the item first, {English(hop.At)}, from {hop.From} ({string.Join(" → ", chain.PathTo(hop.To))}). The same mail is not sent twice (RT-8).",
            ForwardRefusal.AlreadyReceived when hop is not null =>
                $"{hop.To} already received the item {English(hop.At)} from {hop.From} ({string.Join(" → ", chain.PathTo(hop.To))}). The same mail is not sent twice (RT-8).",
            ForwardRefusal.NotReceived =>
                $"{change.Forwarder} has not received the item and cannot forward it: only someone who received it can pass it on. The item is with {EnglishList(chain.Recipients)} (RT-8).",
            ForwardRefusal.NotForwardedTo when hop is { IsArrival: true } =>
                $"{hop.To} received the item first, {English(hop.At)}, and has no forward to answer. The initially receiving instance is responsible until a recipient confirms they handle the item (RT-7).",
            ForwardRefusal.NotForwardedTo =>
                $"{change.Party} was not forwarded the item and has no forward to answer. The item is with {EnglishList(chain.Recipients)} (DL-6).",
            ForwardRefusal.AlreadyAnswered when hop is not null =>
                $"{hop.To} already answered {English(hop.AnsweredAt!.Value)}: {EnglishOutcome(hop)}. A forward is answered once; if the item should go on, forward it (DL-6).",
            _ => $"The forward chain refused the change ({result.Refusal}).",
        };
    }

    /// <summary>The library's "already answered" (in Swedish) said in English.</summary>
    private string EnglishAlreadyAnswered(ForwardChainResult result) => result.Hop is { AnsweredAt: { } answered } hop
        ? $"{hop.To} already answered {English(answered)}: {EnglishOutcome(hop)}. The answer is recorded once (DL-6)."
        : "This was already recorded; nothing changed.";
}
