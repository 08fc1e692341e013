using System.Globalization;
using NodaTime;
using Osby.Policy.Deadlines;
using Osby.Policy.Routing;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Answers;

/// <summary>The Swedish sentences about tracked items, for the item cards and the bot's messages: one writer per sentence.</summary>
/// <remarks>
/// Parties are written by name when one is known (<see cref="ItemView.Name"/>), never as raw keys then. Nothing here writes
/// an item's subject, and on a sensitive item (information value 2 or more, RT-14) nothing writes the sender either: the
/// sender category stands in for it. Times are written by <see cref="SwedishDateText"/>, the year only when it is not this one.
/// </remarks>
internal static class ItemTexts
{
    /// <summary>What a card shows instead of the subject of a sensitive item (RT-14).</summary>
    public const string SubjectHidden =
        "Ämnet visas inte: informationsvärde 2 eller högre (RT-14). Öppna ärendet i SEFOS eller diariet.";

    /// <summary>The line on an item card when registering found the item already registered.</summary>
    public const string AlreadyRegistered = "Redan registrerat: ärendet fanns redan, så inget nytt ärende skapades.";

    /// <summary>The empty state of "mina ärenden".</summary>
    public const string NoOpenItems = "Du har inga öppna ärenden.";

    /// <summary>Writes the sender category in Swedish, e.g. "Privatperson".</summary>
    /// <param name="category">The category.</param>
    /// <returns>The name, capitalised.</returns>
    public static string SenderCategoryName(SenderCategory category) => category switch
    {
        SenderCategory.Resident => "Privatperson",
        SenderCategory.Business => "Företag",
        SenderCategory.Authority => "Myndighet",
        SenderCategory.Organisation => "Förening eller organisation",
        SenderCategory.Staff => "Medarbetare",
        _ => "Okänd avsändare",
    };

    /// <summary>Writes who sent the item: the sender's name (with the category when known), or on a sensitive item only the category (RT-8, RT-14).</summary>
    /// <param name="view">The item.</param>
    /// <returns>E.g. "anna@example.se (privatperson)" or "Privatperson".</returns>
    public static string SenderText(ItemView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        ItemArrival arrival = view.Item.Arrival;
        if (view.Item.IsSensitive)
        {
            return SenderCategoryName(arrival.SenderCategory);
        }

        string name = view.Name(arrival.OriginalSender);
        return arrival.SenderCategory == SenderCategory.Unknown
            ? name
            : $"{name} ({SenderCategoryName(arrival.SenderCategory).ToLowerInvariant()})";
    }

    /// <summary>Writes the way the item took inside the municipality, by name, from the first receiver (RT-8).</summary>
    /// <param name="view">The item.</param>
    /// <param name="party">The recipient to write the way to; null for the latest recipient.</param>
    /// <returns>E.g. "Osby kommun → Kontaktcenter → Anna Andersson". The original sender is not part of it; cards show the sender beside it.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> has not received the item.</exception>
    public static string ChainText(ItemView view, string? party = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        ForwardChain chain = view.Item.Chain;
        IReadOnlyList<string> path = chain.PathTo(party ?? chain.Recipients[^1]);
        if (path.Count == 0)
        {
            throw new ArgumentException($"{party} has not received item {view.Item.Id}.", nameof(party));
        }

        return string.Join(" → ", path.Skip(1).Select(view.Name));
    }

    /// <summary>Writes a time the way the bot says it, e.g. "lördag 28 november kl. 14.02".</summary>
    /// <param name="view">The item; gives the zone and the current year.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The text.</returns>
    public static string When(ItemView view, Instant at)
    {
        ArgumentNullException.ThrowIfNull(view);
        return SwedishDateText.Format(view.Local(at), view.Now.Year);
    }

    /// <summary>Writes where an obligation stands: "i tid", "snart", "försenad", "klar" ("klar, men för sent" when met late), or "gäller inte".</summary>
    /// <param name="obligation">The obligation.</param>
    /// <returns>The words.</returns>
    public static string StateText(Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        return obligation.State switch
        {
            ObligationState.Pending => "i tid",
            ObligationState.DueSoon => "snart",
            ObligationState.Overdue => "försenad",
            ObligationState.Met => obligation.IsLate ? "klar, men för sent" : "klar",
            _ => "gäller inte",
        };
    }

