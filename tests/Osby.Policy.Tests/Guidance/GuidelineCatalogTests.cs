using System.Text.Json.Nodes;
using Osby.Policy.Guidance;
using Osby.Policy.Rules;

namespace Osby.Policy.Tests.Guidance;

public sealed class GuidelineCatalogTests
{
    [Fact]
    public void Load_ReadsTheEmbeddedKnowledgeBase() =>
        GuidelineCatalog.Load().Select(e => e.RuleId).Should().Equal(RuleCitation.All.Select(c => c.RuleId));

    [Fact]
    public void Parse_ValidFile_KeepsTextAndTrimsIt()
    {
        JsonObject root = Valid();
        root["entries"]![0]!["title"] = "  Vad som räknas som arbetsdag  ";
        GuidelineCatalog.Parse(root.ToJsonString())[0].Title.Should().Be("Vad som räknas som arbetsdag");
    }

    [Fact]
    public void Parse_UnknownId_FailsNamingIt()
    {
        JsonObject root = Valid();
        root["entries"]!.AsArray().Add(Entry("DL-99"));
        Problems(root).Should().Contain("DL-99").And.Contain("not a rule");
    }

    [Fact]
    public void Parse_MissingRule_FailsNamingIt()
    {
        JsonObject root = Valid();
        root["entries"]!.AsArray().RemoveAt(3);
        Problems(root).Should().Contain($"{RuleCitation.All[3].RuleId}: no entry");
    }

    [Fact]
    public void Parse_DuplicateEntry_Fails()
    {
        JsonObject root = Valid();
        root["entries"]!.AsArray().Add(Entry("CD-7"));
        Problems(root).Should().Contain("second entry for CD-7");
    }

    [Theory]
    [InlineData("title", "")]
    [InlineData("answer", "   ")]
    public void Parse_EmptyText_Fails(string field, string value)
    {
        JsonObject root = Valid();
        root["entries"]![0]![field] = value;
        Problems(root).Should().Contain($"\"{field}\" is empty");
    }

    [Fact]
    public void Parse_TooFewQuestionsOrKeywords_Fails()
    {
        JsonObject root = Valid();
        root["entries"]![0]!["questions"] = new JsonArray("Bara en?");
        root["entries"]![1]!["keywords"] = new JsonArray("a", "b");
        string problems = Problems(root);
        problems.Should().Contain("\"questions\" needs at least 2").And.Contain("\"keywords\" needs at least 3");
    }

    [Fact]
    public void Parse_TooLongAnswer_Fails()
    {
        JsonObject root = Valid();
        root["entries"]![0]!["answer"] = new string('x', GuidelineCatalog.MaxAnswerLength + 1);
        Problems(root).Should().Contain("characters");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("{ \"entries\": 3 }")]
    public void Parse_WrongShape_Fails(string json) =>
        FluentActions.Invoking(() => GuidelineCatalog.Parse(json)).Should().Throw<InvalidOperationException>();

    private static string Problems(JsonObject root) =>
        FluentActions.Invoking(() => GuidelineCatalog.Parse(root.ToJsonString())).Should().Throw<InvalidOperationException>().Which.Message;

    private static JsonObject Valid() => new() { ["entries"] = new JsonArray([.. RuleCitation.All.Select(c => (JsonNode)Entry(c.RuleId))]) };

    private static JsonObject Entry(string id) => new()
    {
        ["id"] = id,
        ["title"] = "Titel",
        ["answer"] = "Ett svar.",
        ["keywords"] = new JsonArray("ett", "två", "tre"),
        ["questions"] = new JsonArray("Fråga ett?", "Fråga två?"),
    };
}
