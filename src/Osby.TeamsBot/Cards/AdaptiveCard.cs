using System.Text.Json.Serialization;

namespace Osby.TeamsBot.Cards;

/// <summary>An Adaptive Card 1.5 as Teams renders it: a body of elements and a row of actions.</summary>
/// <remarks>
/// Only the parts of the Adaptive Cards schema the bot uses are modelled (STYLE.md §8). Serialise it with
/// <see cref="CardJson"/>; the type, schema, version and full-width Teams setting are fixed.
/// </remarks>
internal sealed record AdaptiveCard
{
    /// <summary>The schema the card follows.</summary>
    public const string SchemaUri = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>The Adaptive Cards version; Teams renders 1.5.</summary>
    public const string SchemaVersion = "1.5";

    /// <summary>Gets the element type, always "AdaptiveCard".</summary>
    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    /// <summary>Gets the schema address, for editors and the Designer.</summary>
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema => SchemaUri;

    /// <summary>Gets the card version.</summary>
    [JsonPropertyOrder(-1)]
    public string Version => SchemaVersion;

    /// <summary>Gets the elements of the card, top to bottom.</summary>
    public required IReadOnlyList<CardElement> Body { get; init; }

    /// <summary>Gets the buttons below the body, or null for none.</summary>
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Gets how Teams refreshes the card for each user who sees it, or null for a card that is never refreshed.</summary>
    public CardRefresh? Refresh { get; init; }

    /// <summary>Gets the Teams-specific settings: the card uses the full width of the chat.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardSettings MsTeams => TeamsCardSettings.FullWidth;
}

/// <summary>The Teams extension of a card (<c>msteams</c>); not part of the Adaptive Cards schema.</summary>
/// <param name="Width">"Full" to use the whole width of the conversation.</param>
internal sealed record TeamsCardSettings(string Width)
{
    /// <summary>Gets the setting that makes a card use the full width.</summary>
    public static TeamsCardSettings FullWidth { get; } = new("Full");
}
