using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Bots;

/// <summary>The one place where a card becomes what the Bot Framework sends: an attachment or an invoke value.</summary>
internal static class CardAttachment
{
    /// <summary>The content type of an Adaptive Card attachment and of a card invoke response.</summary>
    public const string ContentType = CardJson.ContentType;

    /// <summary>Wraps a card in a message attachment.</summary>
    /// <param name="card">The card.</param>
    /// <returns>The attachment.</returns>
    public static Attachment From(AdaptiveCard card) => new() { ContentType = ContentType, Content = ToJson(card) };

    /// <summary>Converts a card to what the SDK serialises (it uses Newtonsoft.Json): the card's JSON, written as it is.</summary>
    /// <param name="card">The card.</param>
    /// <returns>The card's JSON as a <see cref="JRaw"/>, so it is not parsed into a token tree only to be written out again.</returns>
    public static JRaw ToJson(AdaptiveCard card) => new(CardJson.ToJsonString(card));
}
