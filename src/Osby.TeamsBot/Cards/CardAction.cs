using System.Text.Json.Serialization;

namespace Osby.TeamsBot.Cards;

/// <summary>A button; serialised with its Adaptive Cards <c>type</c>. Create buttons with <see cref="CardButtons"/>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
internal abstract record CardAction
{
    /// <summary>Gets the button text.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the style, or null for the default.</summary>
    public ActionStyle? Style { get; init; }
}

/// <summary>A Universal Action (Adaptive Cards <c>Action.Execute</c>): Teams sends an <c>adaptiveCard/action</c> invoke.</summary>
internal sealed record ExecuteAction : CardAction
{
    /// <summary>Gets the verb, one of <see cref="CardVerbs"/>.</summary>
    public required string Verb { get; init; }

    /// <summary>Gets the data sent with the inputs of the card; always carries the verb under <see cref="CardVerbs.VerbKey"/>.</summary>
    public required IReadOnlyDictionary<string, string> Data { get; init; }

    /// <summary>Gets the action clients use when they cannot run this one.</summary>
    public CardAction? Fallback { get; init; }
}

/// <summary>A submit button (Adaptive Cards <c>Action.Submit</c>): Teams sends a message whose value is the data.</summary>
internal sealed record SubmitAction : CardAction
{
    /// <summary>Gets the data sent with the inputs of the card; always carries the verb under <see cref="CardVerbs.VerbKey"/>.</summary>
    public required IReadOnlyDictionary<string, string> Data { get; init; }
}

/// <summary>A button that opens a small card below it (Adaptive Cards <c>Action.ShowCard</c>), e.g. a form with one input.</summary>
/// <remarks>
/// Nothing is sent to the bot when it is clicked; the buttons of the shown card send its inputs together with the inputs of
/// the cards around it, but never the inputs of other shown cards, so two shown cards may use the same input id.
/// </remarks>
internal sealed record ShowCardAction : CardAction
{
    /// <summary>Gets the card shown when the button is clicked.</summary>
    public required ShownCard Card { get; init; }
}

/// <summary>The card inside an <see cref="ShowCardAction"/>: an Adaptive Card without the version and Teams settings of a message's card.</summary>
internal sealed record ShownCard
{
    /// <summary>Gets the element type, always "AdaptiveCard".</summary>
    [JsonPropertyOrder(-1)]
    public string Type => "AdaptiveCard";

    /// <summary>Gets the elements of the card, top to bottom.</summary>
    public required IReadOnlyList<CardElement> Body { get; init; }

    /// <summary>Gets the buttons below the body, or null for none.</summary>
    public IReadOnlyList<CardAction>? Actions { get; init; }
}
