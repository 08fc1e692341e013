using System.Globalization;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Cards;

/// <summary>The buttons of an item on <see cref="ItemCard"/> and <see cref="MyItemsCard"/>: forward, receipt sent, answered.</summary>
/// <remarks>Every button's data carries the item id under <see cref="CardInputs.ItemId"/>. The forward and receipt buttons open a
/// small card with their inputs; its button sends them with the verb.</remarks>
internal static class ItemButtons
{
    /// <summary>The text of the button that opens the forward form.</summary>
    public const string ForwardTitle = "Vidarebefordra";

    /// <summary>The text of the button that opens the receipt form (DL-3).</summary>
    public const string AcknowledgeTitle = "Mottagningsbekräftelse skickad";

    /// <summary>The text of the button that records the final answer.</summary>
    public const string AnsweredTitle = "Besvarat";

    /// <summary>The text of the button that sends the forward.</summary>
    public const string SendForwardTitle = "Skicka vidare";

    /// <summary>The text of the button that records the receipt.</summary>
    public const string SaveAcknowledgementTitle = "Spara";

    /// <summary>The line under the forward form.</summary>
    public const string ForwardHint = "Mottagaren ombeds bekräfta om hen hanterar ärendet. Ansvaret flyttas först när någon bekräftar (RT-7, DL-6).";

    /// <summary>The line under the receipt form.</summary>
    public const string AcknowledgeHint = "Hinner du inte svara till dess får avsändaren ett lägesbesked senast då (DL-3).";

    /// <summary>Creates the buttons for an item: forward and receipt, and "answered" unless the item was answered already.</summary>
    /// <param name="view">The item.</param>
    /// <param name="hints">Whether the forms explain what follows (RT-7, DL-3); false on a card with many items, to keep it small.</param>
    /// <returns>The buttons; none for a closed item.</returns>
    public static IReadOnlyList<CardAction> For(ItemView view, bool hints = true)
    {
        ArgumentNullException.ThrowIfNull(view);
        TrackedItem item = view.Item;
        if (item.IsClosed)
        {
            return [];
        }

        List<CardAction> actions = [Forward(item.Id, hints), Acknowledge(item.Id, hints)];
        if (!item.Entries.Any(e => e.Kind == TrackedEventKind.Answered))
        {
            actions.Add(Answered(item.Id));
        }

        return actions;
    }

    /// <summary>Creates the data pair that names the item.</summary>
    /// <param name="itemId">The item id.</param>
    /// <returns>The pair under <see cref="CardInputs.ItemId"/>.</returns>
    public static KeyValuePair<string, string> ItemData(long itemId) =>
        new(CardInputs.ItemId, itemId.ToString(CultureInfo.InvariantCulture));

    /// <summary>Creates the "Vidarebefordra" button: a recipient and a button that sends <see cref="CardVerbs.ForwardItem"/>.</summary>
    /// <param name="itemId">The item id.</param>
    /// <param name="hint">Whether to explain under the input that the responsibility moves only with a confirmation.</param>
    /// <returns>The button.</returns>
    public static ShowCardAction Forward(long itemId, bool hint = true) => new()
    {
        Title = ForwardTitle,
        Card = new ShownCard
        {
            Body =
            [
                new TextInput
                {
                    Id = CardInputs.Recipient,
                    Label = "Till vem?",
                    Placeholder = "E-postadress, till exempel bygglov@osby.se",
                    IsRequired = true,
                    ErrorMessage = "Skriv mottagarens e-postadress.",
                },
                .. Hint(hint, ForwardHint),
            ],
            Actions = [CardButtons.Execute(SendForwardTitle, CardVerbs.ForwardItem, [ItemData(itemId)], ActionStyle.Positive)],
        },
    };

    /// <summary>Creates the "Mottagningsbekräftelse skickad" button: the promised date and time, and a button that sends
    /// <see cref="CardVerbs.SendAcknowledgement"/> (DL-3).</summary>
    /// <param name="itemId">The item id.</param>
    /// <param name="hint">Whether to explain under the inputs that a status update is owed by the promised time.</param>
    /// <returns>The button.</returns>
    public static ShowCardAction Acknowledge(long itemId, bool hint = true) => new()
    {
        Title = AcknowledgeTitle,
        Card = new ShownCard
        {
            Body =
            [
                new DateInput
                {
                    Id = CardInputs.PromisedDate,
                    Label = "Vilken dag lovade du svar?",
                    IsRequired = true,
                    ErrorMessage = "Välj dagen du lovade svar.",
                },
                new TimeInput
                {
                    Id = CardInputs.PromisedTime,
                    Label = "Vilken tid?",
                    IsRequired = true,
                    ErrorMessage = "Välj tiden du lovade svar, till exempel 15:00.",
                },
                .. Hint(hint, AcknowledgeHint),
            ],
            Actions = [CardButtons.Execute(SaveAcknowledgementTitle, CardVerbs.SendAcknowledgement, [ItemData(itemId)], ActionStyle.Positive)],
        },
    };

    /// <summary>Creates the "Besvarat" button (<see cref="CardVerbs.MarkAnswered"/>).</summary>
    /// <param name="itemId">The item id.</param>
    /// <returns>The button.</returns>
    public static ExecuteAction Answered(long itemId) => CardButtons.Execute(AnsweredTitle, CardVerbs.MarkAnswered, [ItemData(itemId)]);

    private static IEnumerable<CardElement> Hint(bool show, string text) => show ? [CardText.Note(text)] : [];
}
