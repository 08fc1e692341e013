using System.Text.Json.Nodes;
using Osby.TeamsBot.Tests.Cards;

namespace Osby.TeamsBot.Tests.Hosting;

/// <summary>Reads what a user sees on an Adaptive Card the bot sent: its text and its buttons.</summary>
internal static class SentCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>
    /// Returns the single Adaptive Card attached to a sent activity, failing the test unless it is
    /// valid against the Adaptive Cards 1.5 schema and under Teams' 28 KB.
    /// </summary>
    public static JsonObject CardOf(this SentActivity sent)
    {
        var attachment = sent.Activity["attachments"]!.AsArray().Should().ContainSingle().Subject!.AsObject();
        ((string?)attachment["contentType"]).Should().Be(ContentType);
        return Checked(attachment["content"]!).AsObject();
    }

    /// <summary>Fails the test unless a card the bot sent is schema-valid and under 28 KB; returns it.</summary>
    public static JsonNode Checked(JsonNode card)
    {
        CardSchema.Errors(card).Should().BeEmpty("every card the bot sends must render in Teams (Adaptive Cards 1.5)");
        System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString()).Should().BeLessThan(28 * 1024);
        return card;
    }

    /// <summary>All text a user can read on a card (text blocks, facts, labels, choices, button titles), joined by newlines.</summary>
    public static string Text(JsonNode card)
    {
        var parts = new List<string>();
        Collect(card, parts);
        return string.Join("\n", parts);
    }

    /// <summary>Every action on the card, wherever it sits (card actions, action sets).</summary>
    public static IReadOnlyList<JsonObject> Actions(JsonNode card)
    {
        var actions = new List<JsonObject>();
        Walk(card, node =>
        {
            if (node is JsonObject obj && ((string?)obj["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true && obj.Parent is JsonArray)
            {
                actions.Add(obj);
            }
        });
        return actions;
    }

    /// <summary>Every input on the card by id.</summary>
    public static IReadOnlyDictionary<string, JsonObject> Inputs(JsonNode card)
    {
        var inputs = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        Walk(card, node =>
        {
            if (node is JsonObject obj && ((string?)obj["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)
            {
                inputs[(string)obj["id"]!] = obj;
            }
        });
        return inputs;
    }

    private static void Collect(JsonNode? node, List<string> parts)
    {
        Walk(node, n =>
        {
            if (n is JsonObject obj)
            {
                foreach (var key in (string[])["text", "title", "value", "label", "placeholder"])
                {
                    if (obj[key] is JsonValue value && value.TryGetValue<string>(out var s))
                    {
                        parts.Add(s);
                    }
                }
            }
        });
    }

    private static void Walk(JsonNode? node, Action<JsonNode> visit)
    {
        switch (node)
        {
            case JsonObject obj:
                visit(obj);
                foreach (var (_, child) in obj)
                {
                    Walk(child, visit);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Walk(child, visit);
                }

                break;
        }
    }
}
