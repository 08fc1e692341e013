using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NodaTime;
using Osby.Policy.Deadlines;
using Osby.Policy.Routing;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Digests;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Bots;

/// <summary>
/// Builds each due reminder from the item as it is when it is sent, so a reminder about something already done is not
/// sent at all: the obligation it is about must still be open (DL-1…DL-8), the item not closed, the forward not answered.
/// </summary>
/// <remarks>
/// An unconfirmed forward reminds its recipient with the forward card itself (they can answer from it); every other item
/// reminder is a <see cref="ReminderCard"/>. A manager's escalation carries no item actions (the owner acts), a digest comes
/// from the <see cref="DigestBuilder"/>, and the guideline follow-up is a line of text (DL-7).
/// </remarks>
internal sealed class ReminderRenderer : IReminderRenderer
{
    private readonly ItemLedger ledger;
    private readonly ItemViews views;
    private readonly ItemNotifier notifier;
    private readonly MailboxDirectory directory;
    private readonly DigestBuilder digests;

    /// <summary>Initializes a new instance of the <see cref="ReminderRenderer"/> class.</summary>
    /// <param name="ledger">The items.</param>
    /// <param name="views">Builds item views.</param>
    /// <param name="notifier">Knows who sees a forward card.</param>
    /// <param name="directory">Who reads a function mailbox.</param>
    /// <param name="digests">Builds managers' digests.</param>
    public ReminderRenderer(ItemLedger ledger, ItemViews views, ItemNotifier notifier, MailboxDirectory directory, DigestBuilder digests)
    {
        this.ledger = ledger;
        this.views = views;
        this.notifier = notifier;
        this.directory = directory;
        this.digests = digests;
    }

    /// <inheritdoc />
    public async Task<IMessageActivity?> RenderAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        PlannedReminder reminder = entry.Reminder;
        switch (reminder.Kind)
        {
            case ReminderKind.ManagerDigest:
                return await digests.BuildAsync(reminder.Recipient, evenIfEmpty: false, cancellationToken).ConfigureAwait(false) is { } digest
                    ? MessageFactory.Attachment(CardAttachment.From(digest))
                    : null;
            case ReminderKind.GuidelineFollowUp:
                return MessageFactory.Text(ReminderTexts.GuidelineFollowUp);
            default:
                return await CardAsync(reminder, notice: null, cancellationToken).ConfigureAwait(false) is { } card
                    ? MessageFactory.Attachment(CardAttachment.From(card))
                    : null;
        }
    }

    /// <summary>Builds the card of an item reminder as things stand now, or null when it is no longer needed.</summary>
    /// <param name="reminder">The reminder.</param>
    /// <param name="notice">A line at the top (after a snooze), or null; with a notice the snooze button is not offered again.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The card, or null.</returns>
    public async Task<AdaptiveCard?> CardAsync(PlannedReminder reminder, string? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (reminder.ItemId is not { } itemId || ReminderTexts.ObligationOf(reminder.Kind) is not { } kind
            || await ledger.FindAsync(itemId, cancellationToken).ConfigureAwait(false) is not { IsClosed: false } item)
        {
            return null;
        }

        ItemView view = await views.ForAsync(item, cancellationToken).ConfigureAwait(false);
        ForwardHop? hop = reminder.Kind switch
        {
            ReminderKind.ForwardUnconfirmed => OpenForwards(item).FirstOrDefault(h => Reads(reminder.Recipient, h.To)),
            ReminderKind.ForwardUnconfirmedToForwarder => OpenForwards(item).FirstOrDefault(h => Reads(reminder.Recipient, h.From) || ForwardedBy(item, h, reminder.Recipient)),
            _ => null,
        };
        Obligation? obligation = view.Obligations.FirstOrDefault(o =>
            o.Kind == kind && ItemView.IsOpen(o) && (hop is null || Parties.Same(o.Party, hop.To)));
        if (obligation is null || (kind == ObligationKind.ForwardConfirmation && hop is null))
        {
            return null;
        }

        string whatToDo = ReminderTexts.WhatToDo(reminder.Kind, view, obligation, view.Name(item.Responsible), hop is null ? null : ReminderTexts.WaitingFor(view, hop));
        if (reminder.Kind == ReminderKind.ForwardUnconfirmed)
        {
            IReadOnlyList<string> refreshUsers = await notifier.RefreshUsersAsync(item, hop!.To, cancellationToken).ConfigureAwait(false);
            return ForwardCard.Create(new ForwardCardView(view, hop.To, ViewerMayAct: true, refreshUsers, notice ?? whatToDo));
        }

        bool maySnooze = notice is null && reminder.Deadline is { } deadline && deadline > view.Now.ToInstant();
        return ReminderCard.Create(new ReminderView(
            view, reminder.Kind, reminder.Key, whatToDo, MayAct: reminder.Kind != ReminderKind.ResponseOverdueEscalation, maySnooze, notice));
    }

    private static IEnumerable<ForwardHop> OpenForwards(TrackedItem item) => item.Chain.Hops.Where(h => !h.IsArrival && h.IsOpen);

    private static bool ForwardedBy(TrackedItem item, ForwardHop hop, string person) =>
        item.Entries.Any(e => e.Kind == TrackedEventKind.Forwarded && Parties.Same(e.Party, hop.To) && Parties.Same(e.Actor.Id, person));

    private bool Reads(string person, string party) => Parties.Addressees(directory, party).Any(a => Parties.Same(a, person));
}
