using Osby.Policy.Guidance;
using Osby.TeamsBot.Answers;

namespace Osby.TeamsBot.Cards;

/// <summary>The card with what the guideline says about a question: the best answer, and the next ones as "Se även".</summary>
internal static class GuidanceCard
{
    /// <summary>The most "Se även" lines shown.</summary>
    public const int MaxSeeAlso = 4;

    /// <summary>The question the "show help" button asks when nothing was found.</summary>
    public const string HelpQuestion = "hjälp";

    /// <summary>Creates the card.</summary>
    /// <param name="answer">The question and the hits, best first.</param>
    /// <returns>The card.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is null.</exception>
    public static AdaptiveCard Create(GuidanceAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);

        List<CardElement> body = [];
        if (!string.IsNullOrWhiteSpace(answer.Question))
        {
            body.Add(CardText.Note("Du frågade: " + CardText.Quote(answer.Question)) with { Spacing = null });
        }

        if (answer.Hits.Count == 0)
        {
            body.Add(CardText.Headline("Jag hittade inget i riktlinjen om det."));
            body.Add(CardText.Paragraph(
                "Försök att fråga med andra ord, till exempel ”Hur snabbt måste vi svara på ett mejl?” eller " +
                "”Ska ett mejl från en invånare diarieföras?”. Skriv ”hjälp” för att se vad jag kan svara på."));
            return new AdaptiveCard
            {
                Body = body,
                Actions = [CardButtons.AskQuestion("Visa vad jag kan svara på", HelpQuestion)],
            };
        }

        GuidelineHit best = answer.Hits[0];
        body.Add(CardText.Headline(best.Title));
        body.Add(CardText.Paragraph(best.Answer));
        body.AddRange(CardText.Sources([best.Citation]));

        GuidelineHit[] more = [.. answer.Hits.Skip(1).Take(MaxSeeAlso)];
        if (more.Length > 0)
        {
            body.Add(CardText.Heading("Se även"));
            body.AddRange(more.Select(h => CardText.Bullet($"{h.Title} ({h.RuleId})")));
        }

        return new AdaptiveCard { Body = body };
    }
}
