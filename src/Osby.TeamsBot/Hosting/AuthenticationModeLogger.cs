using Microsoft.Extensions.Options;

namespace Osby.TeamsBot.Hosting;

/// <summary>Logs at start-up whether the bot checks Bot Framework tokens.</summary>
/// <remarks>Local mode is fine on a developer's machine and a mistake anywhere else, so it is logged as a warning.</remarks>
internal sealed partial class AuthenticationModeLogger(
    IOptions<BotAuthenticationOptions> options,
    ILogger<AuthenticationModeLogger> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var value = options.Value;
        if (value.IsLocalMode)
        {
            LogLocalMode(logger);
        }
        else
        {
            LogAuthenticated(logger, value.MicrosoftAppId, value.MicrosoftAppType);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(
        EventId = 10,
        Level = LogLevel.Warning,
        Message = "No MicrosoftAppId is configured: the bot runs in local mode and accepts unauthenticated requests on /api/messages")]
    private static partial void LogLocalMode(ILogger logger);

    [LoggerMessage(
        EventId = 11,
        Level = LogLevel.Information,
        Message = "Bot Framework authentication is on for app {MicrosoftAppId} ({MicrosoftAppType})")]
    private static partial void LogAuthenticated(ILogger logger, string? microsoftAppId, string? microsoftAppType);
}
