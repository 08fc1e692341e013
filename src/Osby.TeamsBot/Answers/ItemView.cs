using NodaTime;
using Osby.Policy.Deadlines;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Answers;

/// <summary>A tracked item as the cards and messages show it: the item, the names of its parties, its obligations now, and now.</summary>
/// <param name="Item">The item.</param>
/// <param name="Names">Display names by party key (people and function mailboxes); keys compare case-insensitively.</param>
/// <param name="Obligations">The item's obligations at <paramref name="Now"/>, from <see cref="TrackedItem.Obligations"/>.</param>
/// <param name="Now">Now, in Stockholm: the states are as of now, and the year is written only when it is not this one.</param>
internal sealed record ItemView(
    TrackedItem Item,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyList<Obligation> Obligations,
    ZonedDateTime Now)
{
    /// <summary>Creates the view of an item now, computing its obligations with the policy.</summary>
    /// <param name="item">The item.</param>
    /// <param name="names">Display names by party key.</param>
    /// <param name="policy">The service policy; its clock's zone is the zone of <see cref="Now"/>.</param>
    /// <param name="now">Now.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/>, <paramref name="names"/> or <paramref name="policy"/> is null.</exception>
    public static ItemView For(TrackedItem item, IReadOnlyDictionary<string, string> names, ServicePolicy policy, Instant now)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(policy);
        return new(item, names, item.Obligations(policy, now), now.InZone(policy.Clock.Zone));
    }

    /// <summary>Gets the obligations still owed (pending, due soon or overdue) with a due time, the most urgent first:
    /// overdue before due soon before pending, then by due time.</summary>
    public IReadOnlyList<Obligation> Open =>
        [.. Obligations.Where(o => IsOpen(o) && o.Due is not null).OrderBy(Urgency).ThenBy(o => o.Due!.Value)];

    /// <summary>Gets the obligations that apply (owed or met) with a due time: the open ones as in <see cref="Open"/>, then the met ones by due time.</summary>
    public IReadOnlyList<Obligation> Applicable =>
        [.. Open, .. Obligations.Where(o => o.State == ObligationState.Met && o.Due is not null).OrderBy(o => o.Due!.Value)];

    /// <summary>Gets the display name of a party: its name when known, otherwise the key itself.</summary>
    /// <param name="party">The party key (an address, or whatever identifies an external sender).</param>
    /// <returns>The name, or <paramref name="party"/> trimmed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public string Name(string party)
    {
        ArgumentNullException.ThrowIfNull(party);
        string key = party.Trim();
        if (Names.TryGetValue(key, out string? name) && !string.IsNullOrWhiteSpace(name))
        {
            return name.Trim();
        }

        foreach ((string k, string n) in Names)
        {
            if (Parties.Same(k, key) && !string.IsNullOrWhiteSpace(n))
            {
                return n.Trim();
            }
        }

        return key;
    }

    /// <summary>Gets an instant as local time in the zone of <see cref="Now"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The local date and time.</returns>
    public LocalDateTime Local(Instant instant) => instant.InZone(Now.Zone).LocalDateTime;

    /// <summary>Whether an obligation is still owed.</summary>
    /// <param name="obligation">The obligation.</param>
    /// <returns>True when pending, due soon or overdue.</returns>
    public static bool IsOpen(Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        return obligation.State is ObligationState.Pending or ObligationState.DueSoon or ObligationState.Overdue;
    }

    /// <summary>The urgency of an obligation's state: 0 overdue, 1 due soon, 2 pending, 3 anything else.</summary>
    /// <param name="obligation">The obligation.</param>
    /// <returns>The rank; lower is more urgent.</returns>
    public static int Urgency(Obligation obligation)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        return obligation.State switch
        {
            ObligationState.Overdue => 0,
            ObligationState.DueSoon => 1,
            ObligationState.Pending => 2,
            _ => 3,
        };
    }
}
