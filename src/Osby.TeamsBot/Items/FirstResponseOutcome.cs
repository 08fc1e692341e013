using NodaTime;
using Osby.Policy.Deadlines;

namespace Osby.TeamsBot.Items;

/// <summary>How an item's first response (DL-1) turned out, as the managers' digests count it in the share answered in
/// time. Stored with a closed item when it is closed, so a digest reads one column instead of replaying every closed item.</summary>
internal enum FirstResponseOutcome
{
    /// <summary>Not worked out: an open item, or one stored before the outcome was. A digest replays such an item.</summary>
    Unknown = 0,

    /// <summary>Answered by its deadline.</summary>
    InTime = 1,

    /// <summary>Answered after its deadline, or still unanswered past it.</summary>
    Late = 2,

    /// <summary>Not counted: still in time, closed without a response (the obligation no longer applies), or a channel
    /// without a DL-1 response (voicemail has DL-2 instead).</summary>
    NotCounted = 3,
}

/// <summary>Works out <see cref="FirstResponseOutcome"/> from the library's obligations.</summary>
internal static class FirstResponseOutcomes
{
    /// <summary>The outcome of an item's first response now, from <see cref="TrackedItem.Obligations"/>.</summary>
    /// <param name="item">The item.</param>
    /// <param name="policy">The service policy.</param>
    /// <param name="now">Now.</param>
    /// <returns>The outcome; never <see cref="FirstResponseOutcome.Unknown"/>.</returns>
    public static FirstResponseOutcome Of(TrackedItem item, ServicePolicy policy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Of(item.Obligations(policy, now));
    }

    /// <summary>The outcome the first-response obligation among some obligations gives.</summary>
    /// <param name="obligations">An item's obligations at one instant.</param>
    /// <returns>In time when met by the deadline; late when met after it or overdue; else not counted.</returns>
    public static FirstResponseOutcome Of(IEnumerable<Obligation> obligations)
    {
        ArgumentNullException.ThrowIfNull(obligations);
        return obligations.FirstOrDefault(o => o.Kind == ObligationKind.FirstResponse) switch
        {
            { State: ObligationState.Met, IsLate: false } => FirstResponseOutcome.InTime,
            { State: ObligationState.Met } or { State: ObligationState.Overdue } => FirstResponseOutcome.Late,
            _ => FirstResponseOutcome.NotCounted,
        };
    }
}
