namespace Osby.Policy.Deadlines;

/// <summary>What happened to an item (rules DL-1 … DL-9).</summary>
/// <remarks>The value 0 is not a valid kind.</remarks>
public enum ItemEventKind
{
    /// <summary>The item first reached the municipality (DL-9): the response clock starts here.</summary>
    Arrived = 1,

    /// <summary>The sender got an acknowledgement with a promised time for the final answer (DL-1, DL-3, CD-6).</summary>
    Acknowledged = 2,

    /// <summary>The sender got a status update with a new promised time (DL-3).</summary>
    PromiseRenewed = 3,

    /// <summary>The item was forwarded to a person or a function mailbox (RT-7, RT-8).</summary>
    Forwarded = 4,

    /// <summary>A recipient confirmed that they handle the forwarded item (DL-6).</summary>
    ForwardConfirmed = 5,

    /// <summary>A recipient declined a forward ("fel mottagare"): the forwarder is still responsible (RT-7).</summary>
    ForwardDeclined = 6,

    /// <summary>The sender got the final answer (or the voicemail was returned, or the document request was handled).</summary>
    Answered = 7,

    /// <summary>The item was registered (diariefört) (RC-1, RC-7).</summary>
    Registered = 8,

    /// <summary>The item was closed: nothing more is owed.</summary>
    Closed = 9,

    /// <summary>New activity in the item's SEFOS conversation: the 35-day purge clock restarts (DL-4).</summary>
    SefosActivity = 10,

    /// <summary>The item was judged advertising or routine mail: no duty to answer, forward or confirm (RT-6, RC-2).</summary>
    MarkedAsRoutine = 11,
}
