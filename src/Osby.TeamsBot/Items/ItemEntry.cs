using NodaTime;

namespace Osby.TeamsBot.Items;

/// <summary>One recorded event of an item, as stored: what happened, when, and who recorded it.</summary>
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
internal sealed record ItemEntry(
    int Sequence,
    TrackedEventKind Kind,
    Instant At,
    Instant RecordedAt,
    Actor Actor,
    string? Party = null,
    string? Forwarder = null,
    string? Note = null,
    Instant? PromisedBy = null,
    string? SuggestedRecipient = null);
