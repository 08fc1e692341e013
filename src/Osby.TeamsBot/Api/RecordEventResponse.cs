using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Api;

/// <summary>The answer to <c>POST /api/items/{id}/events</c>: whether the event was recorded now or already before, and the item.</summary>
/// <param name="Outcome"><c>applied</c> when recorded now; <c>alreadyRecorded</c> when the item already held it (a replayed request).</param>
/// <param name="Message">For <c>alreadyRecorded</c>, what was already recorded, in the caller's language; otherwise null.</param>
/// <param name="RuleId">The rule behind an <c>alreadyRecorded</c> outcome, e.g. "DL-6", or null.</param>
/// <param name="Item">The item as it is now.</param>
internal sealed record RecordEventResponse(
    [property: ApiEnum(typeof(ChangeStatus), Except = ["refused", "notFound", "notAllowed", "invalid"])] string Outcome,
    string? Message,
    string? RuleId,
    ItemResponse Item);
