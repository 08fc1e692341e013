namespace Osby.TeamsBot.Cards;

/// <summary>An input field; its value is sent with the action under <see cref="Id"/>.</summary>
/// <remarks>Ids are the constants of <see cref="CardInputs"/>.</remarks>
internal abstract record CardInput : CardElement
{
    /// <summary>Gets the id the value is sent under.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the label shown above the field.</summary>
    public string? Label { get; init; }

    /// <summary>Gets the initial value, or null for empty.</summary>
    public string? Value { get; init; }

    /// <summary>Gets whether the client refuses to send the card without a value, or null for optional.</summary>
    public bool? IsRequired { get; init; }

    /// <summary>Gets the message the client shows when a required value is missing or invalid.</summary>
    public string? ErrorMessage { get; init; }
}

/// <summary>A date picker (Adaptive Cards <c>Input.Date</c>); the value is <c>yyyy-MM-dd</c>.</summary>
internal sealed record DateInput : CardInput;

/// <summary>A time picker (Adaptive Cards <c>Input.Time</c>); the value is <c>HH:mm</c>.</summary>
internal sealed record TimeInput : CardInput;

/// <summary>A free-text field (Adaptive Cards <c>Input.Text</c>).</summary>
internal sealed record TextInput : CardInput
{
    /// <summary>Gets the hint shown while the field is empty.</summary>
    public string? Placeholder { get; init; }

    /// <summary>Gets whether the field takes several lines, or null for one.</summary>
    public bool? IsMultiline { get; init; }

    /// <summary>Gets the most characters the field takes, or null for no limit (a hint; the bot still checks).</summary>
    public int? MaxLength { get; init; }
}

/// <summary>A list to choose one value from (Adaptive Cards <c>Input.ChoiceSet</c>).</summary>
internal sealed record ChoiceSetInput : CardInput
{
    /// <summary>Gets the choices, in display order.</summary>
    public required IReadOnlyList<Choice> Choices { get; init; }

    /// <summary>Gets how the list is shown; compact is a drop-down.</summary>
    public ChoiceInputStyle? Style { get; init; }

    /// <summary>Gets the hint shown while nothing is chosen (compact style only).</summary>
    public string? Placeholder { get; init; }
}

/// <summary>One choice of a <see cref="ChoiceSetInput"/>.</summary>
/// <param name="Title">What the user sees.</param>
/// <param name="Value">What is sent.</param>
internal sealed record Choice(string Title, string Value);
