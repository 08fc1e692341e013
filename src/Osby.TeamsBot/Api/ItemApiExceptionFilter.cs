namespace Osby.TeamsBot.Api;

/// <summary>Answers an item API request that failed unexpectedly with a 500 problem response instead of an empty one, and logs it.</summary>
/// <remarks>The caller gets a neutral text and the trace id, never the exception's text (STYLE.md §6). A cancelled request
/// is not caught.</remarks>
internal sealed partial class ItemApiExceptionFilter(ILogger<ItemApiExceptionFilter> logger) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            LogFailed(logger, exception, context.HttpContext.Request.Method, context.HttpContext.Request.Path);
            return ApiProblems.Create(
                context.HttpContext, StatusCodes.Status500InternalServerError, ApiTexts.ServerErrorTitle, ApiTexts.ServerErrorDetail);
        }
    }

    [LoggerMessage(EventId = 62, Level = LogLevel.Error, Message = "Item API request {Method} {Path} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string method, string path);
}
