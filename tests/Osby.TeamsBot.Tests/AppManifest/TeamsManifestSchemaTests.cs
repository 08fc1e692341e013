using System.Text.Json.Nodes;

namespace Osby.TeamsBot.Tests.AppManifest;

/// <summary>The draft-04 Teams schema, evaluated as draft-07 (see <see cref="TeamsManifestSchema"/>), still says no.</summary>
public sealed class TeamsManifestSchemaTests
{
    [Fact]
    public void Schema_AsShared_IsDraft04UsingOnlyKeywordsDraft07ReadTheSame()
    {
        JsonNode.Parse(TeamsManifestSchema.Text)!["$schema"]!.GetValue<string>().Should().Be(TeamsManifestSchema.Draft04);

        TeamsManifestSchema.KeywordsUsed().Should().BeSubsetOf(TeamsManifestSchema.KeywordsWithTheSameMeaning)
            .And.NotContain(["id", "exclusiveMaximum", "exclusiveMinimum"]);
    }

    public static TheoryData<string> BrokenManifests => new(Breakages.Keys);

    private static readonly Dictionary<string, Action<JsonObject>> Breakages = new()
    {
        ["required developer missing"] = m => m.Remove("developer"),
        ["required bots[0].scopes missing"] = m => m["bots"]![0]!.AsObject().Remove("scopes"),
        ["accentColor a number"] = m => m["accentColor"] = 4464,
        ["supportsFiles a string"] = m => m["bots"]![0]!["supportsFiles"] = "nej",
        ["manifestVersion 1.18 (const)"] = m => m["manifestVersion"] = "1.18",
        ["botId not a GUID"] = m => m["bots"]![0]!["botId"] = "osby-boten",
        ["short name over 30 characters"] = m => m["name"]!["short"] = "Osby kommuns servicebot för alla",
        ["unknown scope"] = m => m["bots"]![0]!["scopes"]![0] = "meeting",
        ["unknown top-level property"] = m => m["kommun"] = "Osby",
        ["command title over 32 characters"] = m => m["bots"]![0]!["commandLists"]![0]!["commands"]![0]!["title"] = new string('x', 33),
        ["$schema not a URI"] = m => m["$schema"] = "inte en adress",
    };

    [Theory]
    [MemberData(nameof(BrokenManifests))]
    public void Evaluate_BrokenManifest_IsInvalid(string breakage)
    {
        JsonObject manifest = AppManifestFiles.Manifest();
        Breakages[breakage](manifest);

        TeamsManifestSchema.Evaluate(manifest).IsValid.Should().BeFalse(breakage);
    }
}
