using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace Osby.TeamsBot.Hosting;

/// <summary>The bot's <see cref="CloudAdapter"/> with the one turn-error handler.</summary>
/// <remarks>
/// Has a single constructor so that dependency injection can build it (<see cref="CloudAdapter"/>
/// itself has two public constructors that DI finds ambiguous). A failed turn is logged with
/// the exception, and the user gets a neutral Swedish message, never the exception text.
/// </remarks>
internal sealed partial class AdapterWithErrorHandler : CloudAdapter
{
    /// <summary>The message sent to the user when a turn fails.</summary>
    public const string TurnFailedMessage = "Något gick fel hos mig. Försök igen om en stund.";

    /// <summary>Initializes a new instance of the <see cref="AdapterWithErrorHandler"/> class.</summary>
    /// <param name="authentication">Validates incoming requests and creates connector clients.</param>
    /// <param name="logger">Receives turn failures.</param>
    public AdapterWithErrorHandler(BotFrameworkAuthentication authentication, ILogger<AdapterWithErrorHandler> logger)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(logger);

        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            LogTurnFailed(logger, exception, activity?.Type, activity?.ChannelId, activity?.Conversation?.Id);

            try
            {
                await turnContext.SendActivityAsync(MessageFactory.Text(TurnFailedMessage)).ConfigureAwait(false);
            }
            catch (Exception sendException) when (sendException is not OperationCanceledException)
            {
                // The connector itself may be what failed; the original error is already logged.
                LogErrorMessageNotSent(logger, sendException, activity?.Conversation?.Id);
            }
        };
    }

    [LoggerMessage(
        EventId = 1,
        Level = LogLevel.Error,
        Message = "Turn failed for {ActivityType} activity on {ChannelId} in conversation {ConversationId}")]
    private static partial void LogTurnFailed(
        ILogger logger, Exception exception, string? activityType, string? channelId, string? conversationId);

    [LoggerMessage(
        EventId = 2,
        Level = LogLevel.Warning,
        Message = "Could not tell the user in conversation {ConversationId} that the turn failed")]
    private static partial void LogErrorMessageNotSent(ILogger logger, Exception exception, string? conversationId);
}
