namespace Osby.Policy.Conduct;

/// <summary>What a draft reply is meant to be, which decides whether the acknowledgement rule CD-6 applies.</summary>
/// <remarks>The default value, <see cref="Detect"/>, lets the reviewer decide from the wording.</remarks>
public enum ReplyPurpose
{
    /// <summary>
    /// Let the reviewer decide: the draft is an acknowledgement (mottagningsbekräftelse) when it says the matter was
    /// received ("vi har tagit emot", "har mottagit", "har kommit in", "mottagningsbekräftelse"), or when it thanks for
    /// the contact ("tack för ditt mejl") and promises to come back ("jag återkommer") or names who handles it.
    /// </summary>
    Detect = 0,

    /// <summary>A final answer or any other reply that is not an acknowledgement; rule CD-6 is not checked.</summary>
    Answer = 1,

    /// <summary>
    /// An acknowledgement or interim reply (riktlinjen avsnitt 2.1.1 and 4): rule CD-6 is checked whatever the wording.
    /// </summary>
    Acknowledgement = 2,
}
