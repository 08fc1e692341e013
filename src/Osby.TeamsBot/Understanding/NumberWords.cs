using System.Globalization;

namespace Osby.TeamsBot.Understanding;

/// <summary>Small Swedish numbers written as words or digits ("två", "tjugo", "3"), folded (see <see cref="SwedishText"/>).</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["en"] = 1, ["ett"] = 1, ["tva"] = 2, ["tre"] = 3, ["fyra"] = 4, ["fem"] = 5, ["sex"] = 6, ["sju"] = 7,
        ["atta"] = 8, ["nio"] = 9, ["tio"] = 10, ["elva"] = 11, ["tolv"] = 12, ["tretton"] = 13, ["fjorton"] = 14,
        ["femton"] = 15, ["sexton"] = 16, ["sjutton"] = 17, ["arton"] = 18, ["nitton"] = 19, ["tjugo"] = 20,
        ["tjugofem"] = 25, ["trettio"] = 30, ["fyrtio"] = 40, ["fyrtiofem"] = 45, ["femtio"] = 50, ["sextio"] = 60,
        ["ngn"] = 1, ["nagon"] = 1, ["nagra"] = 2, ["par"] = 2,
    };

    /// <summary>Reads a folded word or digits as a number from 0 to 999.</summary>
    /// <param name="word">The folded word, e.g. "tva" or "12".</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether the word is a number this reader knows.</returns>
    public static bool TryRead(string word, out int value)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length is > 0 and <= 3 && word.All(char.IsAsciiDigit))
        {
            value = int.Parse(word, NumberStyles.None, CultureInfo.InvariantCulture);
            return true;
        }

        return Words.TryGetValue(word, out value);
    }

    /// <summary>Tells whether a number word is vague ("några", "ett par"): it gives a number, but not a precise one.</summary>
    /// <param name="word">The folded word.</param>
    /// <returns>Whether the word is vague.</returns>
    public static bool IsVague(string word) => word is "ngn" or "nagon" or "nagra" or "par";
}
