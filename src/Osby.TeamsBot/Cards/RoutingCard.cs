using Osby.Policy.Routing;
using Osby.TeamsBot.Answers;

namespace Osby.TeamsBot.Cards;

/// <summary>The card that says where a message belongs, what follows and why; with the candidates when the router is unsure.</summary>
internal static class RoutingCard
{
    /// <summary>The most alternatives shown.</summary>
    public const int MaxAlternatives = 5;

    private static readonly Dictionary<RoutingAction, string> Actions = new()
    {
        [RoutingAction.ForwardToMailbox] = "Skicka det vidare till rätt funktionsbrevlåda och be om en bekräftelse.",
        [RoutingAction.ForwardWithCopyToKanslienheten] = "Skicka det vidare till mottagaren med kopia till Kanslienheten.",
        [RoutingAction.AnswerDirectly] = "Svara direkt – det hör hemma där det kom in.",
        [RoutingAction.NoDutyToForward] = "Du behöver inte skicka det vidare: det är reklam eller rutinutskick.",
        [RoutingAction.MisroutedInternalMailbox] = $"Det har kommit till en intern brevlåda. Skicka det till {MailboxDirectory.OfficialAddress} och berätta det för avsändaren.",
        [RoutingAction.RedirectDeactivatedMailbox] = "Brevlådan är avslutad. Skicka det till den brevlåda som har tagit över.",
        [RoutingAction.ConsultKanslienheten] = "Fråga Kanslienheten eller den förvaltning det troligen gäller innan du skickar det vidare.",
        [RoutingAction.UseSefos] = "Fortsätt i SEFOS, inte i vanlig e-post eller chatt.",
        [RoutingAction.ConsultManager] = "Svara först efter att du har pratat med din chef, och flytta dialogen till en annan kanal.",
        [RoutingAction.SaveRegisterAndRemove] = "Spara och diarieför kommentaren, och ta sedan bort den i samråd med din chef.",
    };

    private static readonly (RoutingObligations Flag, string Text)[] Obligations =
    [
        (RoutingObligations.RequestConfirmation, "Be mottagaren bekräfta att de tar hand om det. Du ansvarar tills de har gjort det."),
        (RoutingObligations.AcknowledgeWithinOneWorkingDay, "Bekräfta till avsändaren inom en arbetsdag från att det kom in. En mottagningsbekräftelse räcker."),
        (RoutingObligations.Register, "Diarieför det."),
        (RoutingObligations.HandleSameDay, "Hantera begäran samma arbetsdag."),
    ];

    /// <summary>Creates the card.</summary>
    /// <param name="answer">The router's decision and its summary.</param>
    /// <returns>The card.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answer"/> is null.</exception>
    public static AdaptiveCard Create(RoutingAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        RoutingDecision decision = answer.Decision;

        List<CardElement> body = [CardText.Headline(answer.Summary)];
        if (Actions.TryGetValue(decision.Action, out string? action))
        {
            body.Add(CardText.Paragraph(action));
        }

        List<Fact> facts = [];
        if (decision.Target is { } target)
        {
            facts.Add(CardText.Fact("Skicka till", decision.TargetName is { } name ? $"{name} ({target})" : target));
        }

        if (decision.CopyTo.Count > 0)
        {
            facts.Add(CardText.Fact("Kopia till", string.Join(", ", decision.CopyTo.Take(CardText.MaxListItems))));
        }

        if (facts.Count > 0)
        {
            body.Add(new FactSet { Facts = facts });
        }

        string[] todo = [.. Obligations.Where(o => decision.Obligations.HasFlag(o.Flag)).Select(o => o.Text)];
        if (todo.Length > 0)
        {
            body.Add(CardText.Heading("Det här gäller också"));
            body.AddRange(todo.Select(CardText.Bullet));
        }

        if (decision.Reasons.Count > 0)
        {
            body.Add(CardText.Heading("Varför?"));
            body.AddRange(decision.Reasons.Take(CardText.MaxListItems).Select(r => CardText.Bullet($"{r.Text} ({r.Rule.RuleId})")));
        }

        if (!decision.IsCertain)
        {
            body.Add(Alternatives(decision));
        }

        body.AddRange(CardText.Sources(decision.Reasons.Select(r => r.Rule)));
        return new AdaptiveCard { Body = body };
    }

    private static Container Alternatives(RoutingDecision decision)
    {
        List<CardElement> items =
        [
            new TextBlock
            {
                Text = $"Jag är inte säker (säkerhet {CardText.Percent(decision.Confidence)}). Kontrollera innan du skickar det vidare.",
                Weight = TextWeight.Bolder,
                Color = TextColor.Warning,
            },
        ];

        if (decision.Alternatives.Count > 0)
        {
            items.Add(new TextBlock { Text = "Möjliga mottagare:", Spacing = CardSpacing.Small });
            foreach (RoutingAlternative alternative in decision.Alternatives.Take(MaxAlternatives))
            {
                items.Add(CardText.Bullet($"{alternative.Name} ({alternative.Address}) – {CardText.Percent(alternative.Confidence)}"));
                items.Add(CardText.Note(CardText.Clip(alternative.Reason, CardText.MaxQuote)) with { Spacing = CardSpacing.None });
            }
        }

        return new Container { Style = ContainerStyle.Warning, Spacing = CardSpacing.Medium, Items = items };
    }
}
