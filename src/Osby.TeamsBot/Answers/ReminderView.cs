using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Answers;

/// <summary>A reminder about an item: the item, what the reminder is about and what the reader may do.</summary>
/// <param name="Item">The item as it is now.</param>
/// <param name="Kind">What the reminder is about.</param>
/// <param name="Key">The reminder's outbox key (its "Påminn om 1 timme" button carries it).</param>
/// <param name="WhatToDo">What to do, by when, with the rule (from <see cref="ReminderTexts.WhatToDo"/>).</param>
/// <param name="MayAct">Whether the reader has the item and gets its actions (a manager's escalation is for information).</param>
/// <param name="MaySnooze">Whether "Påminn om 1 timme" is offered (not once the deadline has passed, never past it).</param>
/// <param name="Notice">A line at the top, e.g. after a snooze, or null.</param>
internal sealed record ReminderView(ItemView Item, ReminderKind Kind, string Key, string WhatToDo, bool MayAct, bool MaySnooze, string? Notice);
