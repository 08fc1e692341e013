namespace Osby.TeamsBot.Reminders;

/// <summary>How one delivery attempt ended.</summary>
internal enum DeliveryStatus
{
    /// <summary>Delivered.</summary>
    Sent = 1,

    /// <summary>A transient failure (429, 412, 502, 503, 504, a timeout) that outlasted the in-process retries: try again at <see cref="DeliveryResult.RetryAt"/>.</summary>
    RetryLater = 2,

    /// <summary>A permanent failure (the user blocked or removed the app, the conversation is gone, nobody to reach): do not retry.</summary>
    Failed = 3,
}
