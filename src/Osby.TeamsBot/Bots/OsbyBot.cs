using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace Osby.TeamsBot.Bots;

/// <summary>The Osby bot's Teams activity handler.</summary>
/// <remarks>
/// Answers every message with <see cref="HelpText"/> and greets people who join a conversation
/// with the bot, or the user who installs it in a personal chat. Holds no state; registered as transient.
/// </remarks>
internal sealed class OsbyBot : TeamsActivityHandler
{
    private const string PersonalConversationType = "personal";

    /// <inheritdoc />
    protected override Task OnMessageActivityAsync(
        ITurnContext<IMessageActivity> turnContext,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return SendHelpAsync(turnContext, cancellationToken);
    }

    /// <summary>Greets members added in Teams.</summary>
    /// <remarks>
    /// The base implementation first fetches each new member's roster entry from the connector
    /// (one GET per member) before calling <see cref="OnMembersAddedAsync"/>. The greeting needs
    /// nothing but the member ids, so that round trip, and its failure modes, are skipped.
    /// </remarks>
    protected override Task OnTeamsMembersAddedDispatchAsync(
        IList<ChannelAccount> membersAdded,
        TeamInfo teamInfo,
        ITurnContext<IConversationUpdateActivity> turnContext,
        CancellationToken cancellationToken)
    {
        return GreetAsync(membersAdded, turnContext, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded,
        ITurnContext<IConversationUpdateActivity> turnContext,
        CancellationToken cancellationToken)
    {
        return GreetAsync(membersAdded, turnContext, cancellationToken);
    }

    private static async Task GreetAsync(
        IList<ChannelAccount> membersAdded,
        ITurnContext<IConversationUpdateActivity> turnContext,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);

        // Greet once per update when a person joins. The bot itself being added counts only in a
        // personal chat, where it means the user has just installed the bot (Teams may list only
        // the bot in that update). Added alone to a team or group chat, the bot stays quiet.
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        var personAdded = membersAdded.Any(member => member.Id != botId);
        var installedInPersonalChat =
            activity.Conversation?.ConversationType == PersonalConversationType &&
            membersAdded.Any(member => member.Id == botId);
        if (personAdded || installedInPersonalChat)
        {
            await SendHelpAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task<ResourceResponse> SendHelpAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var reply = MessageFactory.Text(HelpText.Markdown);
        reply.TextFormat = TextFormatTypes.Markdown;
        return turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
