using NodaTime;

namespace Osby.TeamsBot.People;

/// <summary>A conversation the bot can write to later (proactive messages), refreshed from every incoming activity.</summary>
/// <param name="ConversationId">The conversation id, the key.</param>
/// <param name="ConversationType">"personal", "channel" or "groupChat".</param>
/// <param name="TeamsUserId">For a personal chat, the user's Teams id; otherwise null.</param>
/// <param name="ServiceUrl">The service URL last seen (Teams can change it).</param>
/// <param name="ReferenceJson">The Bot Framework conversation reference, serialised as the SDK does.</param>
/// <param name="UpdatedAt">When it was last refreshed.</param>
internal sealed record StoredConversation(
    string ConversationId,
    string ConversationType,
    string? TeamsUserId,
    string ServiceUrl,
    string ReferenceJson,
    Instant UpdatedAt);
