using NodaTime;
using Osby.Policy;
using Osby.Policy.Calendar;
using Osby.Policy.Deadlines;
using Osby.TeamsBot.Understanding;

namespace Osby.TeamsBot.Answers;

/// <summary>Why a deadline falls where it does, in plain Swedish, from the calendar and office hours.</summary>
/// <remarks>Only reasons that apply between the arrival and the due time are given: the rule's window, an arrival outside
/// office hours, weekends, holidays and the municipality's own closed days, and the office closing on the arrival day.</remarks>
internal static class DeadlineReasons
{
    /// <summary>Explains the due time of one obligation.</summary>
    /// <param name="policy">The policy that computed it.</param>
    /// <param name="channel">How the item arrived.</param>
    /// <param name="arrival">When it arrived.</param>
    /// <param name="obligation">The obligation to explain; its <see cref="Obligation.Due"/> is set.</param>
    /// <returns>The reasons, in order.</returns>
    public static IReadOnlyList<string> For(ServicePolicy policy, Channel channel, Instant arrival, Obligation obligation)
    {
        BusinessClock clock = policy.Clock;
        DateTimeZone zone = clock.Zone;
        Instant due = obligation.Due!.Value;
        LocalDateTime arrivedLocal = arrival.InZone(zone).LocalDateTime;
        LocalDate dueDate = due.InZone(zone).Date;
        int year = arrivedLocal.Year;
        var reasons = new List<string>();

        switch (obligation.Kind)
        {
            case ObligationKind.FirstResponse when policy.ReplyMode == ReplyMode.WorkingTime:
                reasons.Add($"Svarstiden är en arbetsdag, det vill säga {SwedishDateText.FormatDuration(policy.ResponseWindow)} kontorstid (DL-1).");
                break;
            case ObligationKind.FirstResponse:
                reasons.Add("Svaret ska komma senast när kontoret stänger nästa arbetsdag (DL-1).");
                break;
            case ObligationKind.Callback:
                reasons.Add("Ett röstmeddelande ska besvaras senast nästa arbetsdag, innan kontoret stänger (DL-2).");
                break;
            case ObligationKind.PublicDocumentRequest:
                reasons.Add("En begäran om allmän handling ska få besked samma arbetsdag, senast när kontoret stänger (DL-8).");
                break;
            case ObligationKind.SefosPurge:
                reasons.Add("SEFOS rensar en konversation 35 kalenderdagar efter den senaste aktiviteten; helger och helgdagar räknas också (DL-4).");
                return reasons;
            default:
                break;
        }

        bool open = clock.IsOpen(arrival);
        if (!open && obligation.Kind != ObligationKind.Callback)
        {
            Instant opening = clock.NextOpening(arrival);
            LocalDateTime openingLocal = opening.InZone(zone).LocalDateTime;
            reasons.Add($"{ChannelNames.ItemOf(channel)} kom {WhenClosed(clock, arrivedLocal)}, så tiden börjar räknas när kontoret öppnar " +
                $"{SwedishCalendarWords.Weekday(openingLocal.DayOfWeek)} kl. {SwedishDateText.FormatTime(openingLocal.TimeOfDay)}.");
        }

        reasons.AddRange(ClosedDays(clock.Calendar, arrivedLocal.Date, dueDate, year));

        if (open && obligation.Kind == ObligationKind.FirstResponse && policy.ReplyMode == ReplyMode.WorkingTime
            && dueDate > arrivedLocal.Date && clock.ClosingOf(arrivedLocal.Date) is { } closing)
        {
            reasons.Add($"Kontoret stänger kl. {SwedishDateText.FormatTime(closing.InZone(zone).TimeOfDay)}, " +
                "så resten av arbetstiden räknas nästa arbetsdag.");
        }

        return reasons;
    }

    private static string WhenClosed(BusinessClock clock, LocalDateTime arrived)
    {
        LocalDate date = arrived.Date;
        if (!clock.Calendar.IsWorkingDay(date))
        {
            IReadOnlyList<Holiday> holidays = SwedishHolidays.On(date);
            return holidays.Count > 0
                ? $"på {Lower(holidays[0].SwedishName)}"
                : date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday
                    ? $"en {SwedishCalendarWords.Weekday(date.DayOfWeek)}"
                    : "en dag då kommunen har stängt";
        }

        Instant? opening = clock.OpeningOf(date);
        return opening is { } o && arrived.InZoneLeniently(clock.Zone).ToInstant() < o ? "före kontorstid" : "efter kontorstid";
    }

    private static IEnumerable<string> ClosedDays(WorkingCalendar calendar, LocalDate from, LocalDate until, int year)
    {
        bool weekend = false;
        var publicHolidays = new List<string>();
        var eves = new List<string>();
        var closed = new List<string>();
        for (LocalDate d = from; d < until; d = d.PlusDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                continue;
            }

            if (d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            {
                weekend = true;
                continue;
            }

            IReadOnlyList<Holiday> holidays = SwedishHolidays.On(d);
            if (holidays.Count == 0)
            {
                closed.Add(SwedishDateText.FormatDate(d, year));
            }
            else if (holidays[0].Kind == HolidayKind.PublicHoliday)
            {
                publicHolidays.Add(holidays[0].SwedishName);
            }
            else
            {
                eves.Add(holidays[0].SwedishName);
            }
        }

        if (weekend)
        {
            yield return "Lördag och söndag är inte arbetsdagar.";
        }

        if (eves.Count > 0)
        {
            yield return eves.Count == 1
                ? $"{eves[0]} räknas inte som arbetsdag."
                : $"{Sentence(eves)} räknas inte som arbetsdagar.";
        }

        if (publicHolidays.Count > 0)
        {
            yield return publicHolidays.Count == 1
                ? $"{publicHolidays[0]} är en helgdag."
                : $"{Sentence(publicHolidays)} är helgdagar.";
        }

        if (closed.Count > 0)
        {
            yield return closed.Count == 1
                ? $"Kommunen har stängt {closed[0]}."
                : $"Kommunen har stängt {SwedishDateText.JoinList(closed)}.";
        }
    }

    /// <summary>Joins holiday names into the start of a sentence: the first as named, the rest in lower case.</summary>
    private static string Sentence(List<string> names) =>
        SwedishDateText.JoinList([names[0], .. names.Skip(1).Select(Lower)]);

    /// <summary>Lower-cases a holiday name in running text, except names that start with a proper noun.</summary>
    private static string Lower(string name) =>
        name.StartsWith("Sveriges", StringComparison.Ordinal) || name.StartsWith("Kristi", StringComparison.Ordinal)
            || name.StartsWith("Jungfru", StringComparison.Ordinal)
            ? name
            : char.ToLowerInvariant(name[0]) + name[1..];
}
