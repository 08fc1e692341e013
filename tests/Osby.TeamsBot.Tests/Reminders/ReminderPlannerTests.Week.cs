using Osby.Policy;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Tests.Cards;
using static Osby.TeamsBot.Tests.Reminders.ReminderWorld;

namespace Osby.TeamsBot.Tests.Reminders;

/// <summary>
/// Midsommar week 2026 (midsommarafton Friday 19 June) walked in 15-minute steps: at each step every item is planned as
/// it is known then (only entries up to that time), and the reminders due within the step are "sent". Every reminder goes
/// out exactly once, at its hand-computed instant, to the right person; nothing goes out on midsommarafton, at the weekend
/// or outside office hours (CAL-1, CAL-4, DL-1, DL-2, DL-3, DL-4, DL-6, DL-8).
/// </summary>
public sealed partial class ReminderPlannerTests
{
    private static readonly Duration Step = Duration.FromMinutes(15);

    [Fact]
    public void Plan_MidsommarWeekWalkedInQuarterHours_EveryReminderGoesOutOnceAtItsInstantToTheRightPerson()
    {
        TrackedItem[] items = [.. MidsommarWeekItems()];
        Instant start = Local(2026, 6, 15, 0, 0), end = Local(2026, 6, 23, 12, 0);
        var sent = new List<(string Key, Instant DueAt, Instant SentInStep)>();

        for (Instant now = start + Step; now <= end; now += Step)
        {
            foreach (TrackedItem full in items)
            {
                if (KnownAt(full, now) is not { } known)
                {
                    continue;
                }

                sent.AddRange(Planner.Plan(known)
                    .Where(r => r.DueAt > now - Step && r.DueAt <= now)
                    .Select(r => (r.Key, r.DueAt, now)));
            }
        }

        sent.Select(s => (s.Key, s.DueAt)).Should().BeEquivalentTo(ExpectedMidsommarWeek(), "each reminder once, at its instant");
        sent.Should().OnlyContain(s => InOfficeHours(s.DueAt) && s.SentInStep - s.DueAt < Step);
        sent.Should().NotContain(s => s.DueAt.InZone(Zone).Date == new LocalDate(2026, 6, 19), "midsommarafton is closed");
    }

    /// <summary>The items of the week, with every entry they will get.</summary>
    private static IEnumerable<TrackedItem> MidsommarWeekItems()
    {
        // 1: mail to bygglov Thursday 18 June 14:00, never answered this week.
        yield return TrackedItems.Item(channel: Channel.FunctionMailbox, mailbox: Bygglov, arrived: Local(2026, 6, 18, 14, 0)).Build(1);

        // 2: mail to kommun Tuesday 16 June 09:00, forwarded to bygglov at 10:00 (confirmation due 14:00), acknowledged
        // Wednesday 08:30 with a promise for Monday 22 June 12:00, confirmed Wednesday 09:00, answered Monday 10:00.
        yield return TrackedItems.Item(arrived: Local(2026, 6, 16, 9, 0))
            .Forward(Official, Bygglov, Local(2026, 6, 16, 10, 0))
            .Acknowledge(Local(2026, 6, 17, 8, 30), Local(2026, 6, 22, 12, 0))
            .Confirm(Bygglov, Local(2026, 6, 17, 9, 0))
            .Answer(Local(2026, 6, 22, 10, 0))
            .Build(2);

        // 3: a voicemail to bygglov Wednesday 17 June 16:45, after closing.
        yield return TrackedItems.Item(channel: Channel.Voicemail, mailbox: Bygglov, arrived: Local(2026, 6, 17, 16, 45)).Build(3);

        // 4: a request for a public document at kommun Thursday 18 June 17:00, after closing.
        yield return TrackedItems.Item(channel: Channel.PublicDocumentRequest, arrived: Local(2026, 6, 18, 17, 0)).Build(4);

        // 5: a SEFOS conversation from Monday 18 May 10:00, answered at 11:00: purged Monday 22 June 10:00.
        yield return TrackedItems.Item(channel: Channel.Sefos, arrived: Local(2026, 5, 18, 10, 0)).Answer(Local(2026, 5, 18, 11, 0)).Build(5);
    }

