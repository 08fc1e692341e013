using System.Globalization;
using Osby.Policy.Deadlines;
using Osby.TeamsBot.Answers;

namespace Osby.TeamsBot.Cards;

/// <summary>"Mina ärenden": a person's open items, the most urgent first, each with its most urgent obligation and the item buttons.</summary>
/// <remarks>At most <see cref="MaxItems"/> items are shown, with "… och N till" below them; fewer if their texts are so long
/// (e.g. in a script that takes three bytes a letter) that ten would not fit in <see cref="CardJson.MaxBytes"/>. On a
/// sensitive item (RT-14) only the sender category is shown, never the sender or the subject.</remarks>
internal static class MyItemsCard
{
    /// <summary>The most items shown on the card.</summary>
    public const int MaxItems = 10;

    /// <summary>The longest subject shown for an item, in characters.</summary>
    public const int MaxSubject = 120;

    /// <summary>The longest sender, obligation line or name shown for an item, in characters; with <see cref="MaxSubject"/>,
    /// what keeps ten items of Swedish text under 28 KB.</summary>
    public const int MaxField = 120;

    /// <summary>Creates the card.</summary>
    /// <param name="view">The items in order, the person's name and how many open items they have.</param>
    /// <returns>The card.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is null.</exception>
    public static AdaptiveCard Create(MyItemsView view)
    {
        ArgumentNullException.ThrowIfNull(view);

        List<CardElement> body = [CardText.Headline("Mina ärenden")];
        if (view.Items.Count == 0)
        {
            body.Add(CardText.Paragraph(ItemTexts.NoOpenItems));
            return new AdaptiveCard { Body = body };
        }

        int total = Math.Max(view.TotalOpen, view.Items.Count);
        string count = total == 1 ? "1 öppet ärende" : string.Create(CultureInfo.InvariantCulture, $"{total} öppna ärenden");
        body.Add(CardText.Paragraph($"{CardText.Clip(view.UserName, MaxField)}, du har {count}. Det som brådskar mest står först."));

        Container[] items = [.. view.Items.Take(MaxItems).Select(Item)];
        for (int shown = items.Length; ; shown--)
        {
            List<CardElement> all = [.. body, .. items.Take(shown)];
            if (total > shown)
            {
                all.Add(CardText.Note(ItemTexts.MoreItems(total - shown)) with { Spacing = CardSpacing.Medium });
            }

            var card = new AdaptiveCard { Body = all };
            if (shown == 1 || CardJson.SizeInBytes(card) < CardJson.MaxBytes)
            {
                return card;
            }
        }
    }

    private static Container Item(ItemView item)
    {
        List<CardElement> items =
        [
            new TextBlock
            {
                Text = CardText.Clip(string.Create(CultureInfo.InvariantCulture, $"Ärende {item.Item.Id} · {ItemTexts.SenderText(item)}"), MaxField),
                Weight = TextWeight.Bolder,
            },
        ];
        if (!item.Item.IsSensitive && item.Item.Arrival.Subject is { } subject && !string.IsNullOrWhiteSpace(subject))
        {
            items.Add(CardText.Note(CardText.Clip(subject.Trim(), MaxSubject)) with { Spacing = CardSpacing.None });
        }

        IReadOnlyList<Obligation> open = item.Open;
        items.Add(open.Count > 0
            ? ItemBlocks.Obligation(item, open[0], compact: true, maxWhat: MaxField)
            : CardText.Paragraph("Ingen tidsgräns löper just nu.") with { Spacing = CardSpacing.Small });

        IReadOnlyList<CardAction> actions = ItemButtons.For(item, hints: false);
        if (actions.Count > 0)
        {
            items.Add(new ActionSet { Actions = actions, Spacing = CardSpacing.Small });
        }

        return new Container
        {
            Separator = true,
            Spacing = CardSpacing.Medium,
            Style = open.Count > 0 && open[0].State == ObligationState.Overdue ? ContainerStyle.Attention
                : open.Count > 0 && open[0].State == ObligationState.DueSoon ? ContainerStyle.Warning
                : null,
            Items = items,
        };
    }
}
