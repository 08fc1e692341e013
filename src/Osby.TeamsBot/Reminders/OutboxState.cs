namespace Osby.TeamsBot.Reminders;

/// <summary>Where an outbox entry is. The stored numbers never change.</summary>
internal enum OutboxState
{
    /// <summary>Waiting for its time (or for its next attempt).</summary>
    Pending = 1,

    /// <summary>Claimed by a sweep and being sent.</summary>
    Sending = 2,

    /// <summary>Sent (once).</summary>
    Sent = 3,

    /// <summary>No longer needed: the obligation was met or the item closed before it was due, or there was nothing to report.</summary>
    Cancelled = 4,

    /// <summary>Could not be delivered and will not be tried again (blocked app, conversation gone, unreachable); shown in the manager's digest.</summary>
    Failed = 5,
}
