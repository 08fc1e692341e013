using Osby.Policy.Records;
using Osby.TeamsBot.Answers;

namespace Osby.TeamsBot.Cards;

/// <summary>The card that says whether and how something must be registered (diarieföras).</summary>
internal static class RecordsCard
{
    /// <summary>Creates the card.</summary>
    /// <param name="answer">The advice and its summary.</param>
    /// <returns>The card.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is null.</exception>
    public static AdaptiveCard Create(RecordsAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        RecordsAdvice advice = answer.Advice;

        List<CardElement> body = [CardText.Headline(answer.Summary), CardText.Paragraph(advice.Reason)];

        List<Fact> facts = [CardText.Fact("Kom in", CardText.Date(advice.ArrivalDate))];
        if (advice.Diarienummer is { } number)
        {
            facts.Add(CardText.Fact("Diarienummer", number));
        }

        if (advice.PurgeDate is { } purge)
        {
            facts.Add(CardText.Fact(advice.IsPurged ? "Gallrades i SEFOS" : "Gallras i SEFOS", CardText.Date(purge)));
        }

        body.Add(new FactSet { Facts = facts, Spacing = CardSpacing.Medium });

        if (advice.IsPurged)
        {
            body.Add(CardText.Problem("Meddelandet finns inte längre kvar i SEFOS."));
        }

        body.AddRange(CardText.Sources(advice.Citations));
        return new AdaptiveCard { Body = body };
    }
}
