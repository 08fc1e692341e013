using Osby.Policy.Conduct;
using Osby.TeamsBot.Answers;

namespace Osby.TeamsBot.Cards;

/// <summary>The card about how to write or say something: a review of a draft, or an example to copy.</summary>
internal static class ConductCard
{
    /// <summary>The most lines of an example shown.</summary>
    public const int MaxExampleLines = 20;

    /// <summary>Creates the card.</summary>
    /// <param name="answer">The findings, the example and the sources.</param>
    /// <returns>The card.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is null.</exception>
    public static AdaptiveCard Create(ConductAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);

        List<CardElement> body = [CardText.Headline(answer.Summary)];
        body.AddRange(answer.Findings.Take(CardText.MaxListItems).Select(Finding));
        if (answer.Findings.Count > CardText.MaxListItems)
        {
            body.Add(CardText.Note($"… och {answer.Findings.Count - CardText.MaxListItems} saker till. Rätta dem ovan och fråga igen."));
        }

        if (!string.IsNullOrWhiteSpace(answer.Example))
        {
            // One block per line: a single line break inside a TextBlock is not shown in every client.
            string[] lines = answer.Example.ReplaceLineEndings("\n").Split('\n');
            body.Add(new Container
            {
                Style = ContainerStyle.Emphasis,
                Spacing = CardSpacing.Medium,
                Items =
                [
                    new TextBlock { Text = "Exempel", Weight = TextWeight.Bolder },
                    .. lines.Take(MaxExampleLines).Select(line => new TextBlock
                    {
                        // An empty TextBlock is dropped by some clients; a no-break space keeps the blank line.
                        Text = line.Length == 0 ? "\u00a0" : CardText.Clip(line, CardText.MaxQuote),
                        FontType = FontType.Monospace,
                        Spacing = CardSpacing.None,
                    }),
                ],
            });
        }

        body.AddRange(CardText.Sources(answer.Citations.Concat(answer.Findings.Select(f => f.Citation))));
        return new AdaptiveCard { Body = body };
    }

    private static Container Finding(ConductFinding finding)
    {
        List<CardElement> items =
        [
            new TextBlock { Text = CardText.Clip(finding.Message, CardText.MaxLine), Weight = TextWeight.Bolder },
            new TextBlock { Text = CardText.Clip(finding.Suggestion, CardText.MaxLine), Spacing = CardSpacing.Small },
        ];
        if (finding.Excerpt is { Length: > 0 } excerpt)
        {
            items.Add(CardText.Note("I ditt utkast: " + CardText.Quote(excerpt)) with { Spacing = CardSpacing.None });
        }

        items.Add(CardText.Note($"Regel {finding.Citation.RuleId}") with { Spacing = CardSpacing.None });
        return new Container { Spacing = CardSpacing.Medium, Separator = true, Items = items };
    }
}
