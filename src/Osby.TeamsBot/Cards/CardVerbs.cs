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

    /// <summary>Show the card to register an item by hand ("registrera").</summary>
    public const string ShowRegisterForm = "showRegisterForm";

    /// <summary>Register an item from the register card's inputs.</summary>
    public const string RegisterItem = "registerItem";

    /// <summary>Show the user's open items ("mina ärenden").</summary>
    public const string ShowMyItems = "showMyItems";

    /// <summary>Forward an item; data <see cref="CardInputs.ItemId"/> and input <see cref="CardInputs.Recipient"/>.</summary>
    public const string ForwardItem = "forwardItem";

    /// <summary>The recipient handles the forwarded item (DL-6); data <see cref="CardInputs.ItemId"/>, <see cref="CardInputs.Party"/>.</summary>
    public const string ConfirmForward = "confirmForward";

    /// <summary>The recipient is the wrong one; inputs <see cref="CardInputs.Reason"/> and <see cref="CardInputs.SuggestedRecipient"/>.</summary>
    public const string DeclineForward = "declineForward";

    /// <summary>The forwarded item is advertising or routine mail: no action.</summary>
    public const string MarkAdvertising = "markAdvertising";

    /// <summary>The card's <c>refresh</c> action: the current view of a forward card for the user who sees it.</summary>
    public const string RefreshForwardCard = "refreshForwardCard";

    /// <summary>The item was answered; data <see cref="CardInputs.ItemId"/>.</summary>
    public const string MarkAnswered = "markAnswered";

    /// <summary>A receipt with a promise was sent; inputs <see cref="CardInputs.PromisedDate"/>, <see cref="CardInputs.PromisedTime"/>.</summary>
    public const string SendAcknowledgement = "sendAcknowledgement";

    /// <summary>"Påminn om 1 timme" on a reminder card; data <see cref="CardInputs.ReminderKey"/>.</summary>
    public const string SnoozeReminder = "snoozeReminder";
}
