using NodaTime;
using NodaTime.Text;
using Osby.Policy;
using Osby.Policy.Deadlines;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Understanding;

namespace Osby.TeamsBot.Answers;

/// <summary>Turns an arrival (understood from a question or typed into the calculator card) into a deadline answer.</summary>
/// <remarks>
/// The arithmetic is the policy's (<see cref="ServicePolicy.Evaluate"/>); this class only picks, labels and explains the
/// obligations. A voicemail needs no time of day: its callback is due at closing of the next working day whatever the
/// hour (DL-2), so a missing time is read as the start of the day. Immutable and thread-safe.
/// </remarks>
internal sealed class DeadlineAnswerer
{
    /// <summary>The first year the business clock can compute in (its zone data starts in 1970).</summary>
    private const int FirstSupportedYear = 1970;

    private readonly ServicePolicy policy;

    /// <summary>Creates the answerer.</summary>
    /// <param name="policy">The service policy that computes the deadlines.</param>
    public DeadlineAnswerer(ServicePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        this.policy = policy;
    }

    /// <summary>Answers a deadline question from what the message said.</summary>
    /// <param name="text">The question.</param>
    /// <param name="when">The arrival date and time the question gives.</param>
    /// <param name="now">Now, in Stockholm.</param>
    /// <returns>A deadline answer, or the calculator form asking for what is missing or ambiguous.</returns>
    public Answer FromQuestion(string text, ArrivalPhrase when, ZonedDateTime now)
    {
        Understood<Channel> channel = ChannelPhrases.Read(text);
        Understood<LocalDate> date = when.Date;
        Understood<LocalTime> time = when.Time;
        if (channel.IsFound && channel.Value == Channel.Voicemail && time.Status == UnderstoodStatus.Missing && date.IsFound)
        {
            time = Understood<LocalTime>.Found(LocalTime.Midnight);
        }

        bool purgeFirst = channel.IsFound && channel.Value == Channel.Sefos && PurgeQuestion(text);
        if (date.IsFound && time.IsFound && channel.IsFound)
        {
            return ForArrival(date.Value + time.Value, channel.Value, now, purgeFirst, CardValues.FormatDate(date.Value), CardValues.FormatTime(time.Value));
        }

        var missing = new List<string>();
        var problems = new List<InputProblem>();
        string item = channel.IsFound ? ChannelNames.ItemOf(channel.Value).ToLowerInvariant() : "det";
        Collect(date.Status, date.Note, purgeFirst ? "vilken dag den senaste aktiviteten var" : $"vilken dag {item} kom in", CardInputs.ArrivalDate, missing, problems);
        Collect(time.Status, time.Note, "vilken tid", CardInputs.ArrivalTime, missing, problems);
        Collect(channel.Status, channel.Note, "hur det kom in (mejl, e-tjänst, röstbrevlåda …)", CardInputs.Channel, missing, problems);
        string prompt = missing.Count > 0
            ? $"Jag behöver veta {SwedishDateText.JoinList(missing)} för att räkna ut tiden. Fyll i det nedan."
            : "Jag är inte säker på att jag förstod rätt. Kontrollera uppgifterna nedan.";
        return new DeadlineFormAnswer(
            prompt,
            date.IsFound ? CardValues.FormatDate(date.Value) : null,
            time.IsFound && time.Value != LocalTime.Midnight ? CardValues.FormatTime(time.Value) : null,
            channel.ValueOrNull,
            problems);
    }

