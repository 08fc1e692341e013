using NodaTime;
using Osby.Policy.Deadlines;
using Osby.Policy.Routing;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.People;
using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Digests;

/// <summary>Builds a manager's digest card for their unit(s) from the stored items and failed deliveries.</summary>
/// <remarks>
/// <para>Who is a manager and what their units hold is <see cref="ManagerUnits"/>' rule; what the digest says is
/// <see cref="DigestContent.Compute"/>'s; how it looks is <see cref="DigestCard"/>'s. This class only loads: the units'
/// open items through the open-item index (<see cref="ItemLedger.OpenItemsForAsync"/>), the first-response outcomes of
/// the closed ones that arrived in the last 60 days (<see cref="ItemLedger.ClosedArrivedForAsync"/>), the people of the
/// units, their names, and the deliveries that failed since the start of the previous working day.</para>
/// <para>Thread-safe; register as a singleton.</para>
/// </remarks>
internal sealed class DigestBuilder
{
    private readonly ItemLedger ledger;
    private readonly PeopleStore people;
    private readonly MailboxDirectory directory;
    private readonly ServicePolicy policy;
    private readonly IClock clock;
    private readonly IFailedDeliveries failures;

    /// <summary>Initializes a new instance of the <see cref="DigestBuilder"/> class.</summary>
    /// <param name="ledger">The stored items.</param>
    /// <param name="people">The people the bot knows, with their units.</param>
    /// <param name="directory">The mailbox directory: managers, units and function mailboxes.</param>
    /// <param name="policy">Computes the obligations.</param>
    /// <param name="clock">Now.</param>
    /// <param name="failures">The deliveries that failed.</param>
    public DigestBuilder(ItemLedger ledger, PeopleStore people, MailboxDirectory directory, ServicePolicy policy, IClock clock, IFailedDeliveries failures)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(failures);
        this.ledger = ledger;
        this.people = people;
        this.directory = directory;
        this.policy = policy;
        this.clock = clock;
        this.failures = failures;
    }

    /// <summary>Builds the digest for a manager now.</summary>
    /// <param name="managerParty">The manager's party key (e-mail address or Teams UPN, as in the mailbox directory).</param>
    /// <param name="evenIfEmpty">Build a card even when there is nothing to report (the manager asked with "sammanställning").</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The card, or null when the person is not a manager in the directory or there is nothing to report and it was not asked for.</returns>
    public async Task<AdaptiveCard?> BuildAsync(string managerParty, bool evenIfEmpty, CancellationToken cancellationToken)
    {
        DigestView? view = await ComputeAsync(managerParty, cancellationToken).ConfigureAwait(false);
        return view is null || (view.IsEmpty && !evenIfEmpty) ? null : DigestCard.Create(view);
    }

    /// <summary>Computes what the manager's digest says now.</summary>
    /// <param name="managerParty">The manager's party key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The digest, or null when the person is not a manager in the directory.</returns>
    public async Task<DigestView?> ComputeAsync(string managerParty, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(managerParty) || ManagerUnits.Of(directory, managerParty) is not { } manager)
        {
            return null;
        }

        Instant now = clock.GetCurrentInstant();
        IReadOnlyList<Person> members = await people.InUnitsAsync(manager.Units, cancellationToken).ConfigureAwait(false);
        string[] parties = [.. manager.DirectoryParties(directory)
            .Concat(members.Select(m => m.PartyKey).OfType<string>())
            .Distinct(StringComparer.OrdinalIgnoreCase)];

        IReadOnlyList<TrackedItem> open = await ledger.OpenItemsForAsync(parties, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ItemOutcome> closed = await ledger.ClosedArrivedForAsync(parties, DigestContent.HistoryStart(policy, now), cancellationToken).ConfigureAwait(false);
        IReadOnlyList<OutboxEntry> failed = await failures.FailedSinceAsync(DigestContent.FailuresSince(policy, now), cancellationToken).ConfigureAwait(false);

        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string[] named = [.. open.Select(i => i.Responsible).Concat(failed.Select(f => f.Reminder.Recipient))
            .Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.OrdinalIgnoreCase)];
        foreach ((string key, Person person) in await people.FindByPartyKeysAsync(named, cancellationToken).ConfigureAwait(false))
        {
            names[key] = person.Name;
        }

        foreach (FunctionMailbox mailbox in directory.Mailboxes)
        {
            names.TryAdd(Parties.Normalize(mailbox.Address), mailbox.Name);
        }

        return DigestContent.Compute(manager, parties, open, closed, failed, names, policy, now);
    }
}
