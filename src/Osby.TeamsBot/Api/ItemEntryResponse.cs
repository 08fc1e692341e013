using NodaTime;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Api;

/// <summary>One recorded event of an item.</summary>
/// <param name="Sequence">The entry's number within the item, from 1 (the arrival).</param>
/// <param name="Kind">What happened.</param>
/// <param name="At">When it happened.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="Party">The forward's recipient, or the recipient answering it.</param>
/// <param name="Forwarder">Who forwarded, for a forward.</param>
/// <param name="Note">The diarienummer or the reason.</param>
/// <param name="PromisedBy">The promised time.</param>
/// <param name="SuggestedRecipient">The suggested recipient of a declined forward.</param>
internal sealed record ItemEntryResponse(
    int Sequence,
    [property: ApiEnum(typeof(TrackedEventKind))] string Kind,
    [property: ApiTimestamp] string At,
    [property: ApiTimestamp] string RecordedAt,
    ActorResponse Actor,
    string? Party,
    string? Forwarder,
    string? Note,
    [property: ApiTimestamp] string? PromisedBy,
    string? SuggestedRecipient)
{
    /// <summary>Builds the response for an entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="zone">The zone to write times in.</param>
    /// <returns>The response.</returns>
    public static ItemEntryResponse Create(ItemEntry entry, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(
            entry.Sequence,
            ApiNames.Of(entry.Kind),
            ApiTime.Write(entry.At, zone),
            ApiTime.Write(entry.RecordedAt, zone),
            new ActorResponse(entry.Actor.Id, entry.Actor.Name),
            entry.Party,
            entry.Forwarder,
            entry.Note,
            ApiTime.Write(entry.PromisedBy, zone),
            entry.SuggestedRecipient);
    }
}

/// <summary>Who recorded an entry: a person or a calling system.</summary>
/// <param name="Id">A person's address, or <c>system:&lt;name&gt;</c> for a calling system.</param>
/// <param name="Name">The display name.</param>
internal sealed record ActorResponse(string Id, string Name);
