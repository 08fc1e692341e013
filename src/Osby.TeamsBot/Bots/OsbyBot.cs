using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using NodaTime;
using Osby.Policy.Deadlines;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Bots;

/// <summary>The Osby bot's Teams activity handler: questions in, answer cards out.</summary>
/// <remarks>
/// <para>
/// A message is answered by the <see cref="QuestionAnswerer"/> through <see cref="BackgroundReplies"/>
/// (acknowledged first when slow). A card button arrives either as an <c>adaptiveCard/action</c>
/// invoke (<c>Action.Execute</c>) or, from clients that fall back to <c>Action.Submit</c>, as a
/// message whose value carries the verb; both go through <see cref="ButtonHandlers"/>.
/// </para>
/// <para>
/// The welcome card goes out once, on the <c>installationUpdate</c> that Teams sends when the app
/// is installed in a personal chat, a team or a group chat. The <c>conversationUpdate</c> that
/// comes with it (adding the bot, and in the Agents Playground also the user) is not greeted, so
/// nobody gets two welcomes; people who join a team later are not greeted in the channel either.
/// </para>
/// </remarks>
internal sealed class OsbyBot : TeamsActivityHandler
{
    /// <summary>The invoke response to a button whose answer comes as a new message.</summary>
    public const string AnsweredBelowMessage = "Svaret kommer i chatten.";

    /// <summary>The error for a button the bot does not know (an old card, or a tampered one).</summary>
    public const string UnknownActionMessage = "Den knappen känner jag inte igen. Skriv din fråga i chatten eller skriv \"hjälp\".";

    private const string AdaptiveCardActionInvoke = "adaptiveCard/action";
    private const string ActionExecute = "Action.Execute";
    private const string MessageResponseType = "application/vnd.microsoft.activity.message";
    private const string ErrorResponseType = "application/vnd.microsoft.error";

    private readonly QuestionAnswerer answerer;
    private readonly ButtonHandlers buttonHandlers;
    private readonly BackgroundReplies replies;
    private readonly PeopleCapture capture;
    private readonly ItemActions items;
    private readonly IClock clock;
    private readonly DateTimeZone zone;

    /// <summary>Initializes a new instance of the <see cref="OsbyBot"/> class.</summary>
    /// <param name="answerer">Answers questions.</param>
    /// <param name="buttonHandlers">Handles card buttons.</param>
    /// <param name="replies">Sends answers within Teams' time limit.</param>
    /// <param name="clock">The current time.</param>
    /// <param name="policy">The service policy, whose zone is the users' (Europe/Stockholm).</param>
    /// <param name="capture">Stores conversation references and people from every activity.</param>
    /// <param name="items">Handles the item commands and card actions.</param>
    public OsbyBot(
        QuestionAnswerer answerer,
        ButtonHandlers buttonHandlers,
        BackgroundReplies replies,
        IClock clock,
        ServicePolicy policy,
        PeopleCapture capture,
        ItemActions items)
    {
        ArgumentNullException.ThrowIfNull(policy);

        this.answerer = answerer;
        this.buttonHandlers = buttonHandlers;
        this.replies = replies;
        this.capture = capture;
        this.items = items;
        this.clock = clock;
        zone = policy.Clock.Zone;
    }

    private ZonedDateTime Now => clock.GetCurrentInstant().InZone(zone);

