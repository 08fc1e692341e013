using Osby.TeamsBot.Digests;
using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Tests.Digests;

/// <summary>Failed deliveries the test sets, in place of the outbox; remembers the time it was asked from.</summary>
internal sealed class RecordedFailures : IFailedDeliveries
{
    public List<OutboxEntry> Entries { get; } = [];

    public Instant? Since { get; private set; }

    public Task<IReadOnlyList<OutboxEntry>> FailedSinceAsync(Instant since, CancellationToken cancellationToken)
    {
        Since = since;
        return Task.FromResult<IReadOnlyList<OutboxEntry>>([.. Entries]);
    }
}
