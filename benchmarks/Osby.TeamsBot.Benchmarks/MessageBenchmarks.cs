using BenchmarkDotNet.Attributes;
using Osby.TeamsBot.Benchmarks.Hosting;

namespace Osby.TeamsBot.Benchmarks;

/// <summary>
/// Starts the bot a benchmark needs as its own process, with a loopback connector in this process, and holds the
/// request bodies: the echo bot for <c>Echo</c>, Osby.TeamsBot for <c>DeadlineQuestion</c> and <c>GuidanceQuestion</c>.
/// </summary>
/// <remarks>
/// BenchmarkDotNet runs each benchmark in a process of its own, so each starts one bot. The echo bot gets the
/// deadline question's text, so both bots parse the same request.
/// </remarks>
public abstract class MessageBenchmarks
{
    private LoopbackConnector? connector;
    private BotProcess? bot;
    private MessageClient? client;

    /// <summary>Gets the client posting to the running bot.</summary>
    private protected MessageClient Client => client ?? throw new InvalidOperationException("No bot is running.");

    /// <summary>Gets the deadline question's activity.</summary>
    private protected byte[] DeadlineActivity { get; private set; } = [];

    /// <summary>Gets the knowledge-base question's activity.</summary>
    private protected byte[] GuidanceActivity { get; private set; } = [];

    /// <summary>Starts the echo bot.</summary>
    /// <returns>A task that completes when the bot listens.</returns>
    [GlobalSetup(Target = "Echo")]
    public Task StartEchoBotAsync() => StartAsync("EchoBot", BotAssemblies.Echo);

    /// <summary>Starts Osby.TeamsBot.</summary>
    /// <returns>A task that completes when the bot listens.</returns>
    [GlobalSetup(Targets = ["DeadlineQuestion", "GuidanceQuestion"])]
    public Task StartOsbyBotAsync() => StartAsync("Osby.TeamsBot", BotAssemblies.Osby);

    /// <summary>Reports the bot's working set and replies, then stops the bot and the connector.</summary>
    /// <returns>A task that completes when both are stopped.</returns>
    [GlobalCleanup]
    public async Task StopAsync()
    {
        client?.Dispose();
        if (bot is not null)
        {
            Console.WriteLine(
                $"// {bot.Name}: working set {bot.WorkingSet / 1_048_576.0:F0} MB (peak {bot.PeakWorkingSet / 1_048_576.0:F0} MB), " +
                $"{connector?.Replies} replies, {connector?.UnexpectedRequests} unexpected connector requests");
            await bot.DisposeAsync();
        }

        if (connector is not null)
        {
            await connector.DisposeAsync();
        }
    }

    private async Task StartAsync(string name, string assemblyPath)
    {
        connector = await LoopbackConnector.StartAsync();
        DeadlineActivity = TeamsMessage.Create(Questions.Deadline, connector.ServiceUrl);
        GuidanceActivity = TeamsMessage.Create(Questions.Guidance, connector.ServiceUrl);
        bot = await BotProcess.StartAsync(name, assemblyPath);
        client = new MessageClient(bot.MessagesUrl);
    }
}
