using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Bots;

/// <summary>The one place where a card becomes what the Bot Framework sends: an attachment or an invoke value.</summary>
internal static class CardAttachment
{
    /// <summary>The content type of an Adaptive Card attachment and of a card invoke response.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Wraps a card in a message attachment.</summary>
    /// <param name="card">The card.</param>
    /// <returns>The attachment.</returns>
    public static Attachment From(AdaptiveCard card) => new() { ContentType = ContentType, Content = ToJObject(card) };

    /// <summary>Converts a card to the JSON object the SDK serialises (it uses Newtonsoft.Json).</summary>
    /// <param name="card">The card.</param>
    /// <returns>The card as a <see cref="JObject"/>.</returns>
    public static JObject ToJObject(AdaptiveCard card) => JObject.Parse(CardJson.ToJsonString(card));
}
