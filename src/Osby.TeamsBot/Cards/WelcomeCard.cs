using Osby.TeamsBot.Answers;

namespace Osby.TeamsBot.Cards;

/// <summary>The welcome and help card: what the bot does, example questions to click, and the deadline calculator.</summary>
internal static class WelcomeCard
{
    /// <summary>The most example questions shown as buttons.</summary>
    public const int MaxQuestions = 6;

    /// <summary>The text of the button that opens the deadline calculator.</summary>
    public const string DeadlineButton = "Räkna ut en svarstid";

    /// <summary>The text of the button that opens the register card.</summary>
    public const string RegisterButton = "Registrera ett ärende";

    /// <summary>The text of the button that lists the user's open items.</summary>
    public const string MyItemsButton = "Mina ärenden";

    /// <summary>Creates the card.</summary>
    /// <param name="answer">The help answer with its example questions.</param>
    /// <returns>The card.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is null.</exception>
    public static AdaptiveCard Create(HelpAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);

        List<CardElement> body =
        [
            CardText.Headline("Hej! Jag är Osby-boten."),
            CardText.Paragraph(
                "Jag svarar på frågor om Osby kommuns riktlinje för service och digital kommunikation: " +
                "svarstider, vart ett mejl ska skickas, diarieföring och bemötande."),
        ];

        string[] questions = [.. answer.ExampleQuestions.Where(q => !string.IsNullOrWhiteSpace(q)).Take(MaxQuestions)];
        if (questions.Length > 0)
        {
            body.Add(CardText.Heading("Klicka på en fråga eller skriv din egen:"));

            // One set per question, so the buttons stack and long questions keep their full width.
            body.AddRange(questions.Select(q => new ActionSet
            {
                Actions = [CardButtons.AskQuestion(CardText.Clip(q, CardText.MaxQuote), CardText.Clip(q, CardText.MaxLine))],
                Spacing = CardSpacing.Small,
            }));
        }

        body.Add(CardText.Paragraph(
            "Jag håller också reda på ärenden: registrera ett samtal eller meddelande, vidarebefordra det och se vem som har bekräftat. " +
            "Skriv ”registrera” eller ”mina ärenden”, eller använd knapparna nedan.") with { Spacing = CardSpacing.Medium });
        body.Add(CardText.Note("Du kan skriva ”hjälp” när som helst för att se det här igen."));

        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                CardButtons.ShowDeadlineForm(DeadlineButton),
                CardButtons.Execute(RegisterButton, CardVerbs.ShowRegisterForm),
                CardButtons.Execute(MyItemsButton, CardVerbs.ShowMyItems),
            ],
        };
    }
}
