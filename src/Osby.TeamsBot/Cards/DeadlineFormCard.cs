using Osby.Policy;
using Osby.Policy.Routing;
using Osby.TeamsBot.Answers;

namespace Osby.TeamsBot.Cards;

/// <summary>The deadline calculator: arrival date, time and channel, with the server's problems shown beside each field.</summary>
internal static class DeadlineFormCard
{
    /// <summary>The text of the submit button.</summary>
    public const string SubmitButton = "Räkna ut";

    /// <summary>Gets the channels in the order offered, with their Swedish labels; every <see cref="Channel"/> is here.</summary>
    public static IReadOnlyList<KeyValuePair<Channel, string>> ChannelLabels { get; } =
    [
        new(Channel.PersonalEmail, "E-post till en person"),
        new(Channel.FunctionMailbox, "Funktionsbrevlåda"),
        new(Channel.OfficialMailbox, $"Kommunens officiella brevlåda ({MailboxDirectory.OfficialAddress})"),
        new(Channel.EService, "E-tjänst"),
        new(Channel.CiceronInbox, "Ciceron-inkorgen"),
        new(Channel.SocialMediaMessage, "Meddelande i sociala medier"),
        new(Channel.SocialMediaComment, "Kommentar i sociala medier"),
        new(Channel.Sefos, "SEFOS"),
        new(Channel.Voicemail, "Röstmeddelande"),
        new(Channel.PublicDocumentRequest, "Begäran om allmän handling"),
    ];

    /// <summary>Creates the card.</summary>
    /// <param name="answer">The prompt, the values to prefill and the problems to show.</param>
    /// <returns>The card.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is null.</exception>
    public static AdaptiveCard Create(DeadlineFormAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);

        string[] inputIds = [CardInputs.ArrivalDate, CardInputs.ArrivalTime, CardInputs.Channel];
        List<CardElement> body = [CardText.Headline("Räkna ut en svarstid"), CardText.Paragraph(answer.Prompt)];

        // Problems not tied to one of the fields go above them.
        body.AddRange(answer.Problems.Where(p => !inputIds.Contains(p.InputId, StringComparer.Ordinal)).Take(CardText.MaxListItems)
            .Select(p => CardText.Problem(p.Message)));

        AddField(body, answer, new DateInput
        {
            Id = CardInputs.ArrivalDate,
            Label = "Vilken dag kom det in?",
            Value = answer.Date,
            IsRequired = true,
            ErrorMessage = "Välj dagen då det kom in.",
            Spacing = CardSpacing.Medium,
        });
        AddField(body, answer, new TimeInput
        {
            Id = CardInputs.ArrivalTime,
            Label = "Vilken tid kom det in?",
            Value = answer.Time,
            IsRequired = true,
            ErrorMessage = "Välj tiden då det kom in, till exempel 14:30.",
        });
        AddField(body, answer, new ChoiceSetInput
        {
            Id = CardInputs.Channel,
            Label = "Hur kom det in?",
            Value = answer.Channel?.ToString(),
            Choices = [.. ChannelLabels.Select(c => new Choice(c.Value, c.Key.ToString()))],
            Style = ChoiceInputStyle.Compact,
            Placeholder = "Välj kanal",
            IsRequired = true,
            ErrorMessage = "Välj hur det kom in.",
        });

        return new AdaptiveCard
        {
            Body = body,
            Actions = [CardButtons.Execute(SubmitButton, CardVerbs.CalculateDeadline, style: ActionStyle.Positive)],
        };
    }

    private static void AddField(List<CardElement> body, DeadlineFormAnswer answer, CardInput input)
    {
        body.Add(input);
        body.AddRange(answer.Problems.Where(p => string.Equals(p.InputId, input.Id, StringComparison.Ordinal)).Take(3)
            .Select(p => CardText.Problem(p.Message)));
    }
}
