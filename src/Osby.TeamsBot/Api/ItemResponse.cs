using System.ComponentModel;
using NodaTime;
using Osby.Policy;
using Osby.Policy.Deadlines;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Api;

/// <summary>An item as the API shows it: the arrival's fields, who is responsible, every entry, the forward chain and what is owed now.</summary>
/// <param name="Id">The item's id (its number for staff, "ärende 42").</param>
/// <param name="Channel">Where it came in.</param>
/// <param name="FirstArrival">When it first reached the municipality (DL-9).</param>
/// <param name="OriginalSender">Who sent it.</param>
/// <param name="SenderCategory">What kind of sender.</param>
/// <param name="Subject">The subject (the API's callers are trusted systems, so it is shown even for sensitive items).</param>
/// <param name="Mailbox">The first receiver.</param>
/// <param name="InformationValue">The SEFOS routine's information value, 0–3 (RT-14).</param>
/// <param name="ExternalMessageId">The calling system's id of the message, or null.</param>
/// <param name="Responsible">Who is responsible now (RT-7).</param>
/// <param name="Closed">Whether the item was closed.</param>
/// <param name="Entries">Every recorded event, the arrival first.</param>
/// <param name="Hops">The forward chain, the arrival first (RT-8).</param>
/// <param name="Obligations">What is owed now (the obligations that apply, met or not).</param>
internal sealed record ItemResponse(
    long Id,
    [property: ApiEnum(typeof(Channel))] string Channel,
    [property: ApiTimestamp] string FirstArrival,
    string OriginalSender,
    [property: ApiEnum(typeof(SenderCategory))] string SenderCategory,
    string? Subject,
    string Mailbox,
    int InformationValue,
    string? ExternalMessageId,
    [property: Description("Who is responsible now (RT-7): the first receiver until a forward is confirmed.")] string Responsible,
    bool Closed,
    IReadOnlyList<ItemEntryResponse> Entries,
    IReadOnlyList<ForwardHopResponse> Hops,
    [property: Description("What is owed now, computed at the time of the response by the service policy (DL-1 … DL-9). Obligations that do not apply to the item are left out.")]
    IReadOnlyList<ObligationResponse> Obligations)
{
    /// <summary>Builds the response for an item.</summary>
    /// <param name="item">The item.</param>
    /// <param name="policy">The service policy (its clock's zone writes the times).</param>
    /// <param name="now">Now, for the obligations.</param>
    /// <returns>The response.</returns>
    public static ItemResponse Create(TrackedItem item, ServicePolicy policy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(policy);
        DateTimeZone zone = policy.Clock.Zone;
        ItemArrival arrival = item.Arrival;
        return new(
            item.Id,
            ApiNames.Of(arrival.Channel),
            ApiTime.Write(arrival.FirstArrival, zone),
            arrival.OriginalSender,
            ApiNames.Of(arrival.SenderCategory),
            arrival.Subject,
            arrival.Mailbox,
            arrival.InformationValue,
            arrival.ExternalMessageId,
            item.Responsible,
            item.IsClosed,
            [.. item.Entries.Select(e => ItemEntryResponse.Create(e, zone))],
            [.. item.Chain.Hops.Select(h => ForwardHopResponse.Create(h, zone))],
            [.. item.Obligations(policy, now).Where(o => o.State != ObligationState.NotApplicable).Select(o => ObligationResponse.Create(o, zone))]);
    }
}
