using NodaTime;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Reminders;

/// <summary>
/// Decides, from the library's obligations on the working calendar, which reminders an item needs, to whom and when;
/// plans the daily digests and the guideline's yearly follow-up. Pure: the same inputs give the same plan. Thread-safe.
/// </summary>
internal sealed class ReminderPlanner
{
    /// <summary>Every reminder the item needs in its current state, past or future (the outbox sends each key once and
    /// cancels what is no longer planned). None for a closed item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The reminders.</returns>
    public IReadOnlyList<PlannedReminder> Plan(TrackedItem item) => throw new NotImplementedException();

    /// <summary>The managers' digests for a day: one per manager in the directory at the digest time, or none on a non-working day.</summary>
    /// <param name="day">The day, in Europe/Stockholm.</param>
    /// <returns>The digests.</returns>
    public IReadOnlyList<PlannedReminder> Digests(LocalDate day) => throw new NotImplementedException();

    /// <summary>The guideline's next yearly follow-up (DL-7) at or after a time, or null when no owner is configured.</summary>
    /// <param name="now">Now.</param>
    /// <returns>The follow-up.</returns>
    public PlannedReminder? GuidelineFollowUp(Instant now) => throw new NotImplementedException();

    /// <summary>Moves a time out of quiet hours: outside office hours or on a non-working day it becomes the next opening.</summary>
    /// <param name="at">The time.</param>
    /// <param name="escalation">Whether it is an escalation (moved only when <see cref="ReminderOptions.QuietHoursIncludeEscalations"/>).</param>
    /// <returns>The time to send.</returns>
    public Instant OutOfQuietHours(Instant at, bool escalation) => throw new NotImplementedException();
}
