using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Osby.TeamsBot.Benchmarks;

/// <summary>A Teams personal-chat message activity, as Teams posts it to <c>/api/messages</c>.</summary>
internal static class TeamsMessage
{
    /// <summary>Returns the UTF-8 JSON of a message with <paramref name="text"/>, whose replies go to <paramref name="serviceUrl"/>.</summary>
    /// <param name="text">What the user wrote.</param>
    /// <param name="serviceUrl">The connector the bot replies to.</param>
    /// <returns>The request body.</returns>
    public static byte[] Create(string text, Uri serviceUrl)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Activities.message-personal.json")
            ?? throw new InvalidOperationException("The embedded message activity is missing.");
        var activity = JsonNode.Parse(stream)!.AsObject();
        activity["text"] = text;
        activity["attachments"]![0]!["content"] = $"<p>{WebUtility.HtmlEncode(text)}</p>";
        activity["serviceUrl"] = serviceUrl.ToString();
        return JsonSerializer.SerializeToUtf8Bytes(activity);
    }
}
