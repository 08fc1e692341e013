using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Bots;

/// <summary>What the bot answers to an item command or an item card action.</summary>
/// <param name="Card">The card to show, or null.</param>
/// <param name="Text">A message to send in the chat (a notice, or the whole answer when there is no card), or null.</param>
/// <param name="ReplaceCard">Whether <see cref="Card"/> replaces the clicked card rather than coming as a new message.</param>
internal sealed record ItemReply(AdaptiveCard? Card, string? Text, bool ReplaceCard)
{
    /// <summary>A text-only reply.</summary>
    /// <param name="text">The text, in Swedish.</param>
    /// <returns>The reply.</returns>
    public static ItemReply Say(string text) => new(null, text, ReplaceCard: false);
}
