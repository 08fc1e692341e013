using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Osby.TeamsBot.Tests.AppManifest;

/// <summary>The official Teams app manifest schema v1.19, ready to evaluate manifests with JsonSchema.Net.</summary>
/// <remarks>
/// <para>
/// The schema declares draft-04 (<c>"$schema": "http://json-schema.org/draft-04/schema#"</c>), which JsonSchema.Net
/// does not implement (it knows draft-06 and later). It is evaluated as draft-07 instead, after one in-memory change:
/// its <c>$schema</c> is set to draft-07. That is sound because the schema uses only keywords that mean the same in
/// draft-04 and draft-07 (<see cref="KeywordsWithTheSameMeaning"/>): no <c>id</c> (draft-07 <c>$id</c>), no boolean
/// <c>exclusiveMaximum</c>/<c>exclusiveMinimum</c> (numbers from draft-06), no boolean schemas; and draft-07, like
/// draft-04, ignores a <c>$ref</c>'s siblings (here only <c>description</c> and <c>default</c>).
/// </para>
/// <para>
/// The one difference is stricter, on purpose: the schema uses draft-06's <c>const</c> (on <c>manifestVersion</c>),
/// which a draft-04 validator would skip; draft-07 enforces it, as Teams does. A test walks the schema and fails if a
/// keyword outside that list appears, so a newer copy of the schema cannot slip a draft-04-only keyword past this.
/// </para>
/// </remarks>
internal static class TeamsManifestSchema
{
    public const string Draft04 = "http://json-schema.org/draft-04/schema#";

    /// <summary>Keywords this schema may use: same meaning in draft-04 and draft-07, plus <c>const</c> (see remarks).</summary>
    public static readonly IReadOnlySet<string> KeywordsWithTheSameMeaning = new HashSet<string>(StringComparer.Ordinal)
    {
        "$schema", "$ref", "definitions", "title", "description", "default",
        "type", "enum", "const", "format", "pattern", "minLength", "maxLength", "minimum", "maximum", "multipleOf",
        "properties", "additionalProperties", "patternProperties", "required", "minProperties", "maxProperties", "dependencies",
        "items", "additionalItems", "minItems", "maxItems", "uniqueItems",
        "allOf", "anyOf", "oneOf", "not",
    };

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "Schemas", "teams-manifest-1.19.schema.json");

    public static string Text { get; } = File.ReadAllText(Path);

    // One instance for the whole run: Json.Schema registers schemas globally when they are built.
    private static readonly JsonSchema Schema = Build();

    public static EvaluationResults Evaluate(JsonNode manifest)
    {
        using JsonDocument document = JsonDocument.Parse(manifest.ToJsonString());
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    public static EvaluationResults Evaluate(string manifest) => Evaluate(JsonNode.Parse(manifest)!);

    /// <summary>The errors of a failed evaluation, one per line, for assertion messages.</summary>
    public static string Describe(EvaluationResults results) =>
        string.Join(Environment.NewLine, (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {d.EvaluationPath}: {e.Key} {e.Value}")));

    /// <summary>Every keyword used in a schema position (not property names), found by following the subschema keywords.</summary>
    public static IReadOnlySet<string> KeywordsUsed()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        Walk(JsonNode.Parse(Text)!);
        return used;

        void Walk(JsonNode? schema)
        {
            if (schema is not JsonObject keywords)
            {
                used.Add("(boolean schema)");
                return;
            }

            foreach ((string keyword, JsonNode? value) in keywords)
            {
                used.Add(keyword);
                switch (keyword)
                {
                    case "properties" or "patternProperties" or "definitions":
                        foreach ((_, JsonNode? subschema) in value!.AsObject())
                        {
                            Walk(subschema);
                        }

                        break;
                    case "dependencies":
                        // A dependency is a list of property names or a subschema.
                        foreach ((_, JsonNode? dependency) in value!.AsObject())
                        {
                            if (dependency is JsonObject)
                            {
                                Walk(dependency);
                            }
                        }

                        break;
                    case "items" or "additionalItems" or "additionalProperties" or "not":
                        if (value is JsonArray tuple)
                        {
                            foreach (JsonNode? subschema in tuple)
                            {
                                Walk(subschema);
                            }
                        }
                        else if (value is JsonObject)
                        {
                            Walk(value);
                        }

                        break;
                    case "allOf" or "anyOf" or "oneOf":
                        foreach (JsonNode? subschema in value!.AsArray())
                        {
                            Walk(subschema);
                        }

                        break;
                }
            }
        }
    }

    private static JsonSchema Build()
    {
        JsonObject schema = JsonNode.Parse(Text)!.AsObject();
        if ((string?)schema["$schema"] != Draft04)
        {
            throw new InvalidOperationException("Expected the draft-04 Teams schema; re-check the draft adaptation in TeamsManifestSchema.");
        }

        schema["$schema"] = MetaSchemas.Draft7Id.ToString();
        // FromText keeps the parsed document alive for the schema's lifetime (the built schema reads from it).
        return JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { Dialect = Dialect.Draft07 });
    }
}
