using System.Text.Json.Serialization;

namespace Osby.TeamsBot.Cards;

/// <summary>An element of a card's body; serialised with its Adaptive Cards <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(TimeInput), "Input.Time")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
internal abstract record CardElement
{
    /// <summary>Gets the space above the element, or null for the default.</summary>
    public CardSpacing? Spacing { get; init; }

    /// <summary>Gets whether a line is drawn above the element, or null for no line.</summary>
    public bool? Separator { get; init; }
}

/// <summary>A piece of text (Adaptive Cards <c>TextBlock</c>).</summary>
internal sealed record TextBlock : CardElement
{
    /// <summary>Gets the text; a small subset of Markdown is rendered.</summary>
    public required string Text { get; init; }

    /// <summary>Gets whether the text wraps; true unless set otherwise, so nothing is cut off.</summary>
    public bool Wrap { get; init; } = true;

    /// <summary>Gets the weight, or null for the default.</summary>
    public TextWeight? Weight { get; init; }

    /// <summary>Gets the size, or null for the default.</summary>
    public TextSize? Size { get; init; }

    /// <summary>Gets the colour, or null for the default.</summary>
    public TextColor? Color { get; init; }

    /// <summary>Gets whether the text is toned down, or null for normal.</summary>
    public bool? IsSubtle { get; init; }

    /// <summary>Gets the font, or null for the default.</summary>
    public FontType? FontType { get; init; }
}

/// <summary>Name–value pairs shown as a table (Adaptive Cards <c>FactSet</c>).</summary>
internal sealed record FactSet : CardElement
{
    /// <summary>Gets the facts, top to bottom.</summary>
    public required IReadOnlyList<Fact> Facts { get; init; }
}

/// <summary>One row of a <see cref="FactSet"/>.</summary>
/// <param name="Title">The name, e.g. "Kom in".</param>
/// <param name="Value">The value.</param>
internal sealed record Fact(string Title, string Value);

/// <summary>A group of elements, optionally styled (Adaptive Cards <c>Container</c>).</summary>
internal sealed record Container : CardElement
{
    /// <summary>Gets the elements inside.</summary>
    public required IReadOnlyList<CardElement> Items { get; init; }

    /// <summary>Gets the style, or null for the default.</summary>
    public ContainerStyle? Style { get; init; }
}

/// <summary>Columns side by side (Adaptive Cards <c>ColumnSet</c>).</summary>
internal sealed record ColumnSet : CardElement
{
    /// <summary>Gets the columns, left to right.</summary>
    public required IReadOnlyList<Column> Columns { get; init; }
}

/// <summary>One column of a <see cref="ColumnSet"/>.</summary>
internal sealed record Column
{
    /// <summary>Gets the element type, always "Column".</summary>
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    /// <summary>Gets the elements inside.</summary>
    public required IReadOnlyList<CardElement> Items { get; init; }

    /// <summary>Gets the width: "auto", "stretch" or a weight such as "2"; null for the default.</summary>
    public string? Width { get; init; }
}

/// <summary>Buttons inside the body (Adaptive Cards <c>ActionSet</c>).</summary>
internal sealed record ActionSet : CardElement
{
    /// <summary>Gets the buttons.</summary>
    public required IReadOnlyList<CardAction> Actions { get; init; }
}
