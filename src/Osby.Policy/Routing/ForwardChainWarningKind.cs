namespace Osby.Policy.Routing;

/// <summary>What a <see cref="ForwardChainWarning"/> is about.</summary>
/// <remarks>The value 0 is not a valid kind.</remarks>
public enum ForwardChainWarningKind
{
    /// <summary>The item is out with several instances at once, none has confirmed that they handle it, and no handläggare is
    /// appointed: forwarding to several in the hope that someone handles it is not enough (RT-7).</summary>
    ForwardedToSeveralWithoutCaseOfficer = 1,

    /// <summary>A recipient was asked to confirm whether they handle the item and has not answered yet (DL-6).</summary>
    ConfirmationMissing = 2,

    /// <summary>The item was forwarded without asking for confirmation, and the recipient has not answered: always ask (RT-7).</summary>
    ConfirmationNotRequested = 3,

    /// <summary>A recipient declined as the wrong recipient and nothing has happened since: the responsible instance must
    /// get the item to the right place (RT-7).</summary>
    Declined = 4,
}
