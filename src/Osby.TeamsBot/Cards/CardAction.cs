using System.Text.Json.Serialization;

namespace Osby.TeamsBot.Cards;

/// <summary>A button; serialised with its Adaptive Cards <c>type</c>. Create buttons with <see cref="CardButtons"/>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
internal abstract record CardAction
{
    /// <summary>Gets the button text.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the data sent with the inputs of the card; always carries the verb under <see cref="CardVerbs.VerbKey"/>.</summary>
    public required IReadOnlyDictionary<string, string> Data { get; init; }

    /// <summary>Gets the style, or null for the default.</summary>
    public ActionStyle? Style { get; init; }
}

/// <summary>A Universal Action (Adaptive Cards <c>Action.Execute</c>): Teams sends an <c>adaptiveCard/action</c> invoke.</summary>
internal sealed record ExecuteAction : CardAction
{
    /// <summary>Gets the verb, one of <see cref="CardVerbs"/>.</summary>
    public required string Verb { get; init; }

    /// <summary>Gets the action clients use when they cannot run this one.</summary>
    public CardAction? Fallback { get; init; }
}

/// <summary>A submit button (Adaptive Cards <c>Action.Submit</c>): Teams sends a message whose value is the data.</summary>
internal sealed record SubmitAction : CardAction;
