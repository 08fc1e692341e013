using System.ComponentModel.DataAnnotations;

namespace Osby.TeamsBot.Hosting;

/// <summary>How long the bot may think before it acknowledges a message, section <c>Osby:Replies</c>.</summary>
/// <remarks>
/// Teams waits about 15 seconds for the bot's HTTP response. An answer not ready within
/// <see cref="AcknowledgeAfter"/> is acknowledged at once ("Jag tittar på det …") and sent
/// as a new message when it is done.
/// </remarks>
internal sealed class ReplyOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Osby:Replies";

    /// <summary>Gets or sets how long to wait for an answer before acknowledging; 3 seconds by default.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:10", ErrorMessage = "Osby:Replies:AcknowledgeAfter must be between 1 ms and 10 seconds (Teams gives up after about 15).")]
    public TimeSpan AcknowledgeAfter { get; set; } = TimeSpan.FromSeconds(3);
}
