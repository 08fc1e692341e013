using NodaTime;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Storage;

/// <summary>A stored <see cref="ItemEntry"/>; (<see cref="ItemId"/>, <see cref="Sequence"/>) is unique.</summary>
internal sealed class ItemEntryRow
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the item.</summary>
    public long ItemId { get; set; }

    /// <summary>Gets or sets the entry's number within the item, from 1 (the arrival).</summary>
    public int Sequence { get; set; }

    /// <summary>Gets or sets what happened.</summary>
    public TrackedEventKind Kind { get; set; }

    /// <summary>Gets or sets when it happened.</summary>
    public Instant At { get; set; }

    /// <summary>Gets or sets when it was recorded.</summary>
    public Instant RecordedAt { get; set; }

    /// <summary>Gets or sets who recorded it (party key or <c>system:&lt;name&gt;</c>).</summary>
    public string ActorId { get; set; } = string.Empty;

    /// <summary>Gets or sets the actor's display name then.</summary>
    public string ActorName { get; set; } = string.Empty;

    /// <summary>Gets or sets the forward's recipient, or the recipient answering it.</summary>
    public string? Party { get; set; }

    /// <summary>Gets or sets who forwarded.</summary>
    public string? Forwarder { get; set; }

    /// <summary>Gets or sets the diarienummer or the reason.</summary>
    public string? Note { get; set; }

    /// <summary>Gets or sets the promised time.</summary>
    public Instant? PromisedBy { get; set; }

    /// <summary>Gets or sets the suggested recipient of a declined forward.</summary>
    public string? SuggestedRecipient { get; set; }
}
