namespace Osby.Policy.Routing;

/// <summary>What follows from a routing decision for the person handling the message.</summary>
[Flags]
public enum RoutingObligations
{
    /// <summary>Nothing follows (advertising, RT-6).</summary>
    None = 0,

    /// <summary>Ask the recipient to confirm that they handle it; the forwarder stays responsible until then (RT-7, DL-6).</summary>
    RequestConfirmation = 1,

    /// <summary>Give the sender a response within one working day of the first arrival; an acknowledgement is enough (DL-1, DL-9).</summary>
    AcknowledgeWithinOneWorkingDay = 2,

    /// <summary>Register it (RC-1, RC-7); see <c>Osby.Policy.Records.RecordsAdvice</c> for the details.</summary>
    Register = 4,

    /// <summary>A request for a public document: handle it the same working day (DL-8).</summary>
    HandleSameDay = 8,
}
