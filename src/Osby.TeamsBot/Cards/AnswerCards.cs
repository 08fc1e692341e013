using System.Collections.Frozen;
using Osby.TeamsBot.Answers;

namespace Osby.TeamsBot.Cards;

/// <summary>Renders any <see cref="Answer"/> as its card, through a table of factories rather than a switch.</summary>
internal static class AnswerCards
{
    private static readonly FrozenDictionary<Type, Func<Answer, AdaptiveCard?>> Factories =
        new Dictionary<Type, Func<Answer, AdaptiveCard?>>
        {
            [typeof(HelpAnswer)] = a => WelcomeCard.Create((HelpAnswer)a),
            [typeof(DeadlineAnswer)] = a => DeadlineCard.Create((DeadlineAnswer)a),
            [typeof(DeadlineFormAnswer)] = a => DeadlineFormCard.Create((DeadlineFormAnswer)a),
            [typeof(RoutingAnswer)] = a => RoutingCard.Create((RoutingAnswer)a),
            [typeof(RecordsAnswer)] = a => RecordsCard.Create((RecordsAnswer)a),
            [typeof(ConductAnswer)] = a => ConductCard.Create((ConductAnswer)a),
            [typeof(GuidanceAnswer)] = a => GuidanceCard.Create((GuidanceAnswer)a),

            // Sent as plain text, without a card.
            [typeof(TextAnswer)] = _ => null,
        }.ToFrozenDictionary();

    /// <summary>Gets every answer type <see cref="Render"/> knows.</summary>
    public static IReadOnlyCollection<Type> AnswerTypes => Factories.Keys;

    /// <summary>Renders an answer as a card.</summary>
    /// <param name="answer">The answer.</param>
    /// <returns>The card, or null for an answer sent as plain text (<see cref="TextAnswer"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is null.</exception>
    /// <exception cref="ArgumentException">No card is defined for the answer's type.</exception>
    public static AdaptiveCard? Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Factories.TryGetValue(answer.GetType(), out Func<Answer, AdaptiveCard?>? create)
            ? create(answer)
            : throw new ArgumentException($"No card is defined for {answer.GetType().Name}.", nameof(answer));
    }
}
