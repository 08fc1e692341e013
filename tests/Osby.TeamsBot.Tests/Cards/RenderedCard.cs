using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Tests.Cards;

/// <summary>A card as Teams receives it (the JSON from <see cref="CardJson"/>), with what the tests look for in it.</summary>
internal sealed class RenderedCard
{
    private static readonly string[] Verbs = [.. typeof(CardVerbs).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.Name != nameof(CardVerbs.VerbKey)).Select(f => (string)f.GetRawConstantValue()!)];

    public RenderedCard(AdaptiveCard card)
    {
        Json = CardJson.ToJsonString(card);
        Root = JsonNode.Parse(Json)!.AsObject();
        Objects = [.. Walk(Root)];
    }

    /// <summary>Gets the compact JSON.</summary>
    public string Json { get; }

    /// <summary>Gets the parsed JSON.</summary>
    public JsonObject Root { get; }

    /// <summary>Gets the size in UTF-8 bytes.</summary>
    public int Bytes => Encoding.UTF8.GetByteCount(Json);

    /// <summary>Gets every JSON object of the card, in document order.</summary>
    public IReadOnlyList<JsonObject> Objects { get; }

    /// <summary>Gets every <c>Action.Execute</c>, in the body or the action bar.</summary>
    public IReadOnlyList<JsonObject> Buttons => OfType("Action.Execute");

    /// <summary>Gets the texts a user reads: text blocks, "title: value" of facts, input labels and choice titles.</summary>
    public IReadOnlyList<string> Texts => [.. Objects.SelectMany(TextsOf)];

    /// <summary>Gets all texts as one string, one per line.</summary>
    public string AllText => string.Join('\n', Texts);

    public static RenderedCard Of(AdaptiveCard? card)
    {
        card.Should().NotBeNull();
        return new RenderedCard(card!);
    }

    public IReadOnlyList<JsonObject> OfType(string type) =>
        [.. Objects.Where(o => o["type"] is JsonValue v && v.TryGetValue(out string? t) && t == type)];

    public JsonObject Button(string title)
    {
        JsonObject[] matches = [.. Buttons.Where(b => (string?)b["title"] == title)];
        matches.Should().ContainSingle("the card should have one button \"{0}\"", title);
        return matches[0];
    }

    public JsonObject Input(string id)
    {
        JsonObject[] matches = [.. Objects.Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true && (string?)o["id"] == id)];
        matches.Should().ContainSingle("the card should have one input \"{0}\"", id);
        return matches[0];
    }

    /// <summary>Checks what every card must be: valid against the 1.5 schema, under 28 KB, full width, and every button well-formed.</summary>
    public RenderedCard ShouldBeAValidTeamsCard()
    {
        CardSchema.Errors(Root).Should().BeEmpty();
        Bytes.Should().BeLessThan(28 * 1024);
        ((string?)Root["msteams"]?["width"]).Should().Be("Full");
        ((string?)Root["version"]).Should().Be("1.5");

        foreach (JsonObject button in Buttons)
        {
            string? verb = (string?)button["verb"];
            verb.Should().BeOneOf(Verbs);
            ((string?)button["data"]?[CardVerbs.VerbKey]).Should().Be(verb, "the data carries the verb for the fallback");

            JsonObject? fallback = button["fallback"] as JsonObject;
            fallback.Should().NotBeNull("every button falls back to Action.Submit for Teams mobile");
            ((string?)fallback!["type"]).Should().Be("Action.Submit");
            ((string?)fallback["title"]).Should().Be((string?)button["title"]);
            JsonNode.DeepEquals(fallback["data"], button["data"]).Should().BeTrue("the fallback sends the same data and verb");
        }

        foreach (JsonObject submit in OfType("Action.Submit"))
        {
            Buttons.Should().Contain(b => ReferenceEquals(b["fallback"], submit), "Action.Submit appears only as a fallback");
        }
        return this;
    }

    private static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (KeyValuePair<string, JsonNode?> property in o)
                {
                    foreach (JsonObject child in Walk(property.Value))
                    {
                        yield return child;
                    }
                }

                break;
            case JsonArray a:
                foreach (JsonObject child in a.SelectMany(Walk))
                {
                    yield return child;
                }

                break;
        }
    }

    private static IEnumerable<string> TextsOf(JsonObject o)
    {
        switch ((string?)(o["type"] as JsonValue))
        {
            case "TextBlock":
                yield return (string)o["text"]!;
                break;
            case "FactSet":
                foreach (JsonNode? fact in o["facts"]!.AsArray())
                {
                    yield return $"{(string)fact!["title"]!}: {(string)fact["value"]!}";
                }

                break;
            case "Input.ChoiceSet":
                yield return (string?)o["label"] ?? string.Empty;
                foreach (JsonNode? choice in o["choices"]!.AsArray())
                {
                    yield return (string)choice!["title"]!;
                }

                break;
            case "Input.Date" or "Input.Time" or "Input.Text":
                yield return (string?)o["label"] ?? string.Empty;
                break;
        }
    }
}
