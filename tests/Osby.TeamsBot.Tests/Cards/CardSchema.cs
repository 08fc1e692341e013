using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Osby.TeamsBot.Tests.Cards;

/// <summary>Validates card JSON against the official Adaptive Cards 1.5 schema (draft-06), as Teams renders it.</summary>
/// <remarks>
/// <para>The schema is the exact copy in <c>shared/schemas</c>, linked into the test output. Two adjustments, both
/// narrow, are made before it is built:</para>
/// <list type="bullet">
/// <item><description>The root <c>"id"</c> is removed: in draft-06 it means nothing (the keyword is <c>$id</c>), and it
/// would otherwise register the schema under adaptivecards.io in a registry shared by all tests.</description></item>
/// <item><description><c>AdaptiveCard</c> forbids additional properties, but Teams reads its own <c>msteams</c> property
/// on the root. It is allowed exactly as we use it: <c>{"width": "Full"}</c> and nothing else.</description></item>
/// <item><description>Enumerations (colours, sizes, spacing, styles, the <c>"drop"</c> fallback option) are written as
/// <c>anyOf: [enum, pattern]</c>. A pattern says nothing about non-strings, so any number or object passed; worse, a
/// <c>fallback</c> that is an object passed as a "fallback option" without being checked as an action. And the
/// patterns, <c>^(a)|(b)|…|(z)$</c>, anchor only their first and last alternatives, so "largest" passed as "large".
/// Each such definition is made to require a string, with its pattern anchored as a whole. Case-insensitive values
/// the patterns allow stay allowed.</description></item>
/// <item><description><c>Input.ChoiceSet</c>'s style also allows <c>"filtered"</c>, exactly that value: Teams' static
/// typeahead search, which Teams renders on 1.5 cards and the Adaptive Cards schema adds in 1.6.</description></item>
/// </list>
/// Everything else is validated as published, including <c>additionalProperties: false</c> on every element.
/// </remarks>
internal static class CardSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Gets the errors of a card, one line each; empty when the card is valid.</summary>
    /// <param name="card">The card JSON.</param>
    /// <returns>The errors.</returns>
    public static IReadOnlyList<string> Errors(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        using JsonDocument document = JsonDocument.Parse(card.ToJsonString());
        EvaluationResults results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        List<string> errors = [.. (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {d.EvaluationPath}: {e.Key} {e.Value}"))];
        return errors.Count > 0 ? errors : ["invalid (no details)"];
    }

    /// <summary>Gets whether a card is valid.</summary>
    /// <param name="card">The card JSON.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValid(JsonNode card) => Errors(card).Count == 0;

    private static JsonSchema Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Schemas", "adaptive-card-1.5.json");
        JsonObject schema = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        schema["$schema"]!.GetValue<string>().Should().Be("http://json-schema.org/draft-06/schema#");

        schema.Remove("id");
        JsonObject cardProperties = schema["definitions"]!["AdaptiveCard"]!["properties"]!.AsObject();
        cardProperties.ContainsKey("msteams").Should().BeFalse("the schema does not know Teams' extension");
        cardProperties["msteams"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["width"] = new JsonObject { ["enum"] = new JsonArray("Full") } },
            ["additionalProperties"] = false,
        };

        foreach ((string _, JsonNode? definition) in schema["definitions"]!.AsObject())
        {
            if (definition is JsonObject { } d && d["anyOf"] is JsonArray anyOf && IsStringEnumeration(anyOf))
            {
                d["type"] = "string";
                foreach (JsonObject branch in anyOf.OfType<JsonObject>().Where(b => b.ContainsKey("pattern")))
                {
                    branch["pattern"] = "^(?:" + branch["pattern"]!.GetValue<string>() + ")$";
                }
            }
        }

        JsonArray choiceStyles = schema["definitions"]!["ChoiceInputStyle"]!["anyOf"]![0]!["enum"]!.AsArray();
        choiceStyles.Select(v => (string?)v).Should().BeEquivalentTo(["compact", "expanded"], "1.5 does not know the filtered style");
        choiceStyles.Add("filtered");

        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(schema.ToJsonString(), options, new Uri("urn:osby:adaptive-card-1.5"));
    }

    // anyOf: [{ "enum": [strings] }, { "pattern": … }] and nothing else.
    private static bool IsStringEnumeration(JsonArray anyOf) =>
        anyOf.Count == 2
        && anyOf[0] is JsonObject { Count: 1 } e && e["enum"] is JsonArray values && values.All(v => v!.GetValueKind() == System.Text.Json.JsonValueKind.String)
        && anyOf[1] is JsonObject { Count: 1 } p && p.ContainsKey("pattern");
}
