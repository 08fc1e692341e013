namespace Osby.Policy.Routing;

/// <summary>What to do with an inbound message (rules RT-1 … RT-16).</summary>
/// <remarks>The value 0 is not a valid action.</remarks>
public enum RoutingAction
{
    /// <summary>Forward to a function mailbox (its registrator) and ask for confirmation (RT-1, RT-7, RT-12).</summary>
    ForwardToMailbox = 1,

    /// <summary>Forward to a named person (a förvaltningschef, a presidium) with a copy to Kanslienheten (RT-5).</summary>
    ForwardWithCopyToKanslienheten = 2,

    /// <summary>Answer it where it arrived: it belongs there (RT-3), or it is a simple question for Kontaktcenter (RT-1).</summary>
    AnswerDirectly = 3,

    /// <summary>Advertising or routine mail: no duty to forward; the registrator decides whether to pass it on (RT-6).</summary>
    NoDutyToForward = 4,

    /// <summary>Sent to an internal mailbox that is not for this (kontaktcenter@osby.se, RT-2): send it on to kommun@osby.se and tell the sender.</summary>
    MisroutedInternalMailbox = 5,

    /// <summary>Sent to a deactivated function mailbox: redirect to its successor (RT-10).</summary>
    RedirectDeactivatedMailbox = 6,

    /// <summary>Unsure where it belongs: consult Kanslienheten or the likely förvaltning before forwarding (RT-7).</summary>
    ConsultKanslienheten = 7,

    /// <summary>Information value 2–3: continue in SEFOS, not in ordinary e-mail or chat (RT-14).</summary>
    UseSefos = 8,

    /// <summary>Criticism or feedback on social media: answer only after consulting the manager, and move the dialogue to another channel (RT-13).</summary>
    ConsultManager = 9,

    /// <summary>An illegal comment on social media: save it, register it, then remove it in consultation with the manager (RT-16, RC-4).</summary>
    SaveRegisterAndRemove = 10,
}
