using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Osby.Policy.Routing;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.People;

namespace Osby.TeamsBot.Bots;

/// <summary>
/// Carries stored changes into Teams, whether they came from a card or from the API: the forward card to the recipient
/// (RT-7, RT-8, DL-6), the card updated in place for everyone once the forward is answered, and a message to the
/// forwarder about every outcome.
/// </summary>
/// <remarks>
/// A forward to a function mailbox goes to its registrators and its substitute (RT-11); a forward to a person to that
/// person. Someone the bot cannot reach yet (never talked to the bot) is named to the forwarder, who stays responsible;
/// the item is forwarded all the same and shows up in the recipient's "mina ärenden". A failed send is logged by the
/// ledger and never undoes the change.
/// </remarks>
internal sealed partial class ItemNotifier : IItemObserver
{
    /// <summary>The most user ids a card's <c>refresh</c> may name (Teams' limit).</summary>
    public const int MaxRefreshUsers = 60;

    private readonly PeopleStore people;
    private readonly MailboxDirectory directory;
    private readonly ProactiveMessages messages;
    private readonly ItemViews views;
    private readonly IServiceProvider services;
    private readonly ILogger<ItemNotifier> logger;

    /// <summary>Initializes a new instance of the <see cref="ItemNotifier"/> class.</summary>
    /// <param name="people">People and their conversations.</param>
    /// <param name="directory">Who reads a function mailbox.</param>
    /// <param name="messages">Sends and updates messages.</param>
    /// <param name="views">Builds the cards' views.</param>
    /// <param name="services">Resolves the <see cref="ItemLedger"/> on use: the ledger calls this observer, so it cannot take it in its constructor.</param>
    /// <param name="logger">Logs a message that could not be delivered.</param>
    public ItemNotifier(PeopleStore people, MailboxDirectory directory, ProactiveMessages messages, ItemViews views, IServiceProvider services, ILogger<ItemNotifier> logger)
    {
        this.logger = logger;
        this.people = people;
        this.directory = directory;
        this.messages = messages;
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
        var found = await people.FindByPartyKeysAsync(addressees, cancellationToken).ConfigureAwait(false);
        var unreachable = new List<string>();
        foreach (string addressee in addressees)
        {
            StoredConversation? chat = found.TryGetValue(addressee, out Person? person)
                ? await people.PersonalConversationAsync(person.TeamsUserId, cancellationToken).ConfigureAwait(false)
                : null;
            if (chat is null)
            {
                unreachable.Add(person?.Name ?? view.Name(addressee));
                continue;
            }

            var card = ForwardCard.Create(new ForwardCardView(view, party, ViewerMayAct: true, refreshUsers, Notice: null));
            string? activityId = await TryAsync(
                () => messages.SendAsync(chat, MessageFactory.Attachment(CardAttachment.From(card)), cancellationToken),
                item.Id,
                chat.ConversationId).ConfigureAwait(false);
            if (activityId is null)
            {
                unreachable.Add(person!.Name);
            }
            else if (activityId.Length > 0)
            {
                await Ledger.RememberCardAsync(new SentForwardCard(item.Id, party, chat.ConversationId, activityId, view.Now.ToInstant()), cancellationToken).ConfigureAwait(false);
            }
        }

        if (unreachable.Count > 0)
        {
            string names = SwedishDateText.JoinList(unreachable);
            string text = unreachable.Count == addressees.Count
                ? $"Ärende {item.Id} är vidarebefordrat till {view.Name(party)}, men jag kan inte nå {names} i Teams än: de har inte börjat använda Osby-boten. Hör av dig till dem på annat sätt. Du är ansvarig tills någon bekräftar (RT-7, DL-6)."
                : $"Ärende {item.Id} är vidarebefordrat till {view.Name(party)}. {names} kan jag inte nå i Teams än; de andra har fått kortet.";
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
        foreach (SentForwardCard sent in (await Ledger.CardsAsync(item.Id, cancellationToken).ConfigureAwait(false)).Where(c => Parties.Same(c.Party, party)))
        {
            if (await people.ConversationAsync(sent.ConversationId, cancellationToken).ConfigureAwait(false) is { } chat)
            {
                var card = ForwardCard.Create(new ForwardCardView(view, party, ViewerMayAct: false, refreshUsers, Notice: null));
                await TryAsync(
                    async () =>
                    {
                        await messages.UpdateAsync(chat, sent.ActivityId, MessageFactory.Attachment(CardAttachment.From(card)), cancellationToken).ConfigureAwait(false);
                        return sent.ActivityId;
                    },
                    item.Id,
                    chat.ConversationId).ConfigureAwait(false);
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
        var keys = partyKeys.ToList();
        var found = await people.FindByPartyKeysAsync(keys, cancellationToken).ConfigureAwait(false);
        foreach (Person person in found.Values)
        {
            if (await people.PersonalConversationAsync(person.TeamsUserId, cancellationToken).ConfigureAwait(false) is { } chat)
            {
                await TryAsync(() => messages.SendAsync(chat, message, cancellationToken), null, chat.ConversationId).ConfigureAwait(false);
            }
        }
    }

    // One recipient's failure (blocked the app, conversation gone, connector down) must not keep the others from their cards.
    // Returns the activity id, empty when the channel gave none, or null when the send failed.
    private async Task<string?> TryAsync(Func<Task<string?>> send, long? itemId, string conversationId)
    {
        try
        {
            return await send().ConfigureAwait(false) ?? string.Empty;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogDeliveryFailed(logger, exception, itemId, conversationId);
            return null;
        }
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Warning, Message = "A message about item {ItemId} could not be delivered to conversation {ConversationId}")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, long? itemId, string conversationId);
}
