namespace Osby.Policy.Routing;

/// <summary>Why an operation on a <see cref="ForwardChain"/> was refused.</summary>
public enum ForwardRefusal
{
    /// <summary>The operation was not refused.</summary>
    None = 0,

    /// <summary>The recipient already has the item (it was sent to them before, they received it first, or they are the
    /// original sender): the same mail is not sent twice (RT-8).</summary>
    AlreadyReceived = 1,

    /// <summary>The forwarder never received the item, so they cannot forward it (RT-8).</summary>
    NotReceived = 2,

    /// <summary>The item was never forwarded to the one answering, so there is no forward for them to confirm, decline or
    /// mark as advertising (DL-6); this includes the initially receiving instance, which stays responsible (RT-7).</summary>
    NotForwardedTo = 3,

    /// <summary>The recipient already answered the forward differently; an answer is given once (DL-6).</summary>
    AlreadyAnswered = 4,
}
