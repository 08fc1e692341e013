using NodaTime;
using Osby.Policy.Calendar;

namespace Osby.Policy.Deadlines;

/// <summary>When SEFOS purges a conversation: 35 calendar days after its latest activity (rule DL-4, riktlinjen avsnitt 5.4).</summary>
/// <remarks>The 35 days are calendar days in Stockholm local time (<see cref="Period"/>), not 35 × 24 hours and not working days.</remarks>
public static class SefosRetention
{
    /// <summary>The retention period: 35 calendar days.</summary>
    public static Period Retention { get; } = Period.FromDays(35);

    /// <summary>Returns the instant a SEFOS conversation is purged.</summary>
    /// <param name="lastActivity">The conversation's latest activity.</param>
    /// <param name="zone">The zone the days are counted in; Europe/Stockholm when null.</param>
    /// <returns>The same local time 35 calendar days later.</returns>
    public static Instant PurgeAt(Instant lastActivity, DateTimeZone? zone = null)
    {
        DateTimeZone z = zone ?? BusinessClock.Stockholm.Zone;
        LocalDateTime local = lastActivity.InZone(z).LocalDateTime;
        return z.AtLeniently(local + Retention).ToInstant();
    }
}
