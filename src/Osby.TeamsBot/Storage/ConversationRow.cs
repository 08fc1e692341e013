using NodaTime;
using Osby.TeamsBot.People;

namespace Osby.TeamsBot.Storage;

/// <summary>A stored <see cref="StoredConversation"/>.</summary>
internal sealed class ConversationRow
{
    /// <summary>Gets or sets the conversation id, the key.</summary>
    public string ConversationId { get; set; } = string.Empty;

    /// <summary>Gets or sets "personal", "channel" or "groupChat".</summary>
    public string ConversationType { get; set; } = string.Empty;

    /// <summary>Gets or sets the user's Teams id, for a personal chat.</summary>
    public string? TeamsUserId { get; set; }

    /// <summary>Gets or sets the service URL last seen.</summary>
    public string ServiceUrl { get; set; } = string.Empty;

    /// <summary>Gets or sets the serialised conversation reference.</summary>
    public string ReferenceJson { get; set; } = string.Empty;

    /// <summary>Gets or sets when it was last refreshed.</summary>
    public Instant UpdatedAt { get; set; }
}
