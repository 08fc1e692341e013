using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Hosting;

namespace Osby.TeamsBot.Bots;

/// <summary>
/// Sends answers within Teams' time limit: an answer that is not ready within
/// <see cref="ReplyOptions.AcknowledgeAfter"/> is acknowledged at once and sent proactively when done.
/// </summary>
/// <remarks>
/// The answer keeps computing after the HTTP request has been answered; on shutdown the bot
/// waits for answers in progress (up to the host's shutdown timeout) rather than dropping them.
/// A failure after the acknowledgement is logged and the user gets the neutral error message.
/// </remarks>
internal sealed partial class BackgroundReplies : IHostedService, IDisposable
{
    /// <summary>The acknowledgement sent when an answer takes longer than the budget.</summary>
    public const string StillWorkingMessage = "Jag behöver lite längre tid på mig – svaret kommer om en stund.";

    private readonly BotAdapter adapter;
    private readonly string botAppId;
    private readonly TimeSpan acknowledgeAfter;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<BackgroundReplies> logger;
    private readonly ConcurrentDictionary<Task, bool> pending = new();
    private readonly CancellationTokenSource stopping = new();

    /// <summary>Initializes a new instance of the <see cref="BackgroundReplies"/> class.</summary>
    /// <param name="adapter">Sends proactive messages (the app's <see cref="AdapterWithErrorHandler"/>).</param>
    /// <param name="authentication">The bot's app id, needed to continue a conversation.</param>
    /// <param name="options">The reply budget.</param>
    /// <param name="timeProvider">Measures the budget.</param>
    /// <param name="logger">Receives failures after the acknowledgement.</param>
    public BackgroundReplies(
        BotAdapter adapter,
        IOptions<BotAuthenticationOptions> authentication,
        IOptions<ReplyOptions> options,
        TimeProvider timeProvider,
        ILogger<BackgroundReplies> logger)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(options);

        this.adapter = adapter;
        botAppId = authentication.Value.MicrosoftAppId ?? string.Empty;
        acknowledgeAfter = options.Value.AcknowledgeAfter;
        this.timeProvider = timeProvider;
        this.logger = logger;
    }

    /// <summary>Computes an answer and sends it, acknowledging first if it takes longer than the budget.</summary>
    /// <param name="turnContext">The turn to answer in.</param>
    /// <param name="compute">Computes the answer; may be slow.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>A task that completes when the answer or the acknowledgement is sent.</returns>
    public async Task SendAsync(ITurnContext turnContext, Func<Answer> compute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        var work = Task.Run(compute, CancellationToken.None);
        Answer answer;
        try
        {
            answer = await work.WaitAsync(acknowledgeAfter, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(StillWorkingMessage), cancellationToken).ConfigureAwait(false);
            Track(FinishLaterAsync(work, turnContext.Activity.GetConversationReference()));
            return;
        }

        await turnContext.SendActivityAsync(AnswerActivity.From(answer), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(pending.Keys).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await stopping.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Dispose() => stopping.Dispose();

    private void Track(Task task)
    {
        pending[task] = true;
        _ = task.ContinueWith(
            (done, state) => ((ConcurrentDictionary<Task, bool>)state!).TryRemove(done, out _),
            pending,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private async Task FinishLaterAsync(Task<Answer> work, ConversationReference reference)
    {
        IActivity message;
        try
        {
            message = AnswerActivity.From(await work.WaitAsync(stopping.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            LogDroppedAtShutdown(logger, reference.Conversation?.Id);
            return;
        }
        catch (Exception exception)
        {
            LogLateAnswerFailed(logger, exception, reference.Conversation?.Id);
            message = MessageFactory.Text(AdapterWithErrorHandler.TurnFailedMessage);
        }

        try
        {
            await adapter.ContinueConversationAsync(
                botAppId,
                reference,
                (context, token) => context.SendActivityAsync(message, token),
                stopping.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            LogLateAnswerNotSent(logger, exception, reference.Conversation?.Id);
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Error, Message = "A late answer failed in conversation {ConversationId}")]
    private static partial void LogLateAnswerFailed(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(EventId = 21, Level = LogLevel.Error, Message = "A late answer could not be sent to conversation {ConversationId}")]
    private static partial void LogLateAnswerNotSent(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(EventId = 22, Level = LogLevel.Warning, Message = "A late answer to conversation {ConversationId} was dropped at shutdown")]
    private static partial void LogDroppedAtShutdown(ILogger logger, string? conversationId);
}
