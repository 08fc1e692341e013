using Osby.Policy.Rules;

namespace Osby.Policy.Conduct;

/// <summary>How staff answer external calls: "Osby kommun", first name and last name (rule CD-1, riktlinjen avsnitt 2.2).</summary>
public static class PhoneGreeting
{
    private const string Municipality = "Osby kommun";

    /// <summary>Gets the rule the greeting follows: CD-1, riktlinjen avsnitt 2.2.</summary>
    public static RuleCitation Citation { get; } = RuleCitation.For("CD-1");

    /// <summary>Returns the phrase to answer an external call with, e.g. "Osby kommun, Anna Andersson".</summary>
    /// <param name="firstName">The first name (or names), e.g. "Anna" or "Anna-Karin".</param>
    /// <param name="lastName">The last name, e.g. "Andersson" or "af Klint".</param>
    /// <returns>"Osby kommun, " followed by first and last name, trimmed and with single spaces.</returns>
    /// <remarks>Names are used as written: capitals are not changed, so "af Klint" stays "af Klint".</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="firstName"/> or <paramref name="lastName"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A name is empty or white space, or has other characters than letters, spaces, hyphens and apostrophes.
    /// The message is in Swedish.
    /// </exception>
    public static string For(string firstName, string lastName)
    {
        ArgumentNullException.ThrowIfNull(firstName);
        ArgumentNullException.ThrowIfNull(lastName);
        string first = Name(firstName, "Förnamnet", nameof(firstName));
        string last = Name(lastName, "Efternamnet", nameof(lastName));
        return $"{Municipality}, {first} {last}";
    }

    private static string Name(string value, string what, string parameter)
    {
        string trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException($"{what} saknas. Svara med ”{Municipality}, förnamn efternamn”.", parameter);
        }

        bool valid = trimmed.Any(char.IsLetter)
            && trimmed.All(c => char.IsLetter(c) || c == ' ' || c == '-' || c == '\'' || c == '’'
                || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark);
        if (!valid)
        {
            throw new ArgumentException(
                $"{what} får bara innehålla bokstäver, mellanslag, bindestreck och apostrofer: ”{value}”.", parameter);
        }

        return string.Join(' ', trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
