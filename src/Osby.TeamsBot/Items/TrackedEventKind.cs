namespace Osby.TeamsBot.Items;

/// <summary>What happened to a tracked item. The stored numbers never change.</summary>
internal enum TrackedEventKind
{
    /// <summary>First arrival (always the first entry; created by registering).</summary>
    Arrived = 1,

    /// <summary>A receipt with a promise sent to the sender (DL-1, DL-3); needs <see cref="ItemChange.PromisedBy"/>.</summary>
    Acknowledged = 2,

    /// <summary>A new promise (a status update, DL-3); needs <see cref="ItemChange.PromisedBy"/>.</summary>
    PromiseRenewed = 3,

    /// <summary>The sender got a final answer (or a callback was made, DL-2).</summary>
    Answered = 4,

    /// <summary>Forwarded by <see cref="ItemChange.Forwarder"/> to <see cref="ItemChange.Party"/> with a request to confirm (RT-7, RT-8).</summary>
    Forwarded = 5,

    /// <summary><see cref="ItemChange.Party"/> confirmed they handle it (DL-6): responsibility moves to them.</summary>
    ForwardConfirmed = 6,

    /// <summary><see cref="ItemChange.Party"/> is the wrong recipient (<see cref="ItemChange.Note"/>: reason; <see cref="ItemChange.SuggestedRecipient"/>).</summary>
    ForwardDeclined = 7,

    /// <summary><see cref="ItemChange.Party"/> found advertising or routine mail: no action (RT-6, RC-2).</summary>
    MarkedAsAdvertising = 8,

    /// <summary>Registered (diariefört) with the diarienummer in <see cref="ItemChange.Note"/>.</summary>
    Registered = 9,

    /// <summary>Closed: nothing more is owed.</summary>
    Closed = 10,

    /// <summary>New activity in the item's SEFOS conversation (restarts the 35 days, DL-4).</summary>
    SefosActivity = 11,
}
