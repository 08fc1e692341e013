using System.Globalization;
using Osby.Policy;
using Osby.Policy.Deadlines;
using Osby.Policy.Routing;
using Osby.Policy.Rules;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Cards;

/// <summary>The card a forward's recipient gets: who sent the item first, the deadlines, the way it took, and the three answers
/// (RT-7, RT-8, DL-6); once answered, the answer for everyone.</summary>
/// <remarks>
/// The card refreshes itself (<see cref="CardVerbs.RefreshForwardCard"/>), so Teams shows each listed user their own view:
/// the buttons to the recipient and whoever may act for them, a read-only view to the others, and the answer to all once
/// given. On a sensitive item (information value 2 or more, RT-14) the card shows neither the subject nor the sender, only
/// the sender category.
/// </remarks>
internal static class ForwardCard
{
    /// <summary>The text of the button that confirms the forward (DL-6).</summary>
    public const string ConfirmTitle = "Jag hanterar ärendet";

    /// <summary>The text of the button that opens the "wrong recipient" form.</summary>
    public const string DeclineTitle = "Fel mottagare";

    /// <summary>The text of the button that sends the "wrong recipient" answer.</summary>
    public const string SendDeclineTitle = "Skicka svaret";

    /// <summary>The text of the button that marks the item as advertising or routine mail (RT-6).</summary>
    public const string AdvertisingTitle = "Reklam / ingen åtgärd";

    /// <summary>The title of the refresh action (not shown as a button).</summary>
    public const string RefreshTitle = "Uppdatera";

    /// <summary>Creates the card.</summary>
    /// <param name="view">The item, the forward's recipient, whether the viewer may act, who the card refreshes for, and a notice.</param>
    /// <returns>The card.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is null.</exception>
    /// <exception cref="ArgumentException">The item was never forwarded to <see cref="ForwardCardView.Party"/>, or there are more
    /// than <see cref="CardRefresh.MaxUserIds"/> refresh user ids.</exception>
    public static AdaptiveCard Create(ForwardCardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        ItemView item = view.View;
        ForwardHop hop = item.Item.ForwardTo(view.Party)
            ?? throw new ArgumentException($"Item {item.Item.Id} was never forwarded to {view.Party}.", nameof(view));
        List<KeyValuePair<string, string>> data = [ItemButtons.ItemData(item.Item.Id), new(CardInputs.Party, hop.To)];

        List<CardElement> body = [];
        if (!string.IsNullOrWhiteSpace(view.Notice))
        {
            body.Add(new TextBlock { Text = CardText.Clip(view.Notice.Trim(), CardText.MaxLine), Color = TextColor.Warning, Weight = TextWeight.Bolder });
        }

        body.Add(CardText.Headline(string.Create(CultureInfo.InvariantCulture, $"Vidarebefordrat ärende {item.Item.Id}")));
        body.Add(new FactSet { Facts = Facts(item, hop), Spacing = CardSpacing.Medium });
        body.AddRange(ItemBlocks.Subject(item));

        IReadOnlyList<CardAction>? actions = null;
        if (!hop.IsOpen)
        {
            body.Add(new Container
            {
                Style = hop.Outcome switch
                {
                    HopOutcome.Handling => ContainerStyle.Good,
                    HopOutcome.WrongRecipient => ContainerStyle.Warning,
                    _ => ContainerStyle.Emphasis,
                },
                Spacing = CardSpacing.Medium,
                Items = [new TextBlock { Text = CardText.Clip(ItemTexts.AnswerLine(item, hop), CardText.MaxParagraph), Weight = TextWeight.Bolder }],
            });
        }
        else if (view.ViewerMayAct)
        {
            body.Add(CardText.Heading("Hanterar du ärendet?"));
            body.Add(CardText.Paragraph(
                $"Svara så att {item.Name(hop.From)} vet att ärendet har kommit rätt. " +
                $"{item.Name(item.Item.Responsible)} är ansvarig tills någon bekräftar att de hanterar det (RT-7, DL-6)."));
            actions =
            [
                CardButtons.Execute(ConfirmTitle, CardVerbs.ConfirmForward, data, ActionStyle.Positive),
                Decline(data),
                CardButtons.Execute(AdvertisingTitle, CardVerbs.MarkAdvertising, data),
            ];
        }
        else
        {
            body.Add(CardText.Paragraph(ItemTexts.AnswerLine(item, hop)) with { Spacing = CardSpacing.Medium });
        }

        List<RuleCitation> sources = [RuleCitation.For("RT-7"), RuleCitation.For("DL-6")];
        if (item.Item.IsSensitive)
        {
            sources.Add(RuleCitation.For("RT-14"));
        }

        body.AddRange(CardText.Sources(sources));

        return new AdaptiveCard
        {
            Body = body,
            Actions = actions,
            Refresh = CardRefresh.For(CardButtons.Execute(RefreshTitle, CardVerbs.RefreshForwardCard, data), view.RefreshUserIds),
        };
    }

