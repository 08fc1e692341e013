namespace Osby.TeamsBot.Reminders;

/// <summary>Builds the message of a due outbox entry from the current state, when it is sent.</summary>
internal interface IReminderRenderer
{
    /// <summary>Builds the message, or returns null when it is no longer needed (the obligation was met, the item closed,
    /// a digest with nothing to report); the entry is then cancelled.</summary>
    /// <param name="entry">The due entry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message (an Adaptive Card attachment and/or text), or null.</returns>
    Task<Microsoft.Bot.Schema.IMessageActivity?> RenderAsync(OutboxEntry entry, CancellationToken cancellationToken);
}
