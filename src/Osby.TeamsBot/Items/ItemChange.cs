using NodaTime;

namespace Osby.TeamsBot.Items;

/// <summary>A later event to record on an item (API <c>POST /api/items/{id}/events</c>, or a card button).</summary>
/// <param name="Kind">What happened; never <see cref="TrackedEventKind.Arrived"/>.</param>
/// <param name="At">When it happened; not before the item's latest recorded event, not in the future.</param>
/// <param name="PromisedBy">The promised time, for <see cref="TrackedEventKind.Acknowledged"/> and <see cref="TrackedEventKind.PromiseRenewed"/>.</param>
/// <param name="Party">The recipient of a forward, or the recipient answering it.</param>
/// <param name="Forwarder">Who forwards, for <see cref="TrackedEventKind.Forwarded"/>; the acting person when null.</param>
/// <param name="Note">The diarienummer for <see cref="TrackedEventKind.Registered"/>, the reason for <see cref="TrackedEventKind.ForwardDeclined"/>.</param>
/// <param name="SuggestedRecipient">Who should get the item instead, for <see cref="TrackedEventKind.ForwardDeclined"/>.</param>
internal sealed record ItemChange(
    TrackedEventKind Kind,
    Instant At,
    Instant? PromisedBy = null,
    string? Party = null,
    string? Forwarder = null,
    string? Note = null,
    string? SuggestedRecipient = null);
