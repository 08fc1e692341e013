using System.Globalization;
using Osby.Policy.Routing;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Cards;

/// <summary>The card to register an item that did not come through a system: a call, a voicemail, a social-media message …,
/// with the server's problems shown under each field.</summary>
/// <remarks>
/// The first receiver is a filtered drop-down (Teams' typeahead) of the active function mailboxes, not free text: a typed
/// address is easily misspelt, and the receiver starts the forward chain (RT-7), so it must be a party the bot knows. A value
/// prefilled under <see cref="CardInputs.Mailbox"/> that is not one of them, e.g. the registering person's own address for a
/// call to their own phone, is offered as a further choice.
/// </remarks>
internal static class RegisterItemCard
{
    /// <summary>The text of the submit button.</summary>
    public const string SubmitButton = "Registrera";

    /// <summary>The line above the fields when the view has no prompt.</summary>
    public const string DefaultPrompt =
        "Registrera ett ärende som kom in på telefon, i röstbrevlådan, i sociala medier eller på annat sätt. " +
        "Tiderna räknas från när det först kom in till kommunen (DL-9).";

    /// <summary>The one-line explanation of the information value (RT-14).</summary>
    public const string InformationValueHelp =
        "Informationsvärde enligt SEFOS-rutinen, 0–3. Är det 2 eller 3 ska informationen skickas via SEFOS, inte med vanlig e-post " +
        "eller chatt, och ämnet visas inte på korten (RT-14).";

    /// <summary>The most problems shown under one field.</summary>
    private const int MaxProblemsPerField = 2;

    /// <summary>The most problems shown above the fields.</summary>
    private const int MaxOtherProblems = 3;

    private static readonly string[] InputIds =
    [
        CardInputs.Channel, CardInputs.ArrivalDate, CardInputs.ArrivalTime, CardInputs.Sender, CardInputs.SenderCategory,
        CardInputs.Subject, CardInputs.Mailbox, CardInputs.InformationValue,
    ];

