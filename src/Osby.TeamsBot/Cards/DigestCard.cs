using System.Globalization;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Digests;
using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Cards;

/// <summary>A manager's digest (issue 7 §3): counts for their unit(s), the worst overdue items with their owners, the failed
/// deliveries, the share answered in time, last week's summary on the first working day of a week, and a button to "mina ärenden".</summary>
/// <remarks>Only counts and at most <see cref="DigestContent.MaxWorst"/> items and <see cref="DigestContent.MaxFailures"/>
/// failures are shown, each line clipped, so the card stays far under 28 KB however many items the units have.</remarks>
internal static class DigestCard
{
    /// <summary>The text of the button that lists the manager's own items.</summary>
    public const string MyItemsButton = "Visa mina ärenden";

    /// <summary>What the empty digest says.</summary>
    public const string NothingToReport = "Inget att rapportera";

    /// <summary>The longest name (of a unit list, a manager or an owner) shown, in characters.</summary>
    public const int MaxName = 120;

    /// <summary>Creates the card.</summary>
    /// <param name="view">The digest.</param>
    /// <returns>The card; a short "Inget att rapportera" card when <see cref="DigestView.IsEmpty"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is null.</exception>
    public static AdaptiveCard Create(DigestView view)
    {
        ArgumentNullException.ThrowIfNull(view);

        string units = CardText.Clip(SwedishDateText.JoinList(view.Units), MaxName);
        List<CardElement> body =
        [
            CardText.Headline("Sammanställning"),
            CardText.Note($"{CardText.Clip(units, MaxName)} · {SwedishDateText.FormatDate(view.Today, view.Today.Year)}") with { Spacing = CardSpacing.None },
        ];

        if (view.IsEmpty)
        {
            body.Add(CardText.Paragraph($"{NothingToReport}: inga öppna ärenden, inga försenade och inga utskick som misslyckats."));
            return new AdaptiveCard { Body = body, Actions = [CardButtons.Execute(MyItemsButton, CardVerbs.ShowMyItems)] };
        }

        body.Add(new FactSet
        {
            Spacing = CardSpacing.Medium,
            Facts =
            [
                CardText.Fact("Öppna ärenden", Number(view.OpenItems)),
                CardText.Fact("Förfaller i dag", Number(view.DueToday)),
                CardText.Fact("Försenade", Number(view.Overdue)),
                CardText.Fact("Obekräftade vidarebefordringar (DL-6)", Number(view.UnconfirmedForwards)),
                CardText.Fact(string.Create(CultureInfo.InvariantCulture, $"SEFOS rensar inom {DigestContent.SefosDays} dagar (DL-4)"), Number(view.SefosPurgesSoon)),
                CardText.Fact("Utskick som inte kom fram", Number(view.FailedDeliveries)),
            ],
        });

        if (view.WorstOverdue.Count > 0)
        {
            body.Add(CardText.Heading("Mest försenade"));
            body.AddRange(view.WorstOverdue.Select(o => CardText.Bullet(string.Create(
                CultureInfo.InvariantCulture,
                $"Ärende {o.ItemId} · {CardText.Clip(o.Owner, MaxName)} · {CardText.Clip(o.What, MaxName)}, försenat {o.Late}")) with
            {
                Color = TextColor.Attention,
            }));
            if (view.Overdue > view.WorstOverdue.Count)
            {
                body.Add(CardText.Note(ItemTexts.MoreItems(view.Overdue - view.WorstOverdue.Count)));
            }
        }

        if (view.Failures.Count > 0)
        {
            body.Add(CardText.Heading("Utskick som inte kom fram"));
            body.AddRange(view.Failures.Select(f => CardText.Bullet($"{CardText.Clip(f.Recipient, MaxName)}: {KindText(f.Kind)}{ItemText(f.ItemId)}. {f.Reason}")));
            if (view.FailedDeliveries > view.Failures.Count)
            {
                body.Add(CardText.Note(ItemTexts.MoreItems(view.FailedDeliveries - view.Failures.Count)));
            }
        }

        body.Add(CardText.Heading("Första svar i tid (DL-1)"));
        body.Add(new FactSet
        {
            Spacing = CardSpacing.Small,
            Facts =
            [
                CardText.Fact("Senaste 30 dagarna", view.Last30Days.Text()),
                CardText.Fact("30 dagarna före", view.Previous30Days.Text()),
            ],
        });

        if (view.LastWeek is { } week)
        {
            string from = SwedishDateText.FormatDate(week.Monday, view.Today.Year);
            string to = SwedishDateText.FormatDate(week.Monday.PlusDays(6), view.Today.Year);
            body.Add(CardText.Heading($"Förra veckan ({from} – {to})"));
            body.Add(new FactSet
            {
                Spacing = CardSpacing.Small,
                Facts =
                [
                    CardText.Fact("Inkomna", Number(week.Arrived)),
                    CardText.Fact("Besvarade i tid", Number(week.AnsweredInTime)),
                    CardText.Fact("Försenade", Number(week.Late)),
                ],
            });
        }

        return new AdaptiveCard { Body = body, Actions = [CardButtons.Execute(MyItemsButton, CardVerbs.ShowMyItems)] };
    }

    /// <summary>Names what a scheduled message was, in Swedish.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>E.g. "påminnelse om första svar".</returns>
    public static string KindText(ReminderKind kind) => kind switch
    {
        ReminderKind.ResponseDueSoon => "påminnelse om första svar",
        ReminderKind.ResponseOverdue => "påminnelse om försenat första svar",
        ReminderKind.ResponseOverdueEscalation => "besked till chef om försenat första svar",
        ReminderKind.ForwardUnconfirmed => "påminnelse om obekräftad vidarebefordran",
        ReminderKind.ForwardUnconfirmedToForwarder => "besked om obekräftad vidarebefordran",
        ReminderKind.PromiseDueSoon => "påminnelse om lägesrapport",
        ReminderKind.CallbackDue => "påminnelse om att ringa tillbaka",
        ReminderKind.PublicDocumentDue => "påminnelse om begäran om allmän handling",
        ReminderKind.SefosPurgeWarning => "varning om SEFOS-rensning",
        ReminderKind.GuidelineFollowUp => "påminnelse om årlig uppföljning av riktlinjen",
        ReminderKind.ManagerDigest => "sammanställning",
        _ => "meddelande",
    };

    private static string ItemText(long? itemId) =>
        itemId is { } id ? string.Create(CultureInfo.InvariantCulture, $" om ärende {id}") : string.Empty;

    /// <summary>Writes a count the Swedish way, thousands set apart by a no-break space: "100 000".</summary>
    private static string Number(int count) =>
        count.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '\u00A0');
}
