using Osby.TeamsBot.Answers;

namespace Osby.TeamsBot.Cards;

/// <summary>The card that says when something must be answered, and why.</summary>
internal static class DeadlineCard
{
    /// <summary>The text of the button that opens the calculator again.</summary>
    public const string AgainButton = "Räkna ut en annan tid";

    /// <summary>Creates the card.</summary>
    /// <param name="answer">The deadlines and the reasons for them.</param>
    /// <returns>The card.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is null.</exception>
    public static AdaptiveCard Create(DeadlineAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);

        List<Fact> facts =
        [
            CardText.Fact("Kom in", CardText.DateAndTime(answer.Arrived)),
            CardText.Fact("Kanal", answer.ChannelName),
        ];
        facts.AddRange(answer.Deadlines.Take(CardText.MaxListItems).Select(d => CardText.Fact(d.Label, d.DueText)));

        List<CardElement> body = [CardText.Headline(answer.Summary), new FactSet { Facts = facts, Spacing = CardSpacing.Medium }];

        if (answer.Why.Count > 0)
        {
            body.Add(CardText.Heading("Varför?"));
            body.AddRange(answer.Why.Take(CardText.MaxListItems).Select(CardText.Bullet));
        }

        if (!string.IsNullOrWhiteSpace(answer.Tip))
        {
            body.Add(new Container
            {
                Style = ContainerStyle.Emphasis,
                Spacing = CardSpacing.Medium,
                Items = [new TextBlock { Text = "Tips", Weight = TextWeight.Bolder }, CardText.Paragraph(answer.Tip)],
            });
        }

        body.AddRange(CardText.Sources(answer.Deadlines.Select(d => d.Rule)));

        return new AdaptiveCard
        {
            Body = body,
            Actions = [CardButtons.ShowDeadlineForm(AgainButton)],
        };
    }
}
