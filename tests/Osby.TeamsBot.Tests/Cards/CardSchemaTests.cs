using System.Text.Json.Nodes;

namespace Osby.TeamsBot.Tests.Cards;

/// <summary>The schema check used by every card test accepts a valid card and really rejects broken ones.</summary>
public sealed class CardSchemaTests
{
    // Hand-written after the Adaptive Cards documentation, not copied from the factories' output.
    private const string ValidCard = """
        {
          "type": "AdaptiveCard",
          "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
          "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "Svara senast måndag", "wrap": true, "weight": "bolder", "size": "large" },
            { "type": "FactSet", "facts": [ { "title": "Kom in", "value": "fredag" } ] },
            { "type": "Input.Date", "id": "arrivalDate", "label": "Dag", "isRequired": true, "errorMessage": "Välj en dag" },
            { "type": "Input.ChoiceSet", "id": "channel", "style": "compact", "choices": [ { "title": "SEFOS", "value": "Sefos" } ] },
            { "type": "Container", "style": "emphasis", "items": [ { "type": "TextBlock", "text": "Tips" } ] },
            { "type": "ActionSet", "actions": [ { "type": "Action.Submit", "title": "Fråga", "data": { "verb": "askQuestion" } } ] }
          ],
          "actions": [
            {
              "type": "Action.Execute", "title": "Räkna ut", "verb": "calculateDeadline", "data": { "verb": "calculateDeadline" },
              "fallback": { "type": "Action.Submit", "title": "Räkna ut", "data": { "verb": "calculateDeadline" } }
            }
          ],
          "msteams": { "width": "Full" }
        }
        """;

    public static TheoryData<string, Action<JsonObject>> Breakages => new()
    {
        { "unknown property on a TextBlock", c => c["body"]![0]!["colour"] = "attention" },
        { "wrap is not a boolean", c => c["body"]![0]!["wrap"] = "ja" },
        { "TextBlock without text", c => c["body"]![0]!.AsObject().Remove("text") },
        { "unknown element type", c => c["body"]![0]!["type"] = "Carousel" },
        { "input without id", c => c["body"]![2]!.AsObject().Remove("id") },
        { "isRequired is not a boolean", c => c["body"]![2]!["isRequired"] = "true" },
        { "fact without value", c => c["body"]![1]!["facts"]![0]!.AsObject().Remove("value") },
        { "choice value is a number", c => c["body"]![3]!["choices"]![0]!["value"] = 8 },
        { "ActionSet without actions", c => c["body"]![5]!.AsObject().Remove("actions") },
        { "unknown property on an action", c => c["actions"]![0]!["verbs"] = "x" },
        { "fallback is not an action", c => c["actions"]![0]!["fallback"] = new JsonObject { ["type"] = "TextBlock", ["text"] = "x" } },
        { "data is a number", c => c["actions"]![0]!["data"] = 1 },
        { "unknown action type", c => c["actions"]![0]!["type"] = "Action.Run" },
        { "version is a number", c => c["version"] = 1.5 },
        { "unknown root property", c => c["speech"] = "hej" },
        { "msteams width other than Full", c => c["msteams"]!["width"] = "Half" },
        { "msteams with an unknown property", c => c["msteams"]!["height"] = "Full" },
        { "wrong root type", c => c["type"] = "HeroCard" },
        { "colour is a number", c => c["body"]![0]!["color"] = 3 },
        { "size merely contains a size", c => c["body"]![0]!["size"] = "largest" },
        { "weight merely starts with a weight", c => c["body"]![0]!["weight"] = "bolderest" },
        { "container style unknown", c => c["body"]![4]!["style"] = "shiny" },
        { "fallback is an object but not an action", c => c["actions"]![0]!["fallback"] = new JsonObject { ["title"] = "x" } },
        { "choice set style unknown", c => c["body"]![3]!["style"] = "filter" },
        { "choice set style merely contains filtered", c => c["body"]![3]!["style"] = "filteredx" },
    };

    [Fact]
    public void Errors_HandWrittenValidCard_IsEmpty()
    {
        CardSchema.Errors(JsonNode.Parse(ValidCard)!).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Errors_BrokenCard_AreReported(string breakage, Action<JsonObject> breakIt)
    {
        JsonObject card = JsonNode.Parse(ValidCard)!.AsObject();
        breakIt(card);

        CardSchema.Errors(card).Should().NotBeEmpty("the schema must reject a card with " + breakage);
    }

    [Theory]
    [InlineData("Bolder")]
    [InlineData("BOLDER")]
    public void Errors_EnumerationInOtherCase_IsValid(string weight)
    {
        JsonObject card = JsonNode.Parse(ValidCard)!.AsObject();
        card["body"]![0]!["weight"] = weight;

        CardSchema.IsValid(card).Should().BeTrue();
    }

    [Fact]
    public void Errors_ActionFallbackDrop_IsValid()
    {
        JsonObject card = JsonNode.Parse(ValidCard)!.AsObject();
        card["actions"]![0]!["fallback"] = "drop";

        CardSchema.IsValid(card).Should().BeTrue();
    }

    [Fact]
    public void Errors_FilteredChoiceSet_IsValidAsTeamsRendersIt()
    {
        JsonObject card = JsonNode.Parse(ValidCard)!.AsObject();
        card["body"]![3]!["style"] = "filtered";

        CardSchema.IsValid(card).Should().BeTrue();
    }

    [Fact]
    public void Errors_RefreshAndShowCard_AreValid()
    {
        JsonObject card = JsonNode.Parse(ValidCard)!.AsObject();
        card["refresh"] = JsonNode.Parse("""
            { "action": { "type": "Action.Execute", "title": "Uppdatera", "verb": "refreshForwardCard", "data": { "itemId": "42" } },
              "userIds": [ "29:abc" ] }
            """);
        card["actions"]!.AsArray().Add(JsonNode.Parse("""
            { "type": "Action.ShowCard", "title": "Fel mottagare",
              "card": { "type": "AdaptiveCard", "body": [ { "type": "Input.Text", "id": "reason", "isRequired": true } ] } }
            """));

        CardSchema.Errors(card).Should().BeEmpty();
    }

    [Fact]
    public void Errors_ShowCardWithData_IsReported()
    {
        JsonObject card = JsonNode.Parse(ValidCard)!.AsObject();
        card["actions"]!.AsArray().Add(JsonNode.Parse("""
            { "type": "Action.ShowCard", "title": "Fel mottagare", "data": { "verb": "declineForward" },
              "card": { "type": "AdaptiveCard", "body": [] } }
            """));

        CardSchema.IsValid(card).Should().BeFalse("Action.ShowCard has no data");
    }
}