    /// <summary>Writes what an obligation asks, with its rule, naming the recipient of a forward by name.</summary>
    /// <param name="view">The item.</param>
    /// <param name="obligation">The obligation.</param>
    /// <returns>E.g. "Anna Andersson bekräftar om ärendet hanteras (DL-6)".</returns>
    public static string ObligationText(ItemView view, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(obligation);
        string what = obligation is { Kind: ObligationKind.ForwardConfirmation, Party: { } party }
            ? $"{view.Name(party)} bekräftar om ärendet hanteras"
            : obligation.Description;
        return $"{what} ({obligation.Rule.RuleId})";
    }

    /// <summary>Names what an obligation asks in a few words, naming the recipient of a forward, for lists with little room.</summary>
    /// <param name="view">The item.</param>
    /// <param name="obligation">The obligation.</param>
    /// <returns>E.g. "Första svar" or "Bekräftelse från Anna Andersson".</returns>
    public static string ObligationLabel(ItemView view, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(obligation);
        return obligation is { Kind: ObligationKind.ForwardConfirmation, Party: { } party }
            ? $"Bekräftelse från {view.Name(party)}"
            : DeadlineAnswerer.Label(obligation.Kind);
    }

    /// <summary>Writes an obligation's due time and state, e.g. "fredag 27 november kl. 14.05 (snart)".</summary>
    /// <param name="view">The item.</param>
    /// <param name="obligation">The obligation; its <see cref="Obligation.Due"/> is set.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException">The obligation has no due time.</exception>
    public static string DueText(ItemView view, Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(obligation);
        Instant due = obligation.Due ?? throw new ArgumentException("The obligation has no due time.", nameof(obligation));
        return $"{When(view, due)} ({StateText(obligation)})";
    }

    /// <summary>Writes the information value with what it means, e.g. "2 – bara via SEFOS (RT-14)".</summary>
    /// <param name="informationValue">The value, 0–3.</param>
    /// <returns>The text.</returns>
    public static string InformationValueText(int informationValue) =>
        informationValue >= ItemArrival.SensitiveFrom
            ? string.Create(CultureInfo.InvariantCulture, $"{informationValue} – bara via SEFOS (RT-14)")
            : informationValue.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes how the recipient answered a forward, e.g. "hanterar ärendet" or "fel mottagare, skäl: ”Gäller miljö”, förslag: Miljö".</summary>
    /// <param name="view">The item; gives the names.</param>
    /// <param name="hop">The hop.</param>
    /// <returns>The words, lower case.</returns>
    public static string OutcomeText(ItemView view, ForwardHop hop)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(hop);
        if (hop.IsArrival)
        {
            return "tog emot ärendet först";
        }

