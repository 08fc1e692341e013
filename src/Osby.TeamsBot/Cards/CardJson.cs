using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Osby.TeamsBot.Cards;

/// <summary>Turns an <see cref="AdaptiveCard"/> into the JSON Teams renders: the one place cards are serialised.</summary>
/// <remarks>
/// Property names are camelCase, nulls are left out, and Swedish letters (å, ä, ö) are written as they are rather than
/// as <c>\u00e5</c> escapes. Quotes, backslashes and control characters in the text are still escaped, so the output is
/// valid JSON whatever the user typed. The relaxed encoder is safe here because the JSON is never embedded in HTML.
/// </remarks>
internal static class CardJson
{
    /// <summary>The content type of an Adaptive Card attachment.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The largest card, in UTF-8 bytes, the factories aim to stay under (Teams refuses messages over about 28 KB).</summary>
    public const int MaxBytes = 28 * 1024;

    /// <summary>Gets the serializer settings for cards.</summary>
    internal static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serialises a card to a JSON object.</summary>
    /// <param name="card">The card.</param>
    /// <returns>The card as a mutable JSON object.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    public static JsonObject ToJsonObject(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToNode(card, Options)!.AsObject();
    }

    /// <summary>Serialises a card to JSON text.</summary>
    /// <param name="card">The card.</param>
    /// <param name="indented">Whether to indent the JSON (for reading or the Designer).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    public static string ToJsonString(AdaptiveCard card, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(card);
        return indented
            ? JsonSerializer.Serialize(card, new JsonSerializerOptions(Options) { WriteIndented = true })
            : JsonSerializer.Serialize(card, Options);
    }

    /// <summary>Gets the size of the card's compact JSON in UTF-8 bytes.</summary>
    /// <param name="card">The card.</param>
    /// <returns>The number of bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    public static int SizeInBytes(AdaptiveCard card) => Encoding.UTF8.GetByteCount(ToJsonString(card));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
