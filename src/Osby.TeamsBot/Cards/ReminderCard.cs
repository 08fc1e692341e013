using Osby.TeamsBot.Answers;

namespace Osby.TeamsBot.Cards;

/// <summary>
/// A reminder about an item: the headline and what to do by when (with the rule), the item as on its own card (subject
/// hidden for information value 2 or more, RT-14), and the actions "Vidarebefordra", "Mottagningsbekräftelse skickad",
/// "Besvarat" and "Påminn om 1 timme". Acting on it replaces the card in place.
/// </summary>
internal static class ReminderCard
{
    /// <summary>The snooze button's text.</summary>
    public const string SnoozeTitle = "Påminn om 1 timme";

    /// <summary>Creates the card.</summary>
    /// <param name="view">The reminder.</param>
    /// <returns>The card.</returns>
    public static AdaptiveCard Create(ReminderView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        AdaptiveCard item = ItemCard.Create(new ItemRegisteredView(view.Item, AlreadyRegistered: false));

        List<CardElement> body = [CardText.Headline(ReminderTexts.Headline(view.Kind, view.Item.Item.Id))];
        if (view.Notice is not null)
        {
            body.Add(new TextBlock { Text = CardText.Clip(view.Notice, CardText.MaxParagraph), Color = TextColor.Accent, Weight = TextWeight.Bolder });
        }

        body.Add(CardText.Paragraph(view.WhatToDo));

        // The item's own card without its headline ("Ärende 42"), which the reminder's headline already names.
        body.AddRange(item.Body.Skip(1));

        List<CardAction> actions = view.MayAct ? [.. item.Actions ?? []] : [];
        if (view.MaySnooze)
        {
            actions.Add(CardButtons.Execute(SnoozeTitle, CardVerbs.SnoozeReminder, [new(CardInputs.ReminderKey, view.Key)]));
        }

        return new AdaptiveCard { Body = body, Actions = actions.Count > 0 ? actions : null };
    }
}