    /// <inheritdoc />
    /// <remarks>Every activity first refreshes the stored conversation reference and sender (<see cref="PeopleCapture"/>).</remarks>
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await capture.CaptureAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        var activity = turnContext.Activity;
        var userName = activity.From?.Name;
        var text = QuestionText(activity);
        if (activity.Value is not null && string.IsNullOrEmpty(text))
        {
            await OnSubmitFallbackAsync(turnContext, userName, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await items.TryCommandAsync(text, PeopleCapture.SenderOf(turnContext), IsPersonal(turnContext), cancellationToken).ConfigureAwait(false) is { } itemReply)
        {
            await SendAsync(turnContext, itemReply, cancellationToken).ConfigureAwait(false);
            return;
        }

        var now = Now;
        await replies.SendAsync(turnContext, () => answerer.Answer(text, now, userName), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Card actions are answered here rather than in the base class, so that every response is
    /// HTTP 200 with a <c>statusCode</c>/<c>type</c>/<c>value</c> body, also for a malformed value
    /// or an unknown verb (the base class answers those with HTTP 400 or 501). Other invokes the
    /// bot does not use get the same kind of error body.
    /// </remarks>
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        var activity = turnContext.Activity;
        if (activity.Name != AdaptiveCardActionInvoke)
        {
            return Invoke(Error(HttpStatusCode.NotImplemented, "Det här stöder jag inte."));
        }

        var value = activity.Value as JObject;
        var type = (string?)value?["action"]?["type"];
        var verb = (string?)value?["action"]?["verb"];
        var data = value?["action"]?["data"];
        if (type != ActionExecute || !ButtonClick.TryRead(verb, data is null or { Type: JTokenType.Null } ? null : data, out var action))
        {
            return Invoke(Error(HttpStatusCode.BadRequest, UnknownActionMessage));
        }

        if (ItemActions.Handles(action.Verb))
        {
            var reply = await items.HandleAsync(action, PeopleCapture.SenderOf(turnContext), IsPersonal(turnContext), cancellationToken).ConfigureAwait(false);
            if (reply is { ReplaceCard: true, Card: { } replacement })
            {
                if (reply.Text is not null)
                {
                    await turnContext.SendActivityAsync(MessageFactory.Text(reply.Text), cancellationToken).ConfigureAwait(false);
                }

                return Invoke(new AdaptiveCardInvokeResponse
                {
                    StatusCode = (int)HttpStatusCode.OK,
                    Type = CardAttachment.ContentType,
                    Value = CardAttachment.ToJson(replacement),
                });
            }

            await SendAsync(turnContext, reply, cancellationToken).ConfigureAwait(false);
            return Invoke(new AdaptiveCardInvokeResponse
            {
                StatusCode = (int)HttpStatusCode.OK,
                Type = MessageResponseType,
                Value = AnsweredBelowMessage,
            });
        }

        if (!buttonHandlers.TryHandle(action, Now, activity.From?.Name, out var outcome))
        {
            return Invoke(Error(HttpStatusCode.BadRequest, UnknownActionMessage));
        }

        if (outcome.Delivery == ButtonDelivery.ReplaceCard)
        {
            var answer = outcome.Compute();
            if (AnswerCards.Render(answer) is { } card)
            {
                return Invoke(new AdaptiveCardInvokeResponse
                {
                    StatusCode = (int)HttpStatusCode.OK,
                    Type = CardAttachment.ContentType,
                    Value = CardAttachment.ToJson(card),
                });
            }

            await turnContext.SendActivityAsync(AnswerActivity.From(answer), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await replies.SendAsync(turnContext, outcome.Compute, cancellationToken).ConfigureAwait(false);
        }

        return Invoke(new AdaptiveCardInvokeResponse
        {
            StatusCode = (int)HttpStatusCode.OK,
            Type = MessageResponseType,
            Value = AnsweredBelowMessage,
        });
    }

    /// <inheritdoc />
    /// <remarks>
    /// After the welcome, the roster of a team or group chat is stored (paged), so that items can be forwarded to its
    /// members and their cards reach them once they talk to the bot.
    /// </remarks>
    protected override async Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await SendWelcomeAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (turnContext.Activity.Conversation?.ConversationType is "channel" or "groupChat")
        {
            await capture.CaptureRosterAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Does nothing: the welcome goes out on <c>installationUpdate</c> (see the class remarks).</summary>
    /// <remarks>
    /// The base implementation would first fetch each new member's roster entry from the connector
    /// (one request per member) only to call an empty handler, so that round trip is skipped.
    /// </remarks>
    protected override Task OnTeamsMembersAddedDispatchAsync(
        IList<ChannelAccount> membersAdded,
        TeamInfo teamInfo,
        ITurnContext<IConversationUpdateActivity> turnContext,
        CancellationToken cancellationToken) => Task.CompletedTask;

    private static string QuestionText(IMessageActivity activity)
    {
        // In a channel or group chat the text starts with "<at>Osby-boten</at>"; the question is the rest.
        var text = activity.RemoveRecipientMention() ?? activity.Text ?? string.Empty;
        return text.Replace("&nbsp;", " ", StringComparison.Ordinal).Trim();
    }

    private static bool IsPersonal(ITurnContext turnContext) =>
        turnContext.Activity.Conversation?.ConversationType is null or "personal";

    private static InvokeResponse Invoke(AdaptiveCardInvokeResponse body) => new() { Status = (int)HttpStatusCode.OK, Body = body };

    private static AdaptiveCardInvokeResponse Error(HttpStatusCode status, string message) => new()
    {
        StatusCode = (int)status,
        Type = ErrorResponseType,
        Value = new Error { Code = status.ToString(), Message = message },
    };

    private Task SendWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(AnswerActivity.From(answerer.Help), cancellationToken);

    private static async Task SendAsync(ITurnContext turnContext, ItemReply reply, CancellationToken cancellationToken)
    {
        if (reply.Text is not null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(reply.Text), cancellationToken).ConfigureAwait(false);
        }

        if (reply.Card is not null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Attachment(CardAttachment.From(reply.Card)), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OnSubmitFallbackAsync(ITurnContext<IMessageActivity> turnContext, string? userName, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (ButtonClick.TryRead(null, activity.Value, out var itemAction) && ItemActions.Handles(itemAction.Verb))
        {
            var reply = await items.HandleAsync(itemAction, PeopleCapture.SenderOf(turnContext), IsPersonal(turnContext), cancellationToken).ConfigureAwait(false);
            if (reply is { ReplaceCard: true, Card: { } replacement } && !string.IsNullOrEmpty(activity.ReplyToId))
            {
                var update = MessageFactory.Attachment(CardAttachment.From(replacement));
                update.Id = activity.ReplyToId;
                await turnContext.UpdateActivityAsync(update, cancellationToken).ConfigureAwait(false);
                reply = reply with { Card = null };
            }

            await SendAsync(turnContext, reply, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!ButtonClick.TryRead(null, activity.Value, out var action) ||
            !buttonHandlers.TryHandle(action, Now, userName, out var outcome))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(UnknownActionMessage), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (outcome.Delivery == ButtonDelivery.ReplaceCard && !string.IsNullOrEmpty(activity.ReplyToId))
        {
            // The clicked card's message is the one this submit replies to: update it in place.
            var reply = AnswerActivity.From(outcome.Compute());
            reply.Id = activity.ReplyToId;
            await turnContext.UpdateActivityAsync(reply, cancellationToken).ConfigureAwait(false);
            return;
        }

        await replies.SendAsync(turnContext, outcome.Compute, cancellationToken).ConfigureAwait(false);
    }
}
