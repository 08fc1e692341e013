using NodaTime;
using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Digests;

/// <summary>Where the digest reads the deliveries that failed: in the app, the <see cref="Outbox"/> (<see cref="OutboxFailedDeliveries"/>).</summary>
internal interface IFailedDeliveries
{
    /// <summary>The entries that failed since a time.</summary>
    /// <param name="since">The start.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The failed entries, newest first.</returns>
    Task<IReadOnlyList<OutboxEntry>> FailedSinceAsync(Instant since, CancellationToken cancellationToken);
}

/// <summary>The failed deliveries as the durable outbox records them (<see cref="Outbox.FailedSinceAsync"/>).</summary>
/// <param name="outbox">The outbox.</param>
internal sealed class OutboxFailedDeliveries(Outbox outbox) : IFailedDeliveries
{
    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxEntry>> FailedSinceAsync(Instant since, CancellationToken cancellationToken) =>
        outbox.FailedSinceAsync(since, cancellationToken);
}
