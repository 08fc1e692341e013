using System.Text.Json.Nodes;
using Osby.Policy;
using Osby.Policy.Routing;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Tests.Cards;

public sealed class RegisterItemCardTests
{
    private static readonly string[] Fields =
    [
        CardInputs.Channel, CardInputs.ArrivalDate, CardInputs.ArrivalTime, CardInputs.Sender, CardInputs.SenderCategory,
        CardInputs.Subject, CardInputs.Mailbox, CardInputs.InformationValue,
    ];

    private static readonly RegisterFormView Fresh = new(null, new Dictionary<string, string?>(), [], MailboxDirectory.Example.Mailboxes);

    private static RenderedCard Render(RegisterFormView view) => RenderedCard.Of(RegisterItemCard.Create(view)).ShouldBeAValidTeamsCard();

    [Fact]
    public void Create_Fresh_HasEveryFieldUnderItsContractId_AndSubmitsWithTheRegisterVerb()
    {
        RenderedCard card = Render(Fresh);

        card.AllText.Should().Contain("Registrera ett ärende");
        foreach (string id in Fields)
        {
            JsonObject input = card.Input(id);
            ((string?)input["label"]).Should().NotBeNullOrWhiteSpace();
            input.ContainsKey("value").Should().BeFalse("nothing is prefilled on a fresh form");
        }

        ((string?)card.Input(CardInputs.ArrivalDate)["type"]).Should().Be("Input.Date");
        ((string?)card.Input(CardInputs.ArrivalTime)["type"]).Should().Be("Input.Time");
        ((bool?)card.Input(CardInputs.Sender)["isRequired"]).Should().BeTrue();
        ((int?)card.Input(CardInputs.Subject)["maxLength"]).Should().Be(500);
        card.Buttons.Should().ContainSingle();
        ((string?)card.Button("Registrera")["verb"]).Should().Be(CardVerbs.RegisterItem);
        card.OfType("TextBlock").Should().NotContain(t => (string?)t["color"] == "attention");
    }

    [Fact]
    public void Create_Always_OffersEveryChannelAndSenderCategoryByEnumName()
    {
        RenderedCard card = Render(Fresh);

        card.Input(CardInputs.Channel)["choices"]!.AsArray().Select(c => (string?)c!["value"]).Should().BeEquivalentTo(Enum.GetNames<Channel>());
        JsonArray categories = card.Input(CardInputs.SenderCategory)["choices"]!.AsArray();
        categories.Select(c => (string?)c!["value"]).Should().BeEquivalentTo(Enum.GetNames<SenderCategory>());
        categories.Select(c => (string?)c!["title"]).Should().Contain(["Privatperson", "Företag", "Myndighet"]);
    }

    [Fact]
    public void Create_Always_OffersTheActiveFunctionMailboxesByNameInAFilteredList()
    {
        JsonObject mailbox = Render(Fresh).Input(CardInputs.Mailbox);

        ((string?)mailbox["style"]).Should().Be("filtered");
        JsonArray choices = mailbox["choices"]!.AsArray();
        choices.Select(c => (string?)c!["value"]).Should().Contain(["kommun@osby.se", "bygglov@osby.se", "miljo@osby.se"])
            .And.NotContain("fritid@osby.se", "a deactivated mailbox redirects its mail (RT-10)");
        choices.Select(c => (string?)c!["title"]).Should().Contain("Osby kommun (kommunbrevlådan) – kommun@osby.se");
    }

    [Fact]
    public void Create_PrefilledReceiverThatIsNoMailbox_IsOfferedAndChosen()
    {
        RenderedCard card = Render(Fresh with { Values = new Dictionary<string, string?> { [CardInputs.Mailbox] = "anna.andersson@osby.se" } });

        JsonObject mailbox = card.Input(CardInputs.Mailbox);
        ((string?)mailbox["value"]).Should().Be("anna.andersson@osby.se");
        ((string?)mailbox["choices"]![0]!["value"]).Should().Be("anna.andersson@osby.se");
    }

    [Fact]
    public void Create_InformationValue_OffersZeroToThreeAndExplainsRT14()
    {
        RenderedCard card = Render(Fresh);

        JsonObject value = card.Input(CardInputs.InformationValue);
        value["choices"]!.AsArray().Select(c => (string?)c!["value"]).Should().Equal("0", "1", "2", "3");
        ((bool?)value["isRequired"]).Should().BeTrue("a forgotten value would show a sensitive subject");
        card.AllText.Should().Contain("2 eller 3").And.Contain("SEFOS").And.Contain("(RT-14)");
    }

    [Fact]
    public void Create_Prefilled_ShowsTheValues()
    {
        var values = new Dictionary<string, string?>
        {
            [CardInputs.Channel] = "Voicemail",
            [CardInputs.ArrivalDate] = "2026-11-27",
            [CardInputs.ArrivalTime] = "10:05",
            [CardInputs.Sender] = "070-123 45 67",
            [CardInputs.SenderCategory] = "Resident",
            [CardInputs.Subject] = "Vill bli uppringd om snöröjningen",
            [CardInputs.Mailbox] = "kommun@osby.se",
            [CardInputs.InformationValue] = "1",
        };

        RenderedCard card = Render(Fresh with { Values = values });

        foreach ((string id, string? value) in values)
        {
            ((string?)card.Input(id)["value"]).Should().Be(value);
        }
    }

    [Fact]
    public void Create_Problems_ShowsEachRightUnderItsField()
    {
        InputProblem[] problems =
        [
            new(CardInputs.Sender, "Skriv vem som hörde av sig."),
            new(CardInputs.ArrivalDate, "Datumet ligger i framtiden."),
            new(CardInputs.InformationValue, "Informationsvärdet ska vara 0, 1, 2 eller 3."),
            new(CardInputs.Mailbox, "Välj en brevlåda i listan."),
        ];

        RenderedCard card = Render(Fresh with { Problems = problems });

        var body = card.Root["body"]!.AsArray().Select(e => e!.AsObject()).ToList();
        foreach (InputProblem problem in problems)
        {
            int input = body.FindIndex(e => (string?)e["id"] == problem.InputId);
            JsonObject next = body[input + 1];
            ((string?)next["text"]).Should().Be(problem.Message);
            ((string?)next["color"]).Should().Be("attention");
        }

        card.OfType("TextBlock").Count(t => (string?)t["color"] == "attention").Should().Be(problems.Length);
    }

    [Fact]
    public void Create_ProblemForNoField_IsShownAboveTheFields()
    {
        RenderedCard card = Render(Fresh with { Problems = [new InputProblem("externalMessageId", "Meddelandet är redan registrerat.")] });

        var body = card.Root["body"]!.AsArray().Select(e => e!.AsObject()).ToList();
        body.FindIndex(e => (string?)e["text"] == "Meddelandet är redan registrerat.").Should()
            .BeGreaterThan(-1).And.BeLessThan(body.FindIndex(e => (string?)e["id"] == CardInputs.Channel));
    }

    [Fact]
    public void Create_ManyLongProblemsAndValues_StaysValidAndUnder28Kilobytes()
    {
        string longText = string.Concat(Enumerable.Repeat("Det här går inte att läsa, försök igen. ", 100));
        InputProblem[] problems = [.. Fields.Append("other").SelectMany(id => Enumerable.Repeat(new InputProblem(id, longText), 20))];
        Dictionary<string, string?> values = Fields.ToDictionary(id => id, _ => (string?)longText[..500]);

        Render(new RegisterFormView(longText, values, problems, MailboxDirectory.Example.Mailboxes));
    }
}