    private static List<Fact> Facts(ItemView item, ForwardHop hop)
    {
        List<Fact> facts =
        [
            CardText.Fact("Från", ItemTexts.SenderText(item)),
            CardText.Fact("Kom in", $"{ItemTexts.When(item, item.Item.Arrival.FirstArrival)}, {ChannelNames.Of(item.Item.Arrival.Channel)}"),
        ];

        Channel channel = item.Item.Arrival.Channel;
        Obligation? response = item.Obligations.FirstOrDefault(o => o.Kind == ObligationKind.FirstResponse && o.Due is not null)
            ?? item.Obligations.FirstOrDefault(o => o.Kind == ObligationKind.Callback && o.Due is not null);
        if (response is not null)
        {
            string title = response.Kind == ObligationKind.Callback ? "Ring tillbaka senast" : "Svara avsändaren senast";
            facts.Add(CardText.Fact(title, ItemTexts.DueText(item, response)));
        }

        if (channel == Channel.PublicDocumentRequest
            && item.Obligations.FirstOrDefault(o => o.Kind == ObligationKind.PublicDocumentRequest && o.Due is not null) is { } request)
        {
            facts.Add(CardText.Fact("Besked om allmän handling senast", ItemTexts.DueText(item, request)));
        }

        if (item.Obligations.FirstOrDefault(o => o.Kind == ObligationKind.ForwardConfirmation && o.Due is not null
            && Parties.Same(o.Party, hop.To)) is { } confirmation)
        {
            facts.Add(CardText.Fact("Bekräfta senast", ItemTexts.DueText(item, confirmation)));
        }

        facts.Add(CardText.Fact("Vidarebefordrat av", $"{item.Name(hop.From)}, {ItemTexts.When(item, hop.At)}"));
        facts.Add(CardText.Fact("Vägen", ItemTexts.ChainText(item, hop.To)));
        facts.Add(CardText.Fact("Ansvarig", item.Name(item.Item.Responsible)));
        return facts;
    }

    private static ShowCardAction Decline(List<KeyValuePair<string, string>> data) => new()
    {
        Title = DeclineTitle,
        Card = new ShownCard
        {
            Body =
            [
                new TextInput
                {
                    Id = CardInputs.Reason,
                    Label = "Varför är du fel mottagare?",
                    Placeholder = "Till exempel: gäller miljö, inte bygglov",
                    IsMultiline = true,
                    IsRequired = true,
                    ErrorMessage = "Skriv varför, så att ärendet kan skickas rätt.",
                },
                new TextInput
                {
                    Id = CardInputs.SuggestedRecipient,
                    Label = "Vem borde få ärendet i stället? (om du vet)",
                    Placeholder = "E-postadress, till exempel miljo@osby.se",
                },
            ],
            Actions = [CardButtons.Execute(SendDeclineTitle, CardVerbs.DeclineForward, data)],
        },
    };
}
