namespace Osby.Policy.Routing;

/// <summary>How the recipient of a forward answered it (DL-6, RT-7).</summary>
/// <remarks>The default value, <see cref="Open"/>, means no answer yet. A hop's outcome is set once.</remarks>
public enum HopOutcome
{
    /// <summary>No answer yet: the recipient has not said whether they handle the item.</summary>
    Open = 0,

    /// <summary>The recipient handles the item ("hanterar ärendet") and takes over the responsibility (RT-7, DL-6).
    /// The first hop, the arrival, always has this outcome: the initially receiving instance is responsible from the start.</summary>
    Handling = 1,

    /// <summary>The recipient is the wrong one ("fel mottagare"), with a reason and perhaps a suggested recipient; the
    /// responsibility stays where it was (RT-7).</summary>
    WrongRecipient = 2,

    /// <summary>Advertising or routine mail ("reklam eller rutinutskick"): no action, no confirmation owed (RT-6, RC-2, DL-6).</summary>
    Advertising = 3,
}
