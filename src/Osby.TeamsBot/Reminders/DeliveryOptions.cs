using System.ComponentModel.DataAnnotations;

namespace Osby.TeamsBot.Reminders;

/// <summary>How <see cref="TeamsDelivery"/> retries and paces its messages, bound from <c>Osby:Delivery</c>.</summary>
/// <remarks>The defaults are Teams' own limits for a bot: per conversation 7 messages a second and 60 in 30 seconds, and
/// about 50 a second for the app in a tenant. Lower values are safe; higher ones make Teams answer 429.</remarks>
internal sealed class DeliveryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Osby:Delivery";

    /// <summary>Gets or sets how many times one call tries at most before it gives back
    /// <see cref="DeliveryStatus.RetryLater"/>: the first try and its in-process retries (default 3).</summary>
    [Range(1, 10, ErrorMessage = "Osby:Delivery:MaxAttempts must be between 1 and 10.")]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Gets or sets the first retry's backoff ceiling; each further retry doubles it (default 1 second).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00", ErrorMessage = "Osby:Delivery:BaseBackoff must be between 1 ms and 1 minute.")]
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest single wait in process, for a backoff or a Retry-After; a longer Retry-After ends
    /// the call with <see cref="DeliveryStatus.RetryLater"/> instead (default 30 seconds).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00", ErrorMessage = "Osby:Delivery:MaxWait must be between 1 ms and 10 minutes.")]
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how many messages one conversation gets in any second (default 7).</summary>
    [Range(1, 1000, ErrorMessage = "Osby:Delivery:PerConversationPerSecond must be between 1 and 1000.")]
    public int PerConversationPerSecond { get; set; } = 7;

    /// <summary>Gets or sets how many messages one conversation gets in any 30 seconds (default 60).</summary>
    [Range(1, 10000, ErrorMessage = "Osby:Delivery:PerConversationPer30Seconds must be between 1 and 10000.")]
    public int PerConversationPer30Seconds { get; set; } = 60;

    /// <summary>Gets or sets how many requests the app sends to Teams in any second, all conversations together (default 50).</summary>
    [Range(1, 10000, ErrorMessage = "Osby:Delivery:AppPerSecond must be between 1 and 10000.")]
    public int AppPerSecond { get; set; } = 50;
}
