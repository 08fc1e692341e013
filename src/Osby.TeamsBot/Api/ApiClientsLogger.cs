namespace Osby.TeamsBot.Api;

/// <summary>Logs at start-up which systems may call the item API, or that none may.</summary>
/// <remarks>No clients is a valid setting (the API is then closed), but rarely the intended one, so it is a warning.</remarks>
internal sealed partial class ApiClientsLogger(ApiKeys keys, ILogger<ApiClientsLogger> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (keys.Systems.Count == 0)
        {
            LogNoClients(logger);
        }
        else
        {
            LogClients(logger, keys.Systems.Count, string.Join(", ", keys.Systems));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(
        EventId = 60,
        Level = LogLevel.Warning,
        Message = "No API clients are configured under Osby:Api:Clients: the item API (/api/items) answers 401 to every request")]
    private static partial void LogNoClients(ILogger logger);

    [LoggerMessage(
        EventId = 61,
        Level = LogLevel.Information,
        Message = "The item API accepts {Count} calling systems: {Systems}")]
    private static partial void LogClients(ILogger logger, int count, string systems);
}
