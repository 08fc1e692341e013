using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Osby.Policy.Routing;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.People;
using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Bots;

/// <summary>
/// Carries stored changes into Teams, whether they came from a card or from the API: the forward card to the recipient
/// (RT-7, RT-8, DL-6), the card updated in place for everyone once the forward is answered, and a message to the
/// forwarder about every outcome.
/// </summary>
/// <remarks>
/// A forward to a function mailbox goes to its registrators and its substitute (RT-11); a forward to a person to that
/// person. Everything goes through <see cref="TeamsDelivery"/>, the bot's one way to send on its own: paced, retried, and
/// into a newly created 1:1 chat for someone known only from a team roster. A card that does not arrive is explained to
/// the forwarder, who stays responsible; the item is forwarded all the same, shows up in the recipient's "mina ärenden",
/// and the DL-6 reminder brings the card again. A failed send is logged and never undoes the change.
/// </remarks>
internal sealed partial class ItemNotifier : IItemObserver
{
    /// <summary>The most user ids a card's <c>refresh</c> may name (Teams' limit).</summary>
    public const int MaxRefreshUsers = 60;

    private readonly PeopleStore people;
    private readonly MailboxDirectory directory;
    private readonly TeamsDelivery delivery;
    private readonly ItemViews views;
    private readonly IServiceProvider services;
    private readonly ILogger<ItemNotifier> logger;

    /// <summary>Initializes a new instance of the <see cref="ItemNotifier"/> class.</summary>
    /// <param name="people">People and their conversations.</param>
    /// <param name="directory">Who reads a function mailbox.</param>
    /// <param name="delivery">Sends and updates messages within Teams' limits, creating 1:1 chats where it can.</param>
    /// <param name="views">Builds the cards' views.</param>
    /// <param name="services">Resolves the <see cref="ItemLedger"/> on use: the ledger calls this observer, so it cannot take it in its constructor.</param>
    /// <param name="logger">Logs a message that could not be delivered.</param>
    public ItemNotifier(PeopleStore people, MailboxDirectory directory, TeamsDelivery delivery, ItemViews views, IServiceProvider services, ILogger<ItemNotifier> logger)
    {
        this.logger = logger;
        this.people = people;
        this.directory = directory;
        this.delivery = delivery;
        this.views = views;
        this.services = services;
    }

    private ItemLedger Ledger => services.GetRequiredService<ItemLedger>();

