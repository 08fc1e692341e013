using System.Text.Json;
using Json.Schema;
using Osby.Policy.Routing;

namespace Osby.Policy.Tests.Routing;

/// <summary>The shipped JSON Schema (<c>mailbox-directory.schema.json</c>) and the loader agree on what a valid directory is.</summary>
public sealed class MailboxDirectorySchemaTests
{
    private static readonly string SchemaText = MailboxDirectory.ReadResource(MailboxDirectory.SchemaResourceName);

    // One instance for the whole run: Json.Schema registers schemas globally when they are built.
    private static readonly JsonSchema Schema = JsonSchema.FromText(SchemaText);

    [Fact]
    public void Schema_IsAValidDraft202012Schema()
    {
        using JsonDocument schema = JsonDocument.Parse(SchemaText);
        schema.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        EvaluationResults results = MetaSchemas.Draft202012.Evaluate(schema.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        results.IsValid.Should().BeTrue(Describe(results));
    }

    [Fact]
    public void Example_ValidatesAgainstTheSchema()
    {
        EvaluationResults results = Evaluate(MailboxDirectory.ReadResource(MailboxDirectory.ExampleResourceName));
        results.IsValid.Should().BeTrue(Describe(results));
    }

    [Fact]
    public void Example_PointsAtTheSchemaBesideIt()
    {
        using JsonDocument example = JsonDocument.Parse(MailboxDirectory.ReadResource(MailboxDirectory.ExampleResourceName));
        example.RootElement.GetProperty("$schema").GetString().Should().Be("./mailbox-directory.schema.json");
    }

    [Fact]
    public void Minimal_IsValidForBoth()
    {
        EvaluationResults results = Evaluate(DirectoryDocuments.Minimal);
        results.IsValid.Should().BeTrue(Describe(results));
        MailboxDirectory.Load(DirectoryDocuments.Minimal).Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(DirectoryDocuments.SchemaCaseNames), MemberType = typeof(DirectoryDocuments))]
    public void BrokenFile_IsRejectedByTheSchemaAndTheLoader(string caseName)
    {
        string json = DirectoryDocuments.Broken(caseName);

        Evaluate(json).IsValid.Should().BeFalse("the schema must reject: " + caseName);
        Action load = () => MailboxDirectory.Load(json);
        load.Should().Throw<MailboxDirectoryException>();
    }

    [Fact]
    public void LoaderOnlyChecks_AreTheOnesASchemaCannotSay()
    {
        // Case-insensitive uniqueness, redirect targets, real calendar dates and stop-word keywords need the loader.
        DirectoryDocuments.Cases.Where(c => !c.Value.Schema).Select(c => c.Key).Should().BeEquivalentTo(
            "duplicate address, other case", "redirect to unknown", "redirect to itself", "redirect to deactivated",
            "until-date not in the calendar", "keyword of stop words only");
    }

    [Fact]
    public void EmailPattern_IsTheLoadersPattern()
    {
        using JsonDocument schema = JsonDocument.Parse(SchemaText);
        schema.RootElement.GetProperty("$defs").GetProperty("email").GetProperty("pattern").GetString()
            .Should().Be(MailboxDirectoryReader.EmailPattern);
    }

    [Theory]
    [InlineData("kommun@osby.se", true)]
    [InlineData("anna.andersson@osby.se", true)]
    [InlineData("o'brien+test@sub.osby.se", true)]
    [InlineData("kommun@osby", false)]
    [InlineData("kommun @osby.se", false)]
    [InlineData("kommun@@osby.se", false)]
    [InlineData(".kommun@osby.se", false)]
    [InlineData("kommun..x@osby.se", false)]
    [InlineData("kommun@-osby.se", false)]
    [InlineData("miljö@osby.se", false)]
    [InlineData("Osby kommun <kommun@osby.se>", false)]
    public void EmailPattern_SameVerdictInSchemaAndLoader(string address, bool valid)
    {
        MailboxDirectoryReader.Email().IsMatch(address).Should().Be(valid);
        string json = DirectoryDocuments.Minimal.Replace("registrator.sbf@osby.se", address.Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Evaluate(json).IsValid.Should().Be(valid);
        Action load = () => MailboxDirectory.Load(json);
        if (valid)
        {
            load.Should().NotThrow();
        }
        else
        {
            load.Should().Throw<MailboxDirectoryException>().Which.Problems.Should().ContainSingle()
                .Which.Path.Should().Be("$.mailboxes[2].registrators[0].email");
        }
    }

    [Fact]
    public void Schema_EveryPropertyHasASwedishDescription()
    {
        using JsonDocument schema = JsonDocument.Parse(SchemaText);
        var missing = new List<string>();
        Walk(schema.RootElement, "$", missing);
        missing.Should().BeEmpty();

        static void Walk(JsonElement element, string path, List<string> missing)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (element.TryGetProperty("properties", out JsonElement properties))
            {
                foreach (JsonProperty property in properties.EnumerateObject())
                {
                    JsonElement value = property.Value;
                    // A bare reference takes the description of its definition; a bare constraint in a condition needs none.
                    bool described = value.TryGetProperty("description", out _)
                        || value.EnumerateObject().All(p => p.Name is "$ref" or "const" or "minItems");
                    if (!described)
                    {
                        missing.Add(path + "." + property.Name);
                    }
                }
            }

            foreach (JsonProperty child in element.EnumerateObject())
            {
                if (child.Value.ValueKind == JsonValueKind.Object)
                {
                    Walk(child.Value, path + "." + child.Name, missing);
                }
                else if (child.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement item in child.Value.EnumerateArray())
                    {
                        Walk(item, path + "." + child.Name, missing);
                    }
                }
            }
        }
    }

    private static EvaluationResults Evaluate(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults results) =>
        string.Join(Environment.NewLine, (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {d.EvaluationPath}: {e.Key} {e.Value}")));
}