        return hop.Outcome switch
        {
            HopOutcome.Handling => "hanterar ärendet",
            HopOutcome.WrongRecipient => "fel mottagare, skäl: " + Quote(hop.Reason ?? string.Empty)
                + (hop.SuggestedRecipient is { } s ? $", förslag: {view.Name(s)}" : string.Empty),
            HopOutcome.Advertising => "reklam eller rutinutskick, ingen åtgärd",
            _ => "har inte svarat än",
        };
    }

    /// <summary>Writes who answered a forward: the recipient, or the person who answered for them (RT-11), e.g. "Bo Berg för Bygglov".</summary>
    /// <param name="view">The item.</param>
    /// <param name="hop">The hop.</param>
    /// <returns>The name or names.</returns>
    public static string AnsweredBy(ItemView view, ForwardHop hop)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(hop);
        string recipient = view.Name(hop.To);
        ItemEntry? answer = view.Item.Entries.LastOrDefault(e =>
            e.Kind is TrackedEventKind.ForwardConfirmed or TrackedEventKind.ForwardDeclined or TrackedEventKind.MarkedAsAdvertising
            && Parties.Same(e.Party, hop.To));
        if (answer is null || answer.Actor.IsSystem || Parties.Same(answer.Actor.Id, hop.To))
        {
            return recipient;
        }

        string known = view.Name(answer.Actor.Id);
        string actor = Parties.Same(known, answer.Actor.Id) ? answer.Actor.Name : known;
        return $"{actor} för {recipient}";
    }

    /// <summary>Writes the answer of a forward as a sentence for everyone who sees its card, e.g.
    /// "Anna Andersson svarade lördag 28 november kl. 14.02: hanterar ärendet."</summary>
    /// <param name="view">The item.</param>
    /// <param name="hop">The hop.</param>
    /// <returns>The sentence; for an open hop, that the recipient has not answered yet. A wrong recipient adds who is still responsible (RT-7).</returns>
    public static string AnswerLine(ItemView view, ForwardHop hop)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(hop);
        if (hop.IsOpen || hop.AnsweredAt is not { } at)
        {
            return $"{view.Name(hop.To)} har inte svarat än.";
        }

        string line = $"{AnsweredBy(view, hop)} svarade {When(view, at)}: {OutcomeText(view, hop)}.";
        return hop.Outcome == HopOutcome.WrongRecipient
            ? $"{line} {view.Name(view.Item.Responsible)} är fortfarande ansvarig (RT-7)."
            : line;
    }

    /// <summary>Writes the message to the forwarder when the recipient answered (DL-6, RT-7).</summary>
    /// <param name="view">The item.</param>
    /// <param name="hop">The answered hop.</param>
    /// <returns>E.g. "Anna Andersson hanterar ärende 42 (bekräftat lördag 28 november kl. 14.02)."; for a wrong recipient the reason,
    /// the suggestion and "Du är fortfarande ansvarig (RT-7)." (or who is, when the forwarder is not).</returns>
    /// <exception cref="ArgumentException"><paramref name="hop"/> is the arrival or not answered yet.</exception>
    public static string OutcomeNotice(ItemView view, ForwardHop hop)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(hop);
        if (hop.IsArrival || hop.IsOpen || hop.AnsweredAt is not { } at)
        {
            throw new ArgumentException("Only an answered forward has an outcome to tell.", nameof(hop));
        }

        string who = AnsweredBy(view, hop);
        string id = view.Item.Id.ToString(CultureInfo.InvariantCulture);
        string when = When(view, at);
        switch (hop.Outcome)
        {
            case HopOutcome.Handling:
                return $"{who} hanterar ärende {id} (bekräftat {when}).";
            case HopOutcome.WrongRecipient:
                string suggestion = hop.SuggestedRecipient is { } s ? $" Förslag: {view.Name(s)}." : string.Empty;
                string responsible = Parties.Same(view.Item.Responsible, hop.From)
                    ? "Du är fortfarande ansvarig (RT-7)."
                    : $"{view.Name(view.Item.Responsible)} är fortfarande ansvarig (RT-7).";
                return $"{who} är fel mottagare för ärende {id} (svarade {when}). Skäl: {Quote(hop.Reason ?? string.Empty)}.{suggestion} {responsible}";
            default:
                return $"{who} markerade ärende {id} som reklam eller rutinutskick, ingen åtgärd ({when}). Inget mer behöver göras (RT-6).";
        }
    }

    /// <summary>Writes the notice on a forward card for someone who may not answer it (RT-11).</summary>
    /// <param name="view">The item.</param>
    /// <param name="party">The forward's recipient.</param>
    /// <returns>E.g. "Bara Anna Andersson eller ersättaren kan svara på den här vidarebefordran."</returns>
    public static string OnlyRecipientMayAnswer(ItemView view, string party)
    {
        ArgumentNullException.ThrowIfNull(view);
        return $"Bara {view.Name(party)} eller ersättaren kan svara på den här vidarebefordran.";
    }

    /// <summary>Writes how many more items there are than the card shows, e.g. "… och 3 till."</summary>
    /// <param name="count">How many more.</param>
    /// <returns>The line.</returns>
    public static string MoreItems(int count) => string.Create(CultureInfo.InvariantCulture, $"… och {count} till.");

    /// <summary>Quotes someone's words in Swedish quotation marks, clipped as cards clip quotations.</summary>
    private static string Quote(string text) => CardText.Quote(text);
}
