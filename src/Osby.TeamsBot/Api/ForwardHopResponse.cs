using NodaTime;
using Osby.Policy.Routing;

namespace Osby.TeamsBot.Api;

/// <summary>One step of an item's forward chain (RT-7, RT-8, DL-6); the first is the arrival.</summary>
/// <param name="From">Who sent it on this hop: the original sender for the arrival, otherwise the forwarder.</param>
/// <param name="To">Who received it.</param>
/// <param name="At">When it was sent.</param>
/// <param name="Outcome">How the recipient answered; <c>open</c> until they do, <c>handling</c> for the arrival.</param>
/// <param name="AnsweredAt">When the recipient answered, or null while open.</param>
/// <param name="Reason">Why the recipient is the wrong one, for <c>wrongRecipient</c>.</param>
/// <param name="SuggestedRecipient">Who the recipient suggested instead, for <c>wrongRecipient</c>.</param>
internal sealed record ForwardHopResponse(
    string From,
    string To,
    [property: ApiTimestamp] string At,
    [property: ApiEnum(typeof(HopOutcome))] string Outcome,
    [property: ApiTimestamp] string? AnsweredAt,
    string? Reason,
    string? SuggestedRecipient)
{
    /// <summary>Builds the response for a hop.</summary>
    /// <param name="hop">The hop.</param>
    /// <param name="zone">The zone to write times in.</param>
    /// <returns>The response.</returns>
    public static ForwardHopResponse Create(ForwardHop hop, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(hop);
        return new(
            hop.From,
            hop.To,
            ApiTime.Write(hop.At, zone),
            ApiNames.Of(hop.Outcome),
            ApiTime.Write(hop.AnsweredAt, zone),
            hop.Reason,
            hop.SuggestedRecipient);
    }
}
