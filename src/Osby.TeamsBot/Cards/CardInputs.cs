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

    /// <summary>The item id (data of every item action).</summary>
    public const string ItemId = "itemId";

    /// <summary>The addressed party of a forward (data of the forward card's actions).</summary>
    public const string Party = "party";

    /// <summary>The recipient to forward to: a person's e-mail address or a function mailbox's address.</summary>
    public const string Recipient = "recipient";

    /// <summary>Why the recipient is the wrong one (<c>Input.Text</c>).</summary>
    public const string Reason = "reason";

    /// <summary>Who should get the item instead (<c>Input.Text</c>, optional).</summary>
    public const string SuggestedRecipient = "suggestedRecipient";

    /// <summary>The promised date of a receipt (<c>Input.Date</c>).</summary>
    public const string PromisedDate = "promisedDate";

    /// <summary>The promised time of a receipt (<c>Input.Time</c>).</summary>
    public const string PromisedTime = "promisedTime";

    /// <summary>The original sender (register card).</summary>
    public const string Sender = "sender";

    /// <summary>The sender category (register card; values are <c>SenderCategory</c> names).</summary>
    public const string SenderCategory = "senderCategory";

    /// <summary>The subject or a short description (register card).</summary>
    public const string Subject = "subject";

    /// <summary>The first receiving mailbox or person (register card).</summary>
    public const string Mailbox = "mailbox";

    /// <summary>The information value 0–3 (register card, RT-14).</summary>
    public const string InformationValue = "informationValue";

    /// <summary>The id of one shown register card, so that a double click registers one item (data of its submit).</summary>
    public const string FormId = "formId";

    /// <summary>The outbox key of a reminder (data of its "Påminn om 1 timme" button).</summary>
    public const string ReminderKey = "reminderKey";
}
