using Osby.Policy;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Tests.Cards;

public sealed class DeadlineFormCardTests
{
    private static readonly DeadlineFormAnswer Fresh = new("Vilken dag och tid kom mejlet in, och hur?", null, null, null, []);

    [Fact]
    public void Create_Fresh_HasTheThreeRequiredInputsWithSwedishErrorMessages()
    {
        RenderedCard card = RenderedCard.Of(DeadlineFormCard.Create(Fresh)).ShouldBeAValidTeamsCard();

        ((string?)card.Input(CardInputs.ArrivalDate)["type"]).Should().Be("Input.Date");
        ((string?)card.Input(CardInputs.ArrivalTime)["type"]).Should().Be("Input.Time");
        ((string?)card.Input(CardInputs.Channel)["type"]).Should().Be("Input.ChoiceSet");
        foreach (string id in new[] { CardInputs.ArrivalDate, CardInputs.ArrivalTime, CardInputs.Channel })
        {
            var input = card.Input(id);
            ((bool?)input["isRequired"]).Should().BeTrue();
            ((string?)input["errorMessage"]).Should().StartWith("Välj");
            ((string?)input["label"]).Should().NotBeNullOrWhiteSpace();
            input.ContainsKey("value").Should().BeFalse("nothing was understood yet");
        }

        card.AllText.Should().Contain(Fresh.Prompt);
        card.OfType("TextBlock").Should().NotContain(t => (string?)t["color"] == "attention");
    }

    [Fact]
    public void Create_Always_SubmitsWithTheCalculateVerb()
    {
        RenderedCard card = RenderedCard.Of(DeadlineFormCard.Create(Fresh));

        card.Buttons.Should().ContainSingle();
        ((string?)card.Button("Räkna ut")["verb"]).Should().Be(CardVerbs.CalculateDeadline);
    }

    [Fact]
    public void Create_Always_OffersEveryChannelByEnumNameWithASwedishLabel()
    {
        var choices = RenderedCard.Of(DeadlineFormCard.Create(Fresh)).Input(CardInputs.Channel)["choices"]!.AsArray();

        choices.Select(c => (string)c!["value"]!).Should().BeEquivalentTo(Enum.GetNames<Channel>());
        choices.Select(c => (string)c!["title"]!).Should().Contain(
        [
            "E-post till en person", "Funktionsbrevlåda", "Kommunens officiella brevlåda (kommun@osby.se)", "E-tjänst",
            "Ciceron-inkorgen", "Meddelande i sociala medier", "Kommentar i sociala medier", "SEFOS", "Röstmeddelande",
            "Begäran om allmän handling",
        ]);
        ((string?)RenderedCard.Of(DeadlineFormCard.Create(Fresh)).Input(CardInputs.Channel)["style"]).Should().Be("compact");
    }

    [Fact]
    public void Create_Prefilled_ShowsTheUnderstoodValues()
    {
        var answer = new DeadlineFormAnswer("Stämmer det här?", "2025-11-28", "16:00", Channel.CiceronInbox, []);

        RenderedCard card = RenderedCard.Of(DeadlineFormCard.Create(answer)).ShouldBeAValidTeamsCard();

        ((string?)card.Input(CardInputs.ArrivalDate)["value"]).Should().Be("2025-11-28");
        ((string?)card.Input(CardInputs.ArrivalTime)["value"]).Should().Be("16:00");
        ((string?)card.Input(CardInputs.Channel)["value"]).Should().Be("CiceronInbox");
    }

    [Fact]
    public void Create_Problems_ShowsEachInAttentionRightAfterItsInput()
    {
        var answer = new DeadlineFormAnswer(
            "Något saknas.",
            "2025-02-30",
            null,
            Channel.FunctionMailbox,
            [
                new InputProblem(CardInputs.ArrivalDate, "30 februari finns inte. Välj en dag i kalendern."),
                new InputProblem(CardInputs.ArrivalTime, "Skriv tiden som 14:30."),
            ]);

        RenderedCard card = RenderedCard.Of(DeadlineFormCard.Create(answer)).ShouldBeAValidTeamsCard();

        var body = card.Root["body"]!.AsArray().Select(e => e!.AsObject()).ToList();
        foreach (InputProblem problem in answer.Problems)
        {
            int input = body.FindIndex(e => (string?)e["id"] == problem.InputId);
            var next = body[input + 1];
            ((string?)next["type"]).Should().Be("TextBlock");
            ((string?)next["text"]).Should().Be(problem.Message);
            ((string?)next["color"]).Should().Be("attention");
        }

        card.OfType("TextBlock").Count(t => (string?)t["color"] == "attention").Should().Be(2);
    }

    [Fact]
    public void Create_ProblemForNoInput_IsShownAboveTheInputs()
    {
        var answer = new DeadlineFormAnswer("Försök igen.", null, null, null, [new InputProblem("other", "Jag förstod inte svaret.")]);

        RenderedCard card = RenderedCard.Of(DeadlineFormCard.Create(answer)).ShouldBeAValidTeamsCard();

        var body = card.Root["body"]!.AsArray().Select(e => e!.AsObject()).ToList();
        int problem = body.FindIndex(e => (string?)e["text"] == "Jag förstod inte svaret.");
        problem.Should().BeGreaterThan(-1).And.BeLessThan(body.FindIndex(e => (string?)e["id"] == CardInputs.ArrivalDate));
    }

    [Fact]
    public void Create_ManyLongProblems_StaysUnder28KilobytesAndValid()
    {
        string long_ = string.Concat(Enumerable.Repeat("Datumet går inte att läsa, skriv år-månad-dag. ", 200));
        InputProblem[] problems = [.. new[] { CardInputs.ArrivalDate, CardInputs.ArrivalTime, CardInputs.Channel, "x" }
            .SelectMany(id => Enumerable.Repeat(new InputProblem(id, long_), 30))];

        RenderedCard.Of(DeadlineFormCard.Create(Fresh with { Prompt = long_, Problems = problems })).ShouldBeAValidTeamsCard();
    }
}