    /// <summary>Creates the card.</summary>
    /// <param name="view">The prompt, the values to prefill, the problems and the function mailboxes.</param>
    /// <returns>The card.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is null.</exception>
    public static AdaptiveCard Create(RegisterFormView view)
    {
        ArgumentNullException.ThrowIfNull(view);

        List<CardElement> body =
        [
            CardText.Headline("Registrera ett ärende"),
            CardText.Paragraph(string.IsNullOrWhiteSpace(view.Prompt) ? DefaultPrompt : view.Prompt.Trim()),
        ];

        // Problems not tied to one of the fields go above them.
        body.AddRange(view.Problems.Where(p => !InputIds.Contains(p.InputId, StringComparer.Ordinal)).Take(MaxOtherProblems)
            .Select(p => CardText.Problem(p.Message)));

        AddField(body, view, new ChoiceSetInput
        {
            Id = CardInputs.Channel,
            Label = "Hur kom det in?",
            Value = Value(view, CardInputs.Channel),
            Choices = [.. DeadlineFormCard.ChannelLabels.Select(c => new Choice(c.Value, c.Key.ToString()))],
            Style = ChoiceInputStyle.Compact,
            Placeholder = "Välj kanal",
            IsRequired = true,
            ErrorMessage = "Välj hur det kom in.",
            Spacing = CardSpacing.Medium,
        });
        AddField(body, view, new DateInput
        {
            Id = CardInputs.ArrivalDate,
            Label = "Vilken dag kom det in till kommunen?",
            Value = Value(view, CardInputs.ArrivalDate),
            IsRequired = true,
            ErrorMessage = "Välj dagen då det kom in.",
        });
        AddField(body, view, new TimeInput
        {
            Id = CardInputs.ArrivalTime,
            Label = "Vilken tid? (för ett röstmeddelande räcker dagen)",
            Value = Value(view, CardInputs.ArrivalTime),
            ErrorMessage = "Välj tiden då det kom in, till exempel 14:30.",
        });
        AddField(body, view, new TextInput
        {
            Id = CardInputs.Sender,
            Label = "Vem hörde av sig?",
            Value = Value(view, CardInputs.Sender),
            Placeholder = "Namn, telefonnummer eller e-postadress",
            IsRequired = true,
            ErrorMessage = "Skriv vem som hörde av sig.",
        });
        AddField(body, view, new ChoiceSetInput
        {
            Id = CardInputs.SenderCategory,
            Label = "Vad är det för avsändare?",
            Value = Value(view, CardInputs.SenderCategory),
            Choices = [.. Enum.GetValues<SenderCategory>().Select(c => new Choice(ItemTexts.SenderCategoryName(c), c.ToString()))],
            Style = ChoiceInputStyle.Compact,
            Placeholder = "Välj sorts avsändare",
            IsRequired = true,
            ErrorMessage = "Välj vad det är för avsändare (Okänd avsändare går bra).",
        });
        AddField(body, view, new TextInput
        {
            Id = CardInputs.Subject,
            Label = "Vad gäller det?",
            Value = Value(view, CardInputs.Subject),
            Placeholder = "Ämne eller en kort beskrivning",
            IsMultiline = true,
            MaxLength = ItemArrival.MaxSubjectLength,
        });
        AddField(body, view, new ChoiceSetInput
        {
            Id = CardInputs.Mailbox,
            Label = "Vem tog emot det först?",
            Value = Value(view, CardInputs.Mailbox),
            Choices = Receivers(view),
            Style = ChoiceInputStyle.Filtered,
            Placeholder = "Skriv för att söka bland funktionsbrevlådorna",
            IsRequired = true,
            ErrorMessage = "Välj brevlådan som tog emot det först.",
        });
        body.Add(CardText.Note(InformationValueHelp) with { Spacing = CardSpacing.Medium });
        AddField(body, view, new ChoiceSetInput
        {
            Id = CardInputs.InformationValue,
            Label = "Informationsvärde",
            Value = Value(view, CardInputs.InformationValue),
            Choices = [.. Enumerable.Range(0, ItemArrival.MaxInformationValue + 1).Select(InformationValueChoice)],
            Style = ChoiceInputStyle.Expanded,
            IsRequired = true,
            ErrorMessage = "Välj informationsvärdet, 0–3.",
            Spacing = CardSpacing.Small,
        });

        return new AdaptiveCard
        {
            Body = body,
            // The form's own id travels with the submit, so a double click registers one item (it becomes the external message id).
            Actions = [CardButtons.Execute(SubmitButton, CardVerbs.RegisterItem, FormData(view), ActionStyle.Positive)],
        };
    }

    private static string? Value(RegisterFormView view, string id) =>
        view.Values.TryGetValue(id, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static List<Choice> Receivers(RegisterFormView view)
    {
        List<Choice> choices = [.. view.Mailboxes.Where(m => m.IsActive).Select(m => new Choice($"{m.Name} – {m.Address}", m.Address))];
        if (Value(view, CardInputs.Mailbox) is { } prefilled && !choices.Any(c => Parties.Same(c.Value, prefilled)))
        {
            choices.Insert(0, new Choice(prefilled, prefilled));
        }

        return choices;
    }

    private static Choice InformationValueChoice(int value)
    {
        string number = value.ToString(CultureInfo.InvariantCulture);
        return new Choice(value >= ItemArrival.SensitiveFrom ? $"{number} – bara via SEFOS" : number, number);
    }

    private static void AddField(List<CardElement> body, RegisterFormView view, CardInput input)
    {
        body.Add(input);
        body.AddRange(view.Problems.Where(p => string.Equals(p.InputId, input.Id, StringComparison.Ordinal)).Take(MaxProblemsPerField)
            .Select(p => CardText.Problem(p.Message)));
    }

    private static KeyValuePair<string, string>[] FormData(RegisterFormView view) =>
        view.Values.TryGetValue(CardInputs.FormId, out string? formId) && !string.IsNullOrWhiteSpace(formId)
            ? [new(CardInputs.FormId, formId)]
            : [];
}
