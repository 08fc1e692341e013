using System.Text.Json;
using Osby.Policy.Rules;

namespace Osby.Policy.Guidance;

/// <summary>Reads the knowledge base (the embedded <c>guideline-entries.json</c>) into typed entries and checks it against the rule catalogue.</summary>
/// <remarks>
/// The file holds, per rule, only what is ours to write: id, title, answer, keywords and example questions. Section and
/// source come from <see cref="RuleCitation"/>. Loading fails with every problem listed when an id is unknown or missing,
/// an entry is duplicated, or a field is empty, so a broken file never ships silently.
/// </remarks>
internal static class GuidelineCatalog
{
    /// <summary>The resource name of the knowledge base in the library assembly.</summary>
    internal const string ResourceName = "Osby.Policy.Guidance.guideline-entries.json";

    /// <summary>The longest answer accepted, in characters (four plain sentences).</summary>
    internal const int MaxAnswerLength = 600;

    /// <summary>Reads the embedded knowledge base.</summary>
    /// <returns>One entry per rule, in catalogue order.</returns>
    /// <exception cref="InvalidOperationException">The resource is missing or invalid.</exception>
    internal static IReadOnlyList<GuidelineEntry> Load()
    {
        using Stream stream = typeof(GuidelineCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The knowledge base resource \"{ResourceName}\" is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses and checks a knowledge base.</summary>
    /// <param name="json">The JSON text: <c>{ "entries": [ { "id", "title", "answer", "keywords": [], "questions": [] } ] }</c>.</param>
    /// <returns>One entry per rule, in catalogue order.</returns>
    /// <exception cref="InvalidOperationException">The text is not valid JSON of that shape, or fails a check; the message lists every problem.</exception>
    internal static IReadOnlyList<GuidelineEntry> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException("The knowledge base is not valid JSON: " + ex.Message, ex);
        }

        using (document)
        {
            var problems = new List<string>();
            var byId = new Dictionary<string, GuidelineEntry>(StringComparer.OrdinalIgnoreCase);
            if (!document.RootElement.TryGetProperty("entries", out JsonElement entries) || entries.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidOperationException("The knowledge base has no \"entries\" array.");
            }

            int index = 0;
            foreach (JsonElement element in entries.EnumerateArray())
            {
                GuidelineEntry? entry = ReadEntry(element, $"entries[{index}]", problems);
                if (entry is not null && !byId.TryAdd(entry.RuleId, entry))
                {
                    problems.Add($"entries[{index}]: a second entry for {entry.RuleId}.");
                }

                index++;
            }

            problems.AddRange(RuleCitation.All.Where(c => !byId.ContainsKey(c.RuleId)).Select(c => $"{c.RuleId}: no entry."));
            if (problems.Count > 0)
            {
                throw new InvalidOperationException("The knowledge base is invalid:" + Environment.NewLine
                    + string.Join(Environment.NewLine, problems.Select(p => "- " + p)));
            }

            return [.. RuleCitation.All.Select(c => byId[c.RuleId])];
        }
    }

    private static GuidelineEntry? ReadEntry(JsonElement element, string path, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: not an object.");
            return null;
        }

        string? id = ReadString(element, "id", path, problems);
        string? title = ReadString(element, "title", path, problems);
        string? answer = ReadString(element, "answer", path, problems);
        List<string>? keywords = ReadStrings(element, "keywords", path, problems, minimum: 3);
        List<string>? questions = ReadStrings(element, "questions", path, problems, minimum: 2);

        RuleCitation? citation = null;
        if (id is not null)
        {
            citation = RuleCitation.All.FirstOrDefault(c => string.Equals(c.RuleId, id, StringComparison.Ordinal));
            if (citation is null)
            {
                problems.Add($"{path}: \"{id}\" is not a rule of the catalogue (ids are case-sensitive, e.g. \"DL-1\").");
            }
        }

        if (answer is not null && answer.Length > MaxAnswerLength)
        {
            problems.Add($"{path} ({id}): the answer has {answer.Length} characters; keep it to {MaxAnswerLength}.");
        }

        return citation is null || title is null || answer is null || keywords is null || questions is null
            ? null
            : new GuidelineEntry(citation, title, answer, keywords, questions);
    }

    private static string? ReadString(JsonElement element, string name, string path, List<string> problems)
    {
        if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{path}: \"{name}\" is missing or not a string.");
            return null;
        }

        string text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            problems.Add($"{path}: \"{name}\" is empty.");
            return null;
        }

        return text;
    }

    private static List<string>? ReadStrings(JsonElement element, string name, string path, List<string> problems, int minimum)
    {
        if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{path}: \"{name}\" is missing or not an array.");
            return null;
        }

        var items = new List<string>();
        foreach (JsonElement item in value.EnumerateArray())
        {
            string? text = item.ValueKind == JsonValueKind.String ? item.GetString()?.Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                problems.Add($"{path}: \"{name}\" has an empty or non-string item.");
                return null;
            }

            items.Add(text);
        }

        if (items.Count < minimum)
        {
            problems.Add($"{path}: \"{name}\" needs at least {minimum} items.");
            return null;
        }

        return items;
    }
}
