using NodaTime;

namespace Osby.TeamsBot.Items;

/// <summary>One change in the audit trail: who did what to which item, and when.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="At">When the change was stored.</param>
/// <param name="ActorId">Who made it (a person's address or <c>system:&lt;name&gt;</c>).</param>
/// <param name="ActorName">The actor's display name then.</param>
/// <param name="Action">What was done, e.g. "Registered", "Forwarded", "ForwardConfirmed".</param>
/// <param name="Details">The change's details in a line of text (recipient, promise, reason, diarienummer).</param>
internal sealed record AuditEntry(long ItemId, Instant At, string ActorId, string ActorName, string Action, string Details);
