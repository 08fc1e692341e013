using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Osby.Policy.Routing;

/// <summary>The line of every value of a JSON text, by JSON path, and the properties written twice in one object.</summary>
/// <remarks>
/// <see cref="JsonDocument"/> does not keep positions, so a first pass with <see cref="Utf8JsonReader"/> records the
/// 1-based line where each property name or array element starts. Paths look like <c>$.mailboxes[3].redirectTo</c>;
/// a name that is not an identifier is written <c>$['a name']</c>.
/// </remarks>
internal sealed partial class JsonLineMap
{
    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);
    private readonly List<(string Path, int Line)> duplicates = [];

    /// <summary>Maps a UTF-8 JSON text that <see cref="JsonDocument"/> has already parsed (so it is well-formed).</summary>
    /// <param name="utf8Json">The text, without a byte-order mark.</param>
    internal JsonLineMap(ReadOnlySpan<byte> utf8Json)
    {
        int[] newlines = NewlineOffsets(utf8Json);
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var stack = new Stack<Frame>();
        while (reader.Read())
        {
            int line = LineAt(newlines, reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                {
                    Frame frame = stack.Peek();
                    string name = reader.GetString()!;
                    string path = frame.Path + Segment(name);
                    if (!frame.Names!.Add(name))
                    {
                        duplicates.Add((path, line));
                    }

                    lines.TryAdd(path, line);
                    frame.Pending = path;
                    break;
                }

                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    break;

                default:
                {
                    string path = ValuePath(stack, line);
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        stack.Push(new Frame(path, reader.TokenType == JsonTokenType.StartObject));
                    }

                    break;
                }
            }
        }
    }

    /// <summary>Gets the properties that appear more than once in the same object (all but the first), with their lines.</summary>
    internal IReadOnlyList<(string Path, int Line)> Duplicates => duplicates;

    /// <summary>Returns the path segment for a property name: ".name", or "['a name']" for a name that is not an identifier.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The segment.</returns>
    internal static string Segment(string name) =>
        Identifier().IsMatch(name) ? "." + name : "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";

    /// <summary>Returns the path segment for an array index: "[3]".</summary>
    /// <param name="index">The index.</param>
    /// <returns>The segment.</returns>
    internal static string Index(int index) => string.Create(CultureInfo.InvariantCulture, $"[{index}]");

    /// <summary>Returns the line of a path, or of its nearest ancestor that is in the file (for a missing field: its object).</summary>
    /// <param name="path">The JSON path.</param>
    /// <returns>The 1-based line, or null when not even the root is known.</returns>
    internal int? LineOf(string path)
    {
        string current = path;
        while (true)
        {
            if (lines.TryGetValue(current, out int line))
            {
                return line;
            }

            int cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            if (cut <= 0)
            {
                return null;
            }

            current = current[..cut];
        }
    }

    private static int[] NewlineOffsets(ReadOnlySpan<byte> text)
    {
        var offsets = new List<int>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'\n')
            {
                offsets.Add(i);
            }
        }

        return [.. offsets];
    }

    private static int LineAt(int[] newlines, long offset)
    {
        int index = Array.BinarySearch(newlines, (int)offset);
        return (index < 0 ? ~index : index) + 1;
    }

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    private string ValuePath(Stack<Frame> stack, int line)
    {
        if (stack.Count == 0)
        {
            lines.TryAdd("$", line);
            return "$";
        }

        Frame parent = stack.Peek();
        if (parent.Names is not null)
        {
            return parent.Pending!;
        }

        string path = parent.Path + Index(parent.Count++);
        lines.TryAdd(path, line);
        return path;
    }

    private sealed class Frame(string path, bool isObject)
    {
        public string Path { get; } = path;

        public HashSet<string>? Names { get; } = isObject ? new HashSet<string>(StringComparer.Ordinal) : null;

        public string? Pending { get; set; }

        public int Count { get; set; }
    }
}
