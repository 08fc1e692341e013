namespace Osby.TeamsBot.Cards;

/// <summary>The ids of card inputs and data keys, shared by the cards and the handlers.</summary>
internal static class CardInputs
{
    /// <summary>The question text of an <see cref="CardVerbs.AskQuestion"/> action.</summary>
    public const string Question = "question";

    /// <summary>The arrival date (<c>Input.Date</c>, <c>yyyy-MM-dd</c>).</summary>
    public const string ArrivalDate = "arrivalDate";

    /// <summary>The arrival time (<c>Input.Time</c>, <c>HH:mm</c>).</summary>
    public const string ArrivalTime = "arrivalTime";

    /// <summary>The channel (<c>Input.ChoiceSet</c>; values are <see cref="Osby.Policy.Channel"/> names).</summary>
    public const string Channel = "channel";
}
