using System.Globalization;
using NodaTime;
using Osby.Policy.Deadlines;
using Osby.Policy.Routing;
using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Answers;

/// <summary>The Swedish words of reminders: a headline and what to do, per kind, with the rule.</summary>
internal static class ReminderTexts
{
    /// <summary>The text of the yearly follow-up of the guideline (DL-7).</summary>
    public const string GuidelineFollowUp =
        "Dags för den årliga uppföljningen av riktlinjen för service och digital kommunikation (DL-7): följ upp med registratorerna hur riktlinjen efterlevs, och se över funktionsbrevlådekatalogen (Bilaga 2).";

    /// <summary>The obligation a reminder kind is about.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The obligation kind, or null for a digest or the guideline follow-up.</returns>
    public static ObligationKind? ObligationOf(ReminderKind kind) => kind switch
    {
        ReminderKind.ResponseDueSoon or ReminderKind.ResponseOverdue or ReminderKind.ResponseOverdueEscalation => ObligationKind.FirstResponse,
        ReminderKind.ForwardUnconfirmed or ReminderKind.ForwardUnconfirmedToForwarder => ObligationKind.ForwardConfirmation,
        ReminderKind.PromiseDueSoon => ObligationKind.StatusUpdate,
        ReminderKind.CallbackDue => ObligationKind.Callback,
        ReminderKind.PublicDocumentDue => ObligationKind.PublicDocumentRequest,
        ReminderKind.SefosPurgeWarning => ObligationKind.SefosPurge,
        _ => null,
    };

    /// <summary>The headline of a reminder card.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="itemId">The item.</param>
    /// <returns>The headline.</returns>
    public static string Headline(ReminderKind kind, long itemId) => kind switch
    {
        ReminderKind.ResponseDueSoon => Invariant($"Påminnelse: ärende {itemId} ska besvaras snart"),
        ReminderKind.ResponseOverdue => Invariant($"Ärende {itemId} är försenat"),
        ReminderKind.ResponseOverdueEscalation => Invariant($"Försenat ärende i din enhet: ärende {itemId}"),
        ReminderKind.ForwardUnconfirmed => Invariant($"Påminnelse: bekräfta ärende {itemId}"),
        ReminderKind.ForwardUnconfirmedToForwarder => Invariant($"Ärende {itemId} är inte bekräftat"),
        ReminderKind.PromiseDueSoon => Invariant($"Lovat besked i ärende {itemId} snart"),
        ReminderKind.CallbackDue => Invariant($"Ring tillbaka: ärende {itemId}"),
        ReminderKind.PublicDocumentDue => Invariant($"Begäran om allmän handling: ärende {itemId}"),
        ReminderKind.SefosPurgeWarning => Invariant($"SEFOS rensar snart: ärende {itemId}"),
        _ => Invariant($"Påminnelse om ärende {itemId}"),
    };

    /// <summary>What the reminder asks the reader to do, with when and the rule.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="view">The item.</param>
    /// <param name="obligation">The obligation it is about.</param>
    /// <param name="responsible">The responsible party's name (for an escalation or a forwarder's reminder).</param>
    /// <param name="waitingFor">The recipient who has not confirmed (for a forwarder's reminder), or null.</param>
    /// <returns>The sentence.</returns>
    public static string WhatToDo(ReminderKind kind, ItemView view, Obligation obligation, string responsible, string? waitingFor)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(obligation);
        string due = obligation.Due is { } d ? ItemTexts.When(view, d) : "snarast";
        return kind switch
        {
            ReminderKind.ResponseDueSoon => $"Avsändaren ska ha ett första svar senast {due} (DL-1). Hinner du inte svara färdigt räcker ett mottagningsbesked med besked om när svaret kommer.",
            ReminderKind.ResponseOverdue => $"Första svaret skulle ha gått senast {due} (DL-1). Svara, eller skicka ett mottagningsbesked med en ny tid, nu.",
            ReminderKind.ResponseOverdueEscalation => $"Första svaret skulle ha gått senast {due} (DL-1). Ansvarig: {responsible}. Hör med den ansvarige hur ärendet ska lösas.",
            ReminderKind.ForwardUnconfirmed => $"Bekräfta om du hanterar ärendet, senast {due} (DL-6). Till dess är {responsible} ansvarig (RT-7).",
            ReminderKind.ForwardUnconfirmedToForwarder => $"{waitingFor ?? "Mottagaren"} har inte bekräftat att ärendet hanteras; det skulle ha skett senast {due} (DL-6). Du är fortfarande ansvarig (RT-7): påminn mottagaren eller vidarebefordra till någon annan.",
            ReminderKind.PromiseDueSoon => $"Avsändaren har fått löfte om besked senast {due}. Blir svaret inte klart: skicka en lägesrapport (DL-3).",
            ReminderKind.CallbackDue => $"Ring tillbaka senast {due} (DL-2).",
            ReminderKind.PublicDocumentDue => $"En begäran om allmän handling ska få besked samma dag, senast {due} (DL-8).",
            ReminderKind.SefosPurgeWarning => $"SEFOS rensar konversationen {due} (DL-4). Registrera det som ska sparas, eller flytta innehållet till ett annat system, före dess.",
            _ => obligation.Description,
        };
    }

    /// <summary>The line after a snooze.</summary>
    /// <param name="now">Now, in the users' zone (gives the zone and the current year).</param>
    /// <param name="at">When the reminder comes again.</param>
    /// <returns>The sentence.</returns>
    public static string Snoozed(ZonedDateTime now, Instant at) =>
        $"Jag påminner dig igen {SwedishDateText.Format(at.InZone(now.Zone).LocalDateTime, now.Year)}.";

    /// <summary>Names the forward a forwarder's reminder is about: the open forward from a party the recipient reads for.</summary>
    /// <param name="view">The item.</param>
    /// <param name="hop">The open forward.</param>
    /// <returns>The recipient's name.</returns>
    public static string WaitingFor(ItemView view, ForwardHop hop) => view.Name(hop.To);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
