using NodaTime;
using Osby.Policy.Deadlines;
using Osby.Policy.Routing;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.People;

namespace Osby.TeamsBot.Bots;

/// <summary>Builds what a card shows of an item: the item, the names of everyone in its chain, and its obligations now.</summary>
internal sealed class ItemViews
{
    private readonly PeopleStore people;
    private readonly MailboxDirectory directory;
    private readonly ServicePolicy policy;
    private readonly IClock clock;

    /// <summary>Initializes a new instance of the <see cref="ItemViews"/> class.</summary>
    /// <param name="people">Names of people.</param>
    /// <param name="directory">Names of function mailboxes.</param>
    /// <param name="policy">Computes the obligations.</param>
    /// <param name="clock">Now.</param>
    public ItemViews(PeopleStore people, MailboxDirectory directory, ServicePolicy policy, IClock clock)
    {
        this.people = people;
        this.directory = directory;
        this.policy = policy;
        this.clock = clock;
    }

    /// <summary>Gets now in the users' zone.</summary>
    public ZonedDateTime Now => clock.GetCurrentInstant().InZone(policy.Clock.Zone);

    /// <summary>Builds the view of one item.</summary>
    /// <param name="item">The item.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The view.</returns>
    public async Task<ItemView> ForAsync(TrackedItem item, CancellationToken cancellationToken) =>
        (await ForAsync([item], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Builds the views of several items with one lookup of names.</summary>
    /// <param name="items">The items.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The views, in the same order.</returns>
    public async Task<IReadOnlyList<ItemView>> ForAsync(IReadOnlyList<TrackedItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ZonedDateTime now = Now;
        var parties = items.SelectMany(i => i.Chain.Hops.SelectMany(h => new[] { h.From, h.To, h.SuggestedRecipient }))
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach ((string key, Person person) in await people.FindByPartyKeysAsync(parties, cancellationToken).ConfigureAwait(false))
        {
            names[key] = person.Name;
        }

        foreach (string party in parties)
        {
            if (!names.ContainsKey(party) && directory.Find(party) is { } mailbox)
            {
                names[party] = mailbox.Name;
            }
        }

        return [.. items.Select(i => new ItemView(i, names, i.Obligations(policy, now.ToInstant()), now))];
    }
}
