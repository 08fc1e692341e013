using NodaTime;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Storage;

/// <summary>A stored <see cref="SentForwardCard"/>; (<see cref="ConversationId"/>, <see cref="ActivityId"/>) is unique.</summary>
internal sealed class SentCardRow
{
    /// <summary>Gets or sets the row id; orders the cards.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the item.</summary>
    public long ItemId { get; set; }

    /// <summary>Gets or sets the forward's recipient.</summary>
    public string Party { get; set; } = string.Empty;

    /// <summary>Gets or sets the conversation the card went to.</summary>
    public string ConversationId { get; set; } = string.Empty;

    /// <summary>Gets or sets the card message's activity id.</summary>
    public string ActivityId { get; set; } = string.Empty;

    /// <summary>Gets or sets when it was sent.</summary>
    public Instant SentAt { get; set; }
}