    /// <inheritdoc />
    public Task OnChangedAsync(TrackedItem item, ItemEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Kind switch
        {
            TrackedEventKind.Forwarded => SendForwardCardsAsync(item, entry, cancellationToken),
            TrackedEventKind.ForwardConfirmed or TrackedEventKind.ForwardDeclined or TrackedEventKind.MarkedAsAdvertising =>
                ShowOutcomeAsync(item, entry, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    /// <summary>The people who may answer a forward to a party: the person, or a mailbox's registrators and substitute.</summary>
    /// <param name="party">The addressed party.</param>
    /// <returns>Their party keys.</returns>
    public IReadOnlyList<string> Addressees(string party) => Parties.Addressees(directory, party);

    /// <summary>The Teams user ids that see a forward card's own view: the addressees and the forwarder, at most 60.</summary>
    /// <param name="item">The item.</param>
    /// <param name="party">The forward's recipient.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ids.</returns>
    public async Task<IReadOnlyList<string>> RefreshUsersAsync(TrackedItem item, string party, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var keys = Addressees(party).Concat(ForwarderKeys(item, party)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var found = await people.FindByPartyKeysAsync(keys, cancellationToken).ConfigureAwait(false);
        return [.. keys.Where(found.ContainsKey).Select(k => found[k].TeamsUserId).Distinct(StringComparer.Ordinal).Take(MaxRefreshUsers)];
    }

    private IEnumerable<string> ForwarderKeys(TrackedItem item, string party)
    {
        ItemEntry? forward = item.Entries.LastOrDefault(e => e.Kind == TrackedEventKind.Forwarded && Parties.Same(e.Party, party));
        if (forward is null)
        {
            return [];
        }

        return forward.Actor.IsSystem ? Addressees(forward.Forwarder!) : [forward.Actor.Id];
    }

    private async Task SendForwardCardsAsync(TrackedItem item, ItemEntry entry, CancellationToken cancellationToken)
    {
        string party = entry.Party!;
        ItemView view = await views.ForAsync(item, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<string> refreshUsers = await RefreshUsersAsync(item, party, cancellationToken).ConfigureAwait(false);
        var addressees = Addressees(party);
        var card = ForwardCard.Create(new ForwardCardView(view, party, ViewerMayAct: true, refreshUsers, Notice: null));
        var problems = new List<string>();
        foreach (string addressee in addressees)
        {
            DeliveryResult result = await delivery.SendAsync(addressee, MessageFactory.Attachment(CardAttachment.From(card)), cancellationToken).ConfigureAwait(false);
            if (result is { Status: DeliveryStatus.Sent, ConversationId: { } conversationId, ActivityId: { Length: > 0 } activityId })
            {
                await Ledger.RememberCardAsync(new SentForwardCard(item.Id, party, conversationId, activityId, view.Now.ToInstant()), cancellationToken).ConfigureAwait(false);
            }
            else if (result.Status != DeliveryStatus.Sent)
            {
                LogNotDelivered(logger, item.Id, result.Status, result.Reason);
                problems.Add(result.Reason ?? $"Kortet kom inte fram till {view.Name(addressee)}.");
            }
        }

        if (problems.Count > 0)
        {
            // The forward stands; the DL-6 reminder will chase the recipient with the card again (issue 7).
            string text = problems.Count == addressees.Count
                ? $"Ärende {item.Id} är vidarebefordrat till {view.Name(party)}, men kortet kom inte fram: {string.Join(' ', problems)} Hör av dig på annat sätt. Du är ansvarig tills någon bekräftar (RT-7, DL-6)."
                : $"Ärende {item.Id} är vidarebefordrat till {view.Name(party)}. Alla fick inte kortet: {string.Join(' ', problems)} De andra har fått det.";
            await TellAsync(ForwarderKeys(item, party), MessageFactory.Text(text), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ShowOutcomeAsync(TrackedItem item, ItemEntry entry, CancellationToken cancellationToken)
    {
        string party = entry.Party!;
        ForwardHop? hop = item.ForwardTo(party);
        if (hop is null)
        {
            return;
        }

        ItemView view = await views.ForAsync(item, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<string> refreshUsers = await RefreshUsersAsync(item, party, cancellationToken).ConfigureAwait(false);
        var card = ForwardCard.Create(new ForwardCardView(view, party, ViewerMayAct: false, refreshUsers, Notice: null));
        foreach (SentForwardCard sent in (await Ledger.CardsAsync(item.Id, cancellationToken).ConfigureAwait(false)).Where(c => Parties.Same(c.Party, party)))
        {
            DeliveryResult result = await delivery.UpdateAsync(sent.ConversationId, sent.ActivityId, MessageFactory.Attachment(CardAttachment.From(card)), cancellationToken).ConfigureAwait(false);
            if (result.Status != DeliveryStatus.Sent)
            {
                LogNotDelivered(logger, item.Id, result.Status, result.Reason);
            }
        }

        IMessageActivity notice = MessageFactory.Text(ItemTexts.OutcomeNotice(view, hop));
        if (hop.Outcome == HopOutcome.WrongRecipient)
        {
            // Responsibility stays with the forwarder (RT-7): give them the item with its actions to send it on.
            notice.Attachments = [CardAttachment.From(ItemCard.Create(new ItemRegisteredView(view, AlreadyRegistered: false)))];
        }

        await TellAsync(ForwarderKeys(item, party), notice, cancellationToken).ConfigureAwait(false);
    }

    private async Task TellAsync(IEnumerable<string> partyKeys, IMessageActivity message, CancellationToken cancellationToken)
    {
        foreach (string key in partyKeys.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            DeliveryResult result = await delivery.SendAsync(key, message, cancellationToken).ConfigureAwait(false);
            if (result.Status != DeliveryStatus.Sent)
            {
                LogNotDelivered(logger, null, result.Status, result.Reason);
            }
        }
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Warning, Message = "A message about item {ItemId} was not delivered ({Status}): {Reason}")]
    private static partial void LogNotDelivered(ILogger logger, long? itemId, DeliveryStatus status, string? reason);
}
