using Microsoft.Extensions.Options;
using NodaTime;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.People;
using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Bots;

/// <summary>"Påminn om 1 timme" on a reminder card: the same reminder again in an hour (at the next opening when that falls in
/// quiet hours), never past its deadline.</summary>
/// <remarks>
/// The snoozed reminder is an outbox entry of its own, keyed by the clicked reminder, so a double click snoozes once. It is
/// built again when due, so it is not sent if the item was answered in the meantime.
/// </remarks>
internal sealed class ReminderActions
{
    private readonly Outbox outbox;
    private readonly ReminderRenderer renderer;
    private readonly ItemViews views;
    private readonly ReminderPlanner planner;
    private readonly Duration snoozeFor;

    /// <summary>Initializes a new instance of the <see cref="ReminderActions"/> class.</summary>
    /// <param name="outbox">The reminders.</param>
    /// <param name="renderer">Builds the reminder card.</param>
    /// <param name="views">Now, in the users' zone.</param>
    /// <param name="planner">Moves the snoozed reminder out of quiet hours.</param>
    /// <param name="options">How long a snooze lasts.</param>
    public ReminderActions(Outbox outbox, ReminderRenderer renderer, ItemViews views, ReminderPlanner planner, IOptions<ReminderOptions> options)
    {
        this.planner = planner;
        ArgumentNullException.ThrowIfNull(options);
        this.outbox = outbox;
        this.renderer = renderer;
        this.views = views;
        snoozeFor = options.Value.SnoozeFor;
    }

    /// <summary>Snoozes the reminder a card was about.</summary>
    /// <param name="click">The click, with the reminder's key.</param>
    /// <param name="user">The user (must be the reminder's recipient).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reminder card again with when it comes back, replacing the clicked one; or a message.</returns>
    public async Task<ItemReply> SnoozeAsync(ButtonClick click, Person user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(click);
        ArgumentNullException.ThrowIfNull(user);
        if (click.Value(CardInputs.ReminderKey) is not { } key || await outbox.FindAsync(key, cancellationToken).ConfigureAwait(false) is not { } entry)
        {
            return ItemReply.Say("Den påminnelsen hittar jag inte längre. Skriv ”mina ärenden” för att se dina ärenden.");
        }

        PlannedReminder reminder = entry.Reminder;
        if (!Parties.Same(reminder.Recipient, user.PartyKey))
        {
            return ItemReply.Say("Den påminnelsen gick till någon annan, så du kan inte skjuta upp den.");
        }

        ZonedDateTime zonedNow = views.Now;
        Instant now = zonedNow.ToInstant();
        if (reminder.Deadline is not { } deadline || deadline <= now)
        {
            return ItemReply.Say("Tidsgränsen har redan passerat, så jag skjuter inte upp påminnelsen. Gör det som ska göras nu, eller vidarebefordra ärendet.");
        }

        // Never in quiet hours, and never past the deadline: a snooze that would land after it is refused.
        Instant until = planner.OutOfQuietHours(now + snoozeFor, escalation: false);
        if (until >= deadline)
        {
            return ItemReply.Say("En timme fram, eller nästa gång kontoret öppnar, är efter tidsgränsen, så jag skjuter inte upp påminnelsen. Gör det som ska göras nu, eller vidarebefordra ärendet.");
        }

        string snoozeKey = key + Outbox.SnoozeSuffix;
        if (!await outbox.EnqueueAsync(reminder with { Key = snoozeKey, DueAt = until }, cancellationToken).ConfigureAwait(false)
            && await outbox.FindAsync(snoozeKey, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            // A double click: the first snooze stands.
            until = earlier.Reminder.DueAt;
        }

        AdaptiveCard? card = await renderer.CardAsync(reminder, ReminderTexts.Snoozed(zonedNow, until), cancellationToken).ConfigureAwait(false);
        return card is null
            ? ItemReply.Say("Det påminnelsen gällde är redan gjort, så jag påminner inte igen.")
            : new ItemReply(card, null, ReplaceCard: true);
    }
}