    /// <summary>Worked out by hand: office hours 08:00–16:30, Friday 19 June closed.</summary>
    private static IEnumerable<(string Key, Instant DueAt)> ExpectedMidsommarWeek()
    {
        // Item 1: Thursday 2 h 30 min, then Monday: due soon 08:00 + 3 h 52 min 30 s, due 08:00 + 6 h.
        foreach (string person in new[] { "bo.bygg@osby.se", "sara.ersatt@osby.se" })
        {
            yield return ($"item:1:1:0:{person}", Local(2026, 6, 22, 11, 52, 30));
            yield return ($"item:1:2:0:{person}", Local(2026, 6, 22, 14, 0));
        }

        yield return ("item:1:3:0:berit.bygglovschef@osby.se", Local(2026, 6, 22, 14, 0));

        // Item 2: due soon Tuesday 09:00 + 6 h 22 min 30 s = 15:22:30 to kommun (Anna), who still owns it; the forward's
        // recipients at 14:00, the forwarder (kommun: Anna) at 15:00. Acknowledged before the response was due: no overdue.
        // The promise (Wednesday 08:30 → Monday 12:00: 8 h + 8 h 30 min + 4 h = 20 h 30 min, 75 % = 15 h 22 min 30 s) is
        // due soon Thursday 08:00 + 7 h 22 min 30 s, when bygglov owns it (confirmed Wednesday).
        yield return ("item:2:1:0:anna.svensson@osby.se", Local(2026, 6, 16, 15, 22, 30));
        yield return ("item:2:4:1:bo.bygg@osby.se", Local(2026, 6, 16, 14, 0));
        yield return ("item:2:4:1:sara.ersatt@osby.se", Local(2026, 6, 16, 14, 0));
        yield return ("item:2:5:1:anna.svensson@osby.se", Local(2026, 6, 16, 15, 0));
        yield return ("item:2:6:0:bo.bygg@osby.se", Local(2026, 6, 18, 15, 22, 30));
        yield return ("item:2:6:0:sara.ersatt@osby.se", Local(2026, 6, 18, 15, 22, 30));

        // Item 3: callback due Thursday's closing; 8 h 30 min of office time, 75 % → Thursday 14:22:30.
        yield return ("item:3:7:0:bo.bygg@osby.se", Local(2026, 6, 18, 14, 22, 30));
        yield return ("item:3:7:0:sara.ersatt@osby.se", Local(2026, 6, 18, 14, 22, 30));

        // Item 4: arrived after closing before midsommar: both clocks start Monday 08:00; due at Monday's closing (quiet,
        // so the overdue reminder and the escalation to Kontaktcenter's chef wait until Tuesday 08:00).
        yield return ("item:4:8:0:anna.svensson@osby.se", Local(2026, 6, 22, 14, 22, 30));
        yield return ("item:4:1:0:anna.svensson@osby.se", Local(2026, 6, 22, 14, 22, 30));
        yield return ("item:4:2:0:anna.svensson@osby.se", Local(2026, 6, 23, 8, 0));
        yield return ("item:4:3:0:karl.kontaktcenter@osby.se", Local(2026, 6, 23, 8, 0));

        // Item 5: seven days before the purge (Monday 15 June 10:00) and one working day before: Thursday 18 June, since
        // midsommarafton is not a working day.
        yield return ("item:5:9:0:anna.svensson@osby.se", Local(2026, 6, 15, 10, 0));
        yield return ("item:5:9:1:anna.svensson@osby.se", Local(2026, 6, 18, 10, 0));
    }

    /// <summary>The item as the ledger holds it at a time: only the entries recorded by then; null before its arrival.</summary>
    private static TrackedItem? KnownAt(TrackedItem item, Instant now)
    {
        ItemEntry[] entries = [.. item.Entries.Where(e => e.At <= now)];
        return entries.Length == 0 ? null : new TrackedItem(item.Id, item.Arrival, entries, entries.Length);
    }
}
