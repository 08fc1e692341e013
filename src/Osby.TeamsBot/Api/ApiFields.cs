using NodaTime;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Api;

/// <summary>Reads the fields of an API request record, adding a problem for each one that is missing or cannot be read.</summary>
internal static class ApiFields
{
    /// <summary>Reads an enum name (<see cref="ApiNames"/>).</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The value given, or null.</param>
    /// <param name="field">The field's API name.</param>
    /// <param name="required">Whether the field must be given.</param>
    /// <param name="fallback">The value when not given (or not readable).</param>
    /// <param name="problems">Receives a problem when the field is missing or unknown.</param>
    /// <param name="except">Names that are not allowed here.</param>
    /// <returns>The value read, or <paramref name="fallback"/>.</returns>
    public static TEnum Name<TEnum>(string? value, string field, bool required, TEnum fallback, ICollection<ItemProblem> problems, params TEnum[] except)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                problems.Add(ApiProblems.Problem(field, ApiTexts.Required));
            }

            return fallback;
        }

        if (ApiNames.TryRead(value, out TEnum result) && !except.Contains(result))
        {
            return result;
        }

        problems.Add(ApiProblems.Problem(field, ApiTexts.UnknownName(value.Trim(), ApiNames.All<TEnum>().Except(except.Select(ApiNames.Of)))));
        return fallback;
    }

    /// <summary>Reads a time with an offset (<see cref="ApiTime"/>).</summary>
    /// <param name="value">The value given, or null.</param>
    /// <param name="field">The field's API name.</param>
    /// <param name="required">Whether the field must be given.</param>
    /// <param name="problems">Receives a problem when the field is missing or not a time with an offset.</param>
    /// <returns>The instant, or null when not given or not readable.</returns>
    public static Instant? Time(string? value, string field, bool required, ICollection<ItemProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                problems.Add(ApiProblems.Problem(field, ApiTexts.Required));
            }

            return null;
        }

        if (ApiTime.TryRead(value, out Instant instant))
        {
            return instant;
        }

        problems.Add(ApiProblems.Problem(field, ApiTexts.NeedsOffset));
        return null;
    }

    /// <summary>Reads a text.</summary>
    /// <param name="value">The value given, or null.</param>
    /// <param name="field">The field's API name.</param>
    /// <param name="required">Whether the field must be given.</param>
    /// <param name="problems">Receives a problem when a required field is missing or blank.</param>
    /// <returns>The trimmed text; empty when not given.</returns>
    public static string Text(string? value, string field, bool required, ICollection<ItemProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                problems.Add(ApiProblems.Problem(field, ApiTexts.Required));
            }

            return string.Empty;
        }

        return value.Trim();
    }

    /// <summary>Returns an optional text trimmed, or null when blank.</summary>
    /// <param name="value">The value given.</param>
    /// <returns>The trimmed text, or null.</returns>
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
