using System.Text.Json;

namespace Osby.TeamsBot.Api;

/// <summary>How the item API writes and reads enum values: camelCase names, read case-insensitively.</summary>
/// <remarks>
/// Only the names count: a number ("2") or a combination ("email,sefos") is not a name and is refused, so a typing error
/// in a calling system never lands on the wrong channel or event.
/// </remarks>
internal static class ApiNames
{
    /// <summary>Writes a value as the API names it, e.g. <c>FunctionMailbox</c> as "functionMailbox".</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The name.</returns>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Gets every name of an enum as the API writes them, in declaration order.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(Of)];

    /// <summary>Gets every name of an enum as the API writes them, in declaration order.</summary>
    /// <param name="type">The enum type.</param>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> All(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return [.. Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName)];
    }

    /// <summary>Reads a name, ignoring case and surrounding blanks.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="text">The name given.</param>
    /// <param name="value">The value, when the name is one of the enum's.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryRead<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        foreach (TEnum candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
