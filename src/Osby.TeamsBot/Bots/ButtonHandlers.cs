using NodaTime;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Bots;

/// <summary>What each card button does, by verb.</summary>
/// <remarks>
/// Every handler is a pure call into the <see cref="QuestionAnswerer"/>, so a double click gives the
/// same answer twice and changes nothing. Whether the answer replaces the clicked card or comes as
/// a new message is part of the outcome: the calculator's result replaces the calculator, while an
/// example question keeps the welcome card and answers below it.
/// </remarks>
internal sealed class ButtonHandlers
{
    private readonly Dictionary<string, Func<ButtonClick, ZonedDateTime, string?, ButtonOutcome>> handlers;

    /// <summary>Initializes a new instance of the <see cref="ButtonHandlers"/> class.</summary>
    /// <param name="answerer">Answers the questions and computes deadlines.</param>
    public ButtonHandlers(QuestionAnswerer answerer)
    {
        ArgumentNullException.ThrowIfNull(answerer);

        handlers = new(StringComparer.Ordinal)
        {
            [CardVerbs.AskQuestion] = (action, now, userName) => new(
                () => answerer.Answer(action.Value(CardInputs.Question) ?? string.Empty, now, userName),
                ButtonDelivery.NewMessage),
            [CardVerbs.ShowDeadlineForm] = (_, now, userName) => new(
                () => answerer.Answer(DeadlineFormCommand, now, userName),
                ButtonDelivery.NewMessage),
            [CardVerbs.CalculateDeadline] = (action, now, _) => new(
                () => answerer.CalculateDeadline(
                    action.Value(CardInputs.ArrivalDate),
                    action.Value(CardInputs.ArrivalTime),
                    action.Value(CardInputs.Channel),
                    now),
                ButtonDelivery.ReplaceCard),
        };
    }

    /// <summary>The command that opens the deadline calculator, as a user would type it.</summary>
    public const string DeadlineFormCommand = "svarstid";

    /// <summary>Finds the handler of an action's verb.</summary>
    /// <param name="action">The clicked action.</param>
    /// <param name="now">The user's now, Europe/Stockholm.</param>
    /// <param name="userName">The user's display name, if known.</param>
    /// <param name="outcome">How to compute the answer and how to deliver it.</param>
    /// <returns>False when the verb is unknown.</returns>
    public bool TryHandle(ButtonClick action, ZonedDateTime now, string? userName, out ButtonOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(action);

        if (handlers.TryGetValue(action.Verb, out var handler))
        {
            outcome = handler(action, now, userName);
            return true;
        }

        outcome = null!;
        return false;
    }
}

/// <summary>How the answer to a card action reaches the user.</summary>
internal enum ButtonDelivery
{
    /// <summary>The answer replaces the clicked card.</summary>
    ReplaceCard,

    /// <summary>The answer comes as a new message; the clicked card stays.</summary>
    NewMessage,
}

/// <summary>The answer to a card action, not yet computed, and how to deliver it.</summary>
/// <param name="Compute">Computes the answer: at once when it replaces the card (the invoke response waits for it),
/// within the reply budget of <see cref="BackgroundReplies"/> when it comes as a new message.</param>
/// <param name="Delivery">Whether it replaces the card or comes as a new message.</param>
internal sealed record ButtonOutcome(Func<Answer> Compute, ButtonDelivery Delivery);
