using System.Globalization;
using Newtonsoft.Json.Linq;
using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Bots;

/// <summary>A click on a card button: its verb and its data, the inputs' values included.</summary>
/// <param name="Verb">One of <see cref="CardVerbs"/>, or anything a client sent.</param>
/// <param name="Data">The action's data as strings; missing keys mean missing values.</param>
internal sealed record ButtonClick(string Verb, IReadOnlyDictionary<string, string?> Data)
{
    /// <summary>Gets a data value, or null when it is missing or blank.</summary>
    /// <param name="key">The data key, one of <see cref="CardInputs"/>.</param>
    /// <returns>The trimmed value, or null.</returns>
    public string? Value(string key) =>
        Data.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>
    /// Reads an action from an <c>Action.Execute</c> invoke (<paramref name="verb"/> given) or from
    /// the value of the message an <c>Action.Submit</c> fallback sends (verb inside the data).
    /// </summary>
    /// <param name="verb">The invoke's verb, or null to take it from <paramref name="data"/>.</param>
    /// <param name="data">The action data: a JSON object, or anything else a client sent.</param>
    /// <param name="action">The action, when one could be read.</param>
    /// <returns>Whether the data held an object with a verb.</returns>
    public static bool TryRead(string? verb, object? data, out ButtonClick action)
    {
        action = null!;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        JObject? json = data switch
        {
            JObject jObject => jObject,
            null => null,
            string text => TryParseObject(text),
            _ => TryFromObject(data),
        };
        if (json is not null)
        {
            foreach (var property in json.Properties())
            {
                values[property.Name] = property.Value switch
                {
                    JValue { Value: null } => null,
                    JValue value => Convert.ToString(value.Value, CultureInfo.InvariantCulture),
                    var other => other.ToString(Newtonsoft.Json.Formatting.None),
                };
            }
        }

        verb = string.IsNullOrWhiteSpace(verb) && values.TryGetValue(CardVerbs.VerbKey, out var dataVerb) ? dataVerb : verb;
        if (string.IsNullOrWhiteSpace(verb) || (json is null && data is not null))
        {
            return false;
        }

        action = new ButtonClick(verb.Trim(), values);
        return true;
    }

    private static JObject? TryParseObject(string text)
    {
        try
        {
            return JToken.Parse(text) as JObject;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    private static JObject? TryFromObject(object data)
    {
        try
        {
            return JToken.FromObject(data) as JObject;
        }
        catch (Exception exception) when (exception is ArgumentException or Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }
}