    /// <summary>Answers the calculator card's submit.</summary>
    /// <param name="date">The arrival date, <c>yyyy-MM-dd</c>.</param>
    /// <param name="time">The arrival time, <c>HH:mm</c> (also <c>H:mm</c>, <c>HH.mm</c>).</param>
    /// <param name="channel">A <see cref="Channel"/> name.</param>
    /// <param name="now">Now, in Stockholm.</param>
    /// <returns>A deadline answer, or the form again with a Swedish problem per bad field.</returns>
    public Answer Calculate(string? date, string? time, string? channel, ZonedDateTime now)
    {
        var problems = new List<InputProblem>();
        Channel? parsedChannel = null;
        if (string.IsNullOrWhiteSpace(channel))
        {
            problems.Add(new(CardInputs.Channel, "Välj hur det kom in."));
        }
        else if (CardValues.TryParseChannel(channel, out Channel c))
        {
            parsedChannel = c;
        }
        else
        {
            problems.Add(new(CardInputs.Channel, "Välj en kanal i listan."));
        }

        LocalDate? parsedDate = null;
        if (string.IsNullOrWhiteSpace(date))
        {
            problems.Add(new(CardInputs.ArrivalDate, "Välj vilken dag det kom in."));
        }
        else if (CardValues.TryParseDate(date, out LocalDate d))
        {
            if (d > now.Date)
            {
                problems.Add(new(CardInputs.ArrivalDate, "Datumet ligger i framtiden. Välj den dag det kom in."));
            }
            else if (d.Year < FirstSupportedYear)
            {
                problems.Add(new(CardInputs.ArrivalDate, $"Jag kan räkna från år {FirstSupportedYear}. Välj ett senare datum."));
            }
            else
            {
                parsedDate = d;
            }
        }
        else
        {
            problems.Add(new(CardInputs.ArrivalDate, CardValues.DateFormatHelp));
        }

        LocalTime? parsedTime = null;
        if (string.IsNullOrWhiteSpace(time))
        {
            if (parsedChannel == Channel.Voicemail)
            {
                parsedTime = LocalTime.Midnight;
            }
            else
            {
                problems.Add(new(CardInputs.ArrivalTime, "Skriv vilken tid det kom in, till exempel 15:40."));
            }
        }
        else if (CardValues.TryParseTime(time, out LocalTime t))
        {
            parsedTime = t;
            if (parsedDate == now.Date && t > now.TimeOfDay)
            {
                problems.Add(new(CardInputs.ArrivalTime, "Tiden ligger i framtiden. Skriv när det kom in."));
            }
        }
        else
        {
            problems.Add(new(CardInputs.ArrivalTime, CardValues.TimeFormatHelp));
        }

        if (problems.Count > 0 || parsedDate is null || parsedTime is null || parsedChannel is null)
        {
            return new DeadlineFormAnswer("Rätta det som är markerat, så räknar jag ut tiden.", date, time, parsedChannel, problems);
        }

        return ForArrival(parsedDate.Value + parsedTime.Value, parsedChannel.Value, now, purgeFirst: true, date, time);
    }

    /// <summary>The deadline answer for a known arrival, or the form when the arrival cannot be used.</summary>
    private Answer ForArrival(LocalDateTime arrived, Channel channel, ZonedDateTime now, bool purgeFirst, string? dateInput, string? timeInput)
    {
        DateTimeZone zone = policy.Clock.Zone;
        Instant nowInstant = now.ToInstant();
        if (arrived.Year < FirstSupportedYear)
        {
            return new DeadlineFormAnswer(
                "Jag kan inte räkna på så gamla datum.",
                dateInput,
                timeInput,
                channel,
                [new(CardInputs.ArrivalDate, $"Jag kan räkna från år {FirstSupportedYear}. Välj ett senare datum.")]);
        }

        Instant arrival = arrived.InZoneLeniently(zone).ToInstant();
        if (arrival > nowInstant)
        {
            bool sameDay = arrived.Date == now.Date;
            return new DeadlineFormAnswer(
                "Det ligger i framtiden. Skriv när det kom in.",
                dateInput,
                timeInput,
                channel,
                [sameDay
                    ? new(CardInputs.ArrivalTime, "Tiden ligger i framtiden. Skriv när det kom in.")
                    : new(CardInputs.ArrivalDate, "Datumet ligger i framtiden. Välj den dag det kom in.")]);
        }

        IReadOnlyList<Obligation> all = policy.Evaluate(ItemHistory.Start(arrival, channel), nowInstant);
        ObligationKind[] order = Order(channel, purgeFirst);
        var obligations = all
            .Where(o => o.Due is not null && o.State != ObligationState.NotApplicable)
            .OrderBy(o => Array.IndexOf(order, o.Kind) is int i && i >= 0 ? i : order.Length)
            .ToList();
        if (obligations.Count == 0)
        {
            return new TextAnswer("Jag hittar ingen svarstid för det här. Fråga kanslienheten.");
        }

        int year = now.Year;
        var lines = new List<DeadlineLine>();
        foreach (Obligation o in obligations)
        {
            LocalDateTime due = o.Due!.Value.InZone(zone).LocalDateTime;
            lines.Add(new DeadlineLine(Label(o.Kind), due, "senast " + SwedishDateText.Format(due, year), o.Rule));
            foreach (Instant warning in o.Warnings)
            {
                LocalDateTime w = warning.InZone(zone).LocalDateTime;
                lines.Add(new DeadlineLine("Påminnelse före rensningen", w, "från " + SwedishDateText.Format(w, year), o.Rule));
            }
        }

        Obligation first = obligations[0];
        string when = SwedishDateText.Format(first.Due!.Value.InZone(zone).LocalDateTime, year);
        return new DeadlineAnswer(
            Summary(first, when),
            channel,
            ChannelNames.Of(channel),
            arrived,
            lines,
            DeadlineReasons.For(policy, channel, arrival, first),
            Tip(first.Kind));
    }

