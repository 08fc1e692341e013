using BenchmarkDotNet.Attributes;
using Osby.TeamsBot.Benchmarks.Hosting;

namespace Osby.TeamsBot.Benchmarks;

/// <summary>
/// Starts the bot a benchmark needs as its own process, with a loopback connector in this process, and holds the
/// request bodies: the echo bot for <c>Echo</c>, Osby.TeamsBot for <c>DeadlineQuestion</c> and <c>GuidanceQuestion</c>.
/// </summary>
/// <remarks>
/// BenchmarkDotNet runs each benchmark in a process of its own, so each starts one bot. The echo bot gets the
/// deadline question's text, so both bots parse the same request. The baseline echo bot shares connector clients
/// across turns as Osby.TeamsBot does (the difference is then the Osby bot's own work); <c>EchoSdkDefaults</c> is
/// the same echo bot on the SDK as shipped, which builds two service clients every turn.
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

    /// <summary>Starts the echo bot with connector clients shared across turns, as Osby.TeamsBot runs.</summary>
    /// <returns>A task that completes when the bot listens.</returns>
    [GlobalSetup(Target = "Echo")]
    public Task StartEchoBotAsync() => StartAsync("EchoBot", BotAssemblies.Echo, BotAssemblies.EchoSharedClients);

    /// <summary>Starts the echo bot on the SDK as shipped (a new connector client every turn).</summary>
    /// <returns>A task that completes when the bot listens.</returns>
    [GlobalSetup(Target = "EchoSdkDefaults")]
    public Task StartEchoBotOnSdkDefaultsAsync() => StartAsync("EchoBot (SDK defaults)", BotAssemblies.Echo);

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

    private async Task StartAsync(string name, string assemblyPath, params string[] settings)
    {
        connector = await LoopbackConnector.StartAsync();
        DeadlineActivity = TeamsMessage.Create(Questions.Deadline, connector.ServiceUrl);
        GuidanceActivity = TeamsMessage.Create(Questions.Guidance, connector.ServiceUrl);
        bot = await BotProcess.StartAsync(name, assemblyPath, settings);
        client = new MessageClient(bot.MessagesUrl);
    }
}
