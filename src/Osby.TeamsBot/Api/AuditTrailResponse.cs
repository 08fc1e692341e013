using NodaTime;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Api;

/// <summary>An item's audit trail: every change, who made it and when, oldest first.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Entries">The changes.</param>
internal sealed record AuditTrailResponse(long ItemId, IReadOnlyList<AuditEntryResponse> Entries);

/// <summary>One change in an item's audit trail.</summary>
/// <param name="At">When the change was stored.</param>
/// <param name="ActorId">Who made it: a person's address or <c>system:&lt;name&gt;</c>.</param>
/// <param name="ActorName">The actor's display name then.</param>
/// <param name="Action">What was done, e.g. "Registered", "Forwarded", "ForwardConfirmed".</param>
/// <param name="Details">The change's details in a line of text.</param>
internal sealed record AuditEntryResponse([property: ApiTimestamp] string At, string ActorId, string ActorName, string Action, string Details)
{
    /// <summary>Builds the response for an audit entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="zone">The zone to write times in.</param>
    /// <returns>The response.</returns>
    public static AuditEntryResponse Create(AuditEntry entry, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(ApiTime.Write(entry.At, zone), entry.ActorId, entry.ActorName, entry.Action, entry.Details);
    }
}
