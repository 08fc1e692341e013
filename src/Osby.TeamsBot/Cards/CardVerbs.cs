namespace Osby.TeamsBot.Cards;

/// <summary>The verbs of every card action the bot handles.</summary>
/// <remarks>
/// Each action is an <c>Action.Execute</c> with this verb, falling back to an
/// <c>Action.Submit</c> whose data carries the same verb under <see cref="VerbKey"/>, so the
/// bot reads both the <c>adaptiveCard/action</c> invoke and the fallback's message value alike.
/// </remarks>
internal static class CardVerbs
{
    /// <summary>The key of the verb in every action's data.</summary>
    public const string VerbKey = "verb";

    /// <summary>Ask a question as if the user had typed it; data key <see cref="CardInputs.Question"/>.</summary>
    public const string AskQuestion = "askQuestion";

    /// <summary>Show the deadline calculator.</summary>
    public const string ShowDeadlineForm = "showDeadlineForm";

    /// <summary>Compute a deadline from the calculator's inputs.</summary>
    public const string CalculateDeadline = "calculateDeadline";
}
