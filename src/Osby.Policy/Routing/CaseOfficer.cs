using NodaTime;

namespace Osby.Policy.Routing;

/// <summary>A handläggare appointed for an item that needs follow-up or concerns several instances (RT-9).</summary>
/// <remarks>
/// The handläggare answers for the item being handled, or for a joint answer, and tells the förvaltning's registrator what must
/// be registered. Instances are immutable and thread-safe; get them from <see cref="ForwardChain.CaseOfficers"/>.
/// </remarks>
public sealed class CaseOfficer
{
    internal CaseOfficer(string name, Instant appointedAt)
    {
        Name = name;
        AppointedAt = appointedAt;
    }

    /// <summary>Gets the person appointed, e.g. "Anna Andersson" or "anna.andersson@osby.se".</summary>
    public string Name { get; }

    /// <summary>Gets when they were appointed.</summary>
    public Instant AppointedAt { get; }

    /// <summary>Returns e.g. "Anna Andersson 2026-11-27T13:05:00Z".</summary>
    /// <returns>A short description for logs.</returns>
    public override string ToString() => $"{Name} {AppointedAt}";
}
