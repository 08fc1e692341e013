using System.Globalization;
using NodaTime;
using Osby.Policy.Rules;
using Osby.TeamsBot.Answers;

namespace Osby.TeamsBot.Cards;

/// <summary>The text elements the cards share: headline, heading, paragraph, bullet, sources; and the caps that keep cards small.</summary>
internal static class CardText
{
    /// <summary>The longest paragraph a card shows, in characters.</summary>
    public const int MaxParagraph = 2000;

    /// <summary>The longest list item, note or problem a card shows, in characters.</summary>
    public const int MaxLine = 400;

    /// <summary>The longest quotation from a user's text a card shows, in characters.</summary>
    public const int MaxQuote = 200;

    /// <summary>The most items of one list a card shows.</summary>
    public const int MaxListItems = 8;

    /// <summary>Creates the card's main line: large and bold.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The element.</returns>
    public static TextBlock Headline(string text) =>
        new() { Text = Clip(text, MaxParagraph), Size = TextSize.Large, Weight = TextWeight.Bolder };

    /// <summary>Creates a section heading.</summary>
    /// <param name="text">The heading.</param>
    /// <returns>The element.</returns>
    public static TextBlock Heading(string text) =>
        new() { Text = text, Weight = TextWeight.Bolder, Spacing = CardSpacing.Medium };

    /// <summary>Creates a paragraph, clipped to <see cref="MaxParagraph"/> characters.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The element.</returns>
    public static TextBlock Paragraph(string text) => new() { Text = Clip(text, MaxParagraph) };

    /// <summary>Creates a list item, clipped to <see cref="MaxLine"/> characters.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The element.</returns>
    public static TextBlock Bullet(string text) =>
        new() { Text = "• " + Clip(text, MaxLine), Spacing = CardSpacing.Small };

    /// <summary>Creates a toned-down note, e.g. a source, clipped to <see cref="MaxLine"/> characters.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The element.</returns>
    public static TextBlock Note(string text) =>
        new() { Text = Clip(text, MaxLine), IsSubtle = true, Size = TextSize.Small, Spacing = CardSpacing.Small };

    /// <summary>Creates an attention-coloured message, e.g. what is wrong with an input, clipped to <see cref="MaxLine"/> characters.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The element.</returns>
    public static TextBlock Problem(string text) =>
        new() { Text = Clip(text, MaxLine), Color = TextColor.Attention, Spacing = CardSpacing.Small };

    /// <summary>Creates a fact, its name clipped to <see cref="MaxQuote"/> and its value to <see cref="MaxLine"/> characters.</summary>
    /// <param name="title">The name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The fact.</returns>
    public static Fact Fact(string title, string value) => new(Clip(title, MaxQuote), Clip(value, MaxLine));

    /// <summary>Creates the "Källa: …" lines for the given rules, each once, at most <see cref="MaxListItems"/>.</summary>
    /// <param name="citations">The rules, most important first.</param>
    /// <returns>The elements; empty when there are no rules.</returns>
    public static IEnumerable<CardElement> Sources(IEnumerable<RuleCitation> citations) =>
        citations.Distinct().Take(MaxListItems).Select((c, i) => Note(c.ToString()) with
        {
            Spacing = i == 0 ? CardSpacing.Medium : CardSpacing.None,
        });

    /// <summary>Shortens a text to at most <paramref name="max"/> characters, at a word boundary, ending in "…".</summary>
    /// <param name="text">The text.</param>
    /// <param name="max">The most characters to keep, at least 2.</param>
    /// <returns>The text, or its beginning and "…".</returns>
    public static string Clip(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        if (text.Length <= max)
        {
            return text;
        }

        int cut = max - 1;
        if (char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        int space = text.LastIndexOf(' ', cut, cut + 1);
        if (space > max / 2)
        {
            cut = space;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }

    /// <summary>Writes a date in Swedish, e.g. "måndag 1 december 2025".</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Date(LocalDate date) => SwedishDateText.FormatDate(date, currentYear: null);

    /// <summary>Writes a date and time in Swedish, e.g. "måndag 1 december 2025 kl. 15.40".</summary>
    /// <param name="dateTime">The local date and time.</param>
    /// <returns>The text.</returns>
    public static string DateAndTime(LocalDateTime dateTime) => SwedishDateText.Format(dateTime, currentYear: null);

    /// <summary>Writes a share as a Swedish percentage, e.g. "62 %".</summary>
    /// <param name="share">The share, 0–1.</param>
    /// <returns>The text.</returns>
    public static string Percent(double share) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100, MidpointRounding.AwayFromZero):0} %");

    /// <summary>Quotes a user's words in Swedish quotation marks, clipped to <see cref="MaxQuote"/> characters.</summary>
    /// <param name="text">The words.</param>
    /// <returns>The quotation.</returns>
    public static string Quote(string text) => "”" + Clip(text.Trim(), MaxQuote) + "”";
}
