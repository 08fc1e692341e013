namespace Osby.TeamsBot.Cards;

/// <summary>Creates every button of every card, so all of them work the same way.</summary>
/// <remarks>
/// A button is an <c>Action.Execute</c> with a verb from <see cref="CardVerbs"/>. Its data carries the same verb under
/// <see cref="CardVerbs.VerbKey"/>, and it falls back to an <c>Action.Submit</c> with the same title and data, because
/// Teams mobile clients mishandle <c>Action.Execute</c>. The bot can then read the verb from either.
/// </remarks>
internal static class CardButtons
{
    /// <summary>Creates a button.</summary>
    /// <param name="title">The button text, in Swedish.</param>
    /// <param name="verb">The verb, one of <see cref="CardVerbs"/>.</param>
    /// <param name="data">Extra data to send, e.g. the question under <see cref="CardInputs.Question"/>; may not contain the verb key.</param>
    /// <param name="style">The style, or null for the default.</param>
    /// <returns>The button.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="verb"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> or <paramref name="verb"/> is blank, or <paramref name="data"/> contains the verb key.</exception>
    public static ExecuteAction Execute(
        string title,
        string verb,
        IEnumerable<KeyValuePair<string, string>>? data = null,
        ActionStyle? style = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);

        var values = new Dictionary<string, string>(StringComparer.Ordinal) { [CardVerbs.VerbKey] = verb };
        foreach ((string key, string value) in data ?? [])
        {
            if (!values.TryAdd(key, value))
            {
                throw new ArgumentException($"The data may not contain the key \"{key}\" twice or set the verb.", nameof(data));
            }
        }

        return new ExecuteAction
        {
            Title = title,
            Verb = verb,
            Data = values,
            Style = style,
            Fallback = new SubmitAction { Title = title, Data = values, Style = style },
        };
    }

    /// <summary>Creates a button that asks a question as if the user had typed it.</summary>
    /// <param name="title">The button text.</param>
    /// <param name="question">The question to ask.</param>
    /// <returns>The button.</returns>
    public static ExecuteAction AskQuestion(string title, string question) =>
        Execute(title, CardVerbs.AskQuestion, [new(CardInputs.Question, question)]);

    /// <summary>Creates the button that shows the deadline calculator.</summary>
    /// <param name="title">The button text.</param>
    /// <returns>The button.</returns>
    public static ExecuteAction ShowDeadlineForm(string title) => Execute(title, CardVerbs.ShowDeadlineForm);
}
