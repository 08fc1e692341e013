using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace EchoBot;

/// <summary>Replies to every message with its own text.</summary>
internal sealed class EchoActivityHandler : ActivityHandler
{
    /// <inheritdoc />
    protected override Task OnMessageActivityAsync(
        ITurnContext<IMessageActivity> turnContext,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken);
    }
}
