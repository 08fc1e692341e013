using Osby.Policy.Deadlines;
using Osby.TeamsBot.Answers;

namespace Osby.TeamsBot.Cards;

/// <summary>The parts the item cards share: the subject (or why it is hidden) and an obligation line.</summary>
internal static class ItemBlocks
{
    /// <summary>Creates the subject block: "Ämne" and the subject; on a sensitive item only why it is not shown (RT-14).</summary>
    /// <param name="view">The item.</param>
    /// <returns>The elements; none for an item without a subject.</returns>
    public static IEnumerable<CardElement> Subject(ItemView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Item.IsSensitive)
        {
            return [new TextBlock { Text = ItemTexts.SubjectHidden, IsSubtle = true, Spacing = CardSpacing.Medium }];
        }

        return view.Item.Arrival.Subject is { } subject && !string.IsNullOrWhiteSpace(subject)
            ? [CardText.Heading("Ämne"), CardText.Paragraph(subject.Trim()) with { Spacing = CardSpacing.Small }]
            : [];
    }

    /// <summary>Creates the line of one obligation: what, by when and where it stands. The due time and state are never clipped.</summary>
    /// <param name="view">The item.</param>
    /// <param name="obligation">The obligation; its due time is set.</param>
    /// <param name="compact">Whether to name the obligation in a few words (<see cref="ItemTexts.ObligationLabel"/>) rather than in full with its rule.</param>
    /// <param name="maxWhat">The most characters of what is owed.</param>
    /// <returns>The line, coloured by its state.</returns>
    public static TextBlock Obligation(ItemView view, Obligation obligation, bool compact = false, int maxWhat = CardText.MaxQuote)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        string what = compact ? ItemTexts.ObligationLabel(view, obligation) : ItemTexts.ObligationText(view, obligation);
        return CardText.Bullet($"{CardText.Clip(what, maxWhat)}: senast {ItemTexts.DueText(view, obligation)}") with
        {
            Color = obligation.State switch
            {
                ObligationState.Overdue => TextColor.Attention,
                ObligationState.DueSoon => TextColor.Warning,
                ObligationState.Met => TextColor.Good,
                _ => null,
            },
        };
    }
}