    private static ObligationKind[] Order(Channel channel, bool purgeFirst) => channel switch
    {
        Channel.PublicDocumentRequest => [ObligationKind.PublicDocumentRequest, ObligationKind.FirstResponse],
        Channel.Voicemail => [ObligationKind.Callback, ObligationKind.FirstResponse],
        Channel.Sefos when purgeFirst => [ObligationKind.SefosPurge, ObligationKind.FirstResponse],
        _ => [ObligationKind.FirstResponse, ObligationKind.Callback, ObligationKind.SefosPurge, ObligationKind.PublicDocumentRequest],
    };

    /// <summary>Names what an obligation asks in a few words, e.g. "Första svar" or "Ring tillbaka".</summary>
    /// <param name="kind">The kind of obligation.</param>
    /// <returns>The label, capitalised.</returns>
    internal static string Label(ObligationKind kind) => kind switch
    {
        ObligationKind.FirstResponse => "Första svar",
        ObligationKind.Callback => "Ring tillbaka",
        ObligationKind.SefosPurge => "Registrera eller flytta innan SEFOS rensar",
        ObligationKind.PublicDocumentRequest => "Besked om allmän handling",
        ObligationKind.StatusUpdate => "Lägesbesked",
        ObligationKind.ForwardConfirmation => "Bekräftelse från mottagaren",
        _ => "Tidsgräns",
    };

    private static string Summary(Obligation first, string when)
    {
        if (first.State == ObligationState.Overdue)
        {
            return first.Kind == ObligationKind.SefosPurge
                ? $"SEFOS rensade konversationen {when}."
                : $"Tiden gick ut {when}. Svara så snart som möjligt.";
        }

        return first.Kind switch
        {
            ObligationKind.Callback => $"Ring tillbaka senast {when}.",
            ObligationKind.SefosPurge => $"SEFOS rensar konversationen {when}. Registrera eller flytta det som ska sparas före dess.",
            ObligationKind.PublicDocumentRequest => $"Ge besked om den allmänna handlingen senast {when}.",
            _ => $"Svara senast {when}.",
        };
    }

    private static string Tip(ObligationKind kind) => kind switch
    {
        ObligationKind.Callback =>
            "Lyssna av röstbrevlådan varje arbetsdag (DL-5). Kan du inte lösa ärendet i samtalet, säg när du återkommer (CD-7).",
        ObligationKind.SefosPurge =>
            "Det som ska sparas diarieförs eller flyttas till ett annat system innan rensningen; efteråt finns det inte kvar (RC-5).",
        ObligationKind.PublicDocumentRequest =>
            "Kan handlingen inte lämnas ut i dag? Berätta för den som begärt den när den kan lämnas ut, och varför (DL-8).",
        _ => "Tar det längre tid? Skicka en mottagningsbekräftelse nu som säger att ärendet har kommit in, " +
            "vem som handlägger det och när svar kan väntas (DL-3).",
    };

    private static void Collect(UnderstoodStatus status, string? note, string what, string inputId, List<string> missing, List<InputProblem> problems)
    {
        if (status == UnderstoodStatus.Missing)
        {
            missing.Add(what);
        }
        else if (status == UnderstoodStatus.Ambiguous)
        {
            missing.Add(what);
            problems.Add(new InputProblem(inputId, note ?? "Jag förstod inte det här. Fyll i det."));
        }
    }

    private static bool PurgeQuestion(string text)
    {
        string folded = SwedishText.Fold(text);
        return folded.Contains("senaste aktivitet", StringComparison.Ordinal) || folded.Contains("rensa", StringComparison.Ordinal)
            || folded.Contains("radera", StringComparison.Ordinal) || folded.Contains("forsvinn", StringComparison.Ordinal);
    }
}
