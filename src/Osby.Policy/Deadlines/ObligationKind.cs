namespace Osby.Policy.Deadlines;

/// <summary>What is owed for an item.</summary>
/// <remarks>The value 0 is not a valid kind.</remarks>
public enum ObligationKind
{
    /// <summary>A first response to the sender within one working day; an acknowledgement is enough (DL-1).</summary>
    FirstResponse = 1,

    /// <summary>Returning a voicemail, at the latest the next working day (DL-2).</summary>
    Callback = 2,

    /// <summary>The final answer or a status update by the promised time (DL-3).</summary>
    StatusUpdate = 3,

    /// <summary>Registering or moving SEFOS content before the 35-day purge (DL-4, RC-5).</summary>
    SefosPurge = 4,

    /// <summary>A forward's recipient confirming that they handle it (DL-6).</summary>
    ForwardConfirmation = 5,

    /// <summary>Handling a request for a public document the same day (DL-8).</summary>
    PublicDocumentRequest = 6,
}
