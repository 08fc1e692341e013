using System.Text.Json.Nodes;
using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Tests.Cards;

public sealed class CardJsonTests
{
    private static AdaptiveCard Card(string text) => new() { Body = [new TextBlock { Text = text }] };

    [Fact]
    public void ToJsonString_SwedishLetters_AreWrittenAsTheyAre()
    {
        string json = CardJson.ToJsonString(Card("Svara senast måndag – Ärendet är överlämnat"));

        json.Should().Contain("Svara senast måndag – Ärendet är överlämnat").And.NotContain("\\u00");
    }

    [Theory]
    [InlineData("Han skrev \"hej\" och gick")]
    [InlineData("C:\\Temp\\fil.txt")]
    [InlineData("rad ett\nrad två\ttab")]
    [InlineData("<script>alert('x')</script> & mer")]
    [InlineData("\u0001 kontrolltecken och \u2028 radavgränsare")]
    public void ToJsonString_AwkwardUserText_IsValidJsonThatRoundTrips(string text)
    {
        string json = CardJson.ToJsonString(Card(text));

        JsonNode.Parse(json)!["body"]![0]!["text"]!.GetValue<string>().Should().Be(text);
    }

    [Fact]
    public void ToJsonObject_MinimalCard_HasTheFixedRootPropertiesAndNoNulls()
    {
        JsonObject json = CardJson.ToJsonObject(Card("Hej"));

        ((string?)json["type"]).Should().Be("AdaptiveCard");
        ((string?)json["$schema"]).Should().Be("http://adaptivecards.io/schemas/adaptive-card.json");
        ((string?)json["version"]).Should().Be("1.5");
        ((string?)json["msteams"]!["width"]).Should().Be("Full");
        json.ContainsKey("actions").Should().BeFalse("null properties are left out");
        json["body"]![0]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo("type", "text", "wrap");
        CardSchema.IsValid(json).Should().BeTrue();
    }

    [Fact]
    public void ToJsonObject_Enumerations_AreCamelCaseStrings()
    {
        JsonObject json = CardJson.ToJsonObject(Card("x") with
        {
            Body = [new TextBlock { Text = "x", Size = TextSize.Large, Weight = TextWeight.Bolder, Color = TextColor.Attention, Spacing = CardSpacing.None }],
        });

        JsonNode block = json["body"]![0]!;
        ((string?)block["size"]).Should().Be("large");
        ((string?)block["weight"]).Should().Be("bolder");
        ((string?)block["color"]).Should().Be("attention");
        ((string?)block["spacing"]).Should().Be("none");
    }

    [Fact]
    public void ToJsonString_Indented_IsTheSameCard()
    {
        AdaptiveCard card = Card("Hej");

        JsonNode.DeepEquals(JsonNode.Parse(CardJson.ToJsonString(card, indented: true)), CardJson.ToJsonObject(card)).Should().BeTrue();
        CardJson.SizeInBytes(card).Should().Be(System.Text.Encoding.UTF8.GetByteCount(CardJson.ToJsonString(card)));
    }
}
