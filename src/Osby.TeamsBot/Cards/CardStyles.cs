namespace Osby.TeamsBot.Cards;

/// <summary>Space above an element.</summary>
internal enum CardSpacing
{
    /// <summary>The host's default.</summary>
    Default,

    /// <summary>No space.</summary>
    None,

    /// <summary>A little space.</summary>
    Small,

    /// <summary>Some space.</summary>
    Medium,

    /// <summary>A lot of space.</summary>
    Large,
}

/// <summary>Text weight.</summary>
internal enum TextWeight
{
    /// <summary>Normal.</summary>
    Default,

    /// <summary>Lighter.</summary>
    Lighter,

    /// <summary>Bold.</summary>
    Bolder,
}

/// <summary>Text size.</summary>
internal enum TextSize
{
    /// <summary>Normal.</summary>
    Default,

    /// <summary>Small.</summary>
    Small,

    /// <summary>Medium, for headings.</summary>
    Medium,

    /// <summary>Large, for the main line.</summary>
    Large,
}

/// <summary>Text colour, from the host's theme.</summary>
internal enum TextColor
{
    /// <summary>Normal.</summary>
    Default,

    /// <summary>The accent colour.</summary>
    Accent,

    /// <summary>Good news.</summary>
    Good,

    /// <summary>A warning.</summary>
    Warning,

    /// <summary>Something to fix.</summary>
    Attention,
}

/// <summary>Font family.</summary>
internal enum FontType
{
    /// <summary>The normal font.</summary>
    Default,

    /// <summary>A fixed-width font, for text to copy.</summary>
    Monospace,
}

/// <summary>Container background style.</summary>
internal enum ContainerStyle
{
    /// <summary>No background.</summary>
    Default,

    /// <summary>A subtle background.</summary>
    Emphasis,

    /// <summary>Good news.</summary>
    Good,

    /// <summary>Something to fix.</summary>
    Attention,

    /// <summary>A warning.</summary>
    Warning,

    /// <summary>The accent colour.</summary>
    Accent,
}

/// <summary>Button style.</summary>
internal enum ActionStyle
{
    /// <summary>Normal.</summary>
    Default,

    /// <summary>The main action.</summary>
    Positive,
}

/// <summary>How a choice set is shown.</summary>
internal enum ChoiceInputStyle
{
    /// <summary>A drop-down.</summary>
    Compact,

    /// <summary>Radio buttons.</summary>
    Expanded,

    /// <summary>A drop-down the user can type in to filter the choices (Teams' static typeahead search).</summary>
    /// <remarks>A Teams extension, not in the Adaptive Cards 1.5 schema (it is in 1.6); other hosts show a drop-down.</remarks>
    Filtered,
}
