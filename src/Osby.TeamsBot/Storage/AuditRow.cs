using NodaTime;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Storage;

/// <summary>A stored <see cref="AuditEntry"/>: one change, who made it and when.</summary>
internal sealed class AuditRow
{
    /// <summary>Gets or sets the row id; orders the trail.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the item.</summary>
    public long ItemId { get; set; }

    /// <summary>Gets or sets when the change was stored.</summary>
    public Instant At { get; set; }

    /// <summary>Gets or sets who made it.</summary>
    public string ActorId { get; set; } = string.Empty;

    /// <summary>Gets or sets the actor's display name then.</summary>
    public string ActorName { get; set; } = string.Empty;

    /// <summary>Gets or sets what was done.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>Gets or sets the change's details.</summary>
    public string Details { get; set; } = string.Empty;
}
