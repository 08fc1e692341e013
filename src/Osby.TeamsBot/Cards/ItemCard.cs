using System.Globalization;
using Osby.Policy.Routing;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Cards;

/// <summary>An item's summary after it was registered or forwarded: its facts, what is owed and by when, who is responsible,
/// the forwards with their answers, and the buttons to forward it, record a receipt or record the answer.</summary>
/// <remarks>On a sensitive item (information value 2 or more, RT-14) the card shows neither the subject nor the sender.</remarks>
internal static class ItemCard
{
    /// <summary>Creates the card.</summary>
    /// <param name="view">The item and whether it was registered before.</param>
    /// <returns>The card.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is null.</exception>
    public static AdaptiveCard Create(ItemRegisteredView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        ItemView item = view.View;
        TrackedItem tracked = item.Item;

        List<CardElement> body = [CardText.Headline(string.Create(CultureInfo.InvariantCulture, $"Ärende {tracked.Id}"))];
        if (view.AlreadyRegistered)
        {
            body.Add(new TextBlock { Text = ItemTexts.AlreadyRegistered, Color = TextColor.Accent, Weight = TextWeight.Bolder });
        }

        if (tracked.IsClosed)
        {
            body.Add(new TextBlock { Text = "Ärendet är stängt.", Weight = TextWeight.Bolder });
        }

        List<Fact> facts =
        [
            CardText.Fact("Från", ItemTexts.SenderText(item)),
            CardText.Fact("Kom in", $"{ItemTexts.When(item, tracked.Arrival.FirstArrival)}, {ChannelNames.Of(tracked.Arrival.Channel)}"),
            CardText.Fact("Informationsvärde", ItemTexts.InformationValueText(tracked.Arrival.InformationValue)),
            CardText.Fact("Ansvarig", item.Name(tracked.Responsible)),
            CardText.Fact("Vägen", ItemTexts.ChainText(item)),
        ];
        if (tracked.Entries.LastOrDefault(e => e.Kind == TrackedEventKind.Registered) is { Note: { } diarienummer })
        {
            facts.Add(CardText.Fact("Diarienummer", diarienummer));
        }

        body.Add(new FactSet { Facts = facts, Spacing = CardSpacing.Medium });
        body.AddRange(ItemBlocks.Subject(item));

        var obligations = item.Applicable;
        if (obligations.Count > 0)
        {
            body.Add(CardText.Heading("Tidsgränser"));
            body.AddRange(obligations.Take(CardText.MaxListItems).Select(o => ItemBlocks.Obligation(item, o)));
        }

        ForwardHop[] forwards = [.. tracked.Chain.Hops.Where(h => !h.IsArrival)];
        if (forwards.Length > 0)
        {
            body.Add(CardText.Heading("Vidarebefordringar"));
            body.AddRange(forwards.TakeLast(CardText.MaxListItems).Select(h => CardText.Bullet(
                $"{item.Name(h.From)} → {item.Name(h.To)}, {ItemTexts.When(item, h.At)}: {ItemTexts.OutcomeText(item, h)}")));
        }

        IReadOnlyList<CardAction> actions = ItemButtons.For(item);
        return new AdaptiveCard { Body = body, Actions = actions.Count > 0 ? actions : null };
    }
}
