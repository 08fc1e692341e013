namespace Osby.TeamsBot.Understanding;

/// <summary>Swedish text as the phrase readers see it: lower case, å ä ö folded to a a o, spaces collapsed.</summary>
/// <remarks>
/// Staff often type without å, ä and ö ("nar maste jag svara"), so every reader matches against the folded
/// form and writes its patterns without diacritics. Folding keeps one character per character, so positions
/// in the folded text are positions in the original.
/// </remarks>
internal static class SwedishText
{
    /// <summary>Folds a text: lower case (invariant), å ä ö é ü to a a o e u, other whitespace to a space.</summary>
    /// <param name="text">The text as typed.</param>
    /// <returns>The folded text, the same length as <paramref name="text"/>.</returns>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (folded, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                folded[i] = FoldChar(source[i]);
            }
        });
    }

    private static char FoldChar(char c)
    {
        // Every reader folds every message, so plain ASCII letters and digits take the short way.
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or ' ')
        {
            return c;
        }

        char lower = char.ToLowerInvariant(c);
        return lower switch
        {
            'å' or 'ä' or 'á' or 'à' or 'æ' => 'a',
            'ö' or 'ø' or 'ó' => 'o',
            'é' or 'è' or 'ë' => 'e',
            'ü' => 'u',
            '–' or '—' => '-',
            '’' or '‘' or '”' or '“' => '\'',
            _ when char.IsWhiteSpace(lower) => ' ',
            _ => lower,
        };
    }
}
