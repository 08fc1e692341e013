using NodaTime;
using Osby.Policy.Deadlines;

namespace Osby.TeamsBot.Api;

/// <summary>One thing owed for an item now, as the service policy computes it.</summary>
/// <param name="Kind">What is owed.</param>
/// <param name="State">Where it stands now.</param>
/// <param name="Due">When it is due, or null.</param>
/// <param name="RuleId">The rule it comes from, e.g. "DL-1".</param>
/// <param name="Description">What is owed, in Swedish (the library's words).</param>
/// <param name="Party">The recipient of a forward for a confirmation (DL-6), otherwise null.</param>
internal sealed record ObligationResponse(
    [property: ApiEnum(typeof(ObligationKind))] string Kind,
    [property: ApiEnum(typeof(ObligationState))] string State,
    [property: ApiTimestamp] string? Due,
    string RuleId,
    string Description,
    string? Party)
{
    /// <summary>Builds the response for an obligation.</summary>
    /// <param name="obligation">The obligation.</param>
    /// <param name="zone">The zone to write times in.</param>
    /// <returns>The response.</returns>
    public static ObligationResponse Create(Obligation obligation, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        return new(
            ApiNames.Of(obligation.Kind),
            ApiNames.Of(obligation.State),
            ApiTime.Write(obligation.Due, zone),
            obligation.Rule.RuleId,
            obligation.Description,
            obligation.Party);
    }
}
