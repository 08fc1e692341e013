using Osby.TeamsBot.Benchmarks.Hosting;

namespace Osby.TeamsBot.Benchmarks.Load;

/// <summary>
/// The <c>load</c> command: starts a loopback connector and both bots (as processes), then for each scenario in turn
/// (echo, deadline question, knowledge-base question) warms up, sends at a fixed rate, and sends flat out with
/// concurrent senders; prints Markdown tables with the bots' working sets at the end.
/// </summary>
internal static class LoadCommand
{
    /// <summary>The command's name, the first argument.</summary>
    public const string Name = "load";

    /// <summary>Runs the load test.</summary>
    /// <param name="args">The arguments after <c>load</c>.</param>
    /// <returns>The exit code: 0 when it ran (whether or not the targets were met), 2 on bad arguments.</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        if (!LoadOptions.TryParse(args, out var options))
        {
            await Console.Error.WriteLineAsync($"Usage: {LoadOptions.Usage}");
            return 2;
        }

#if DEBUG
        await Console.Error.WriteLineAsync("Warning: this is a Debug build; run with -c Release for figures worth keeping.");
#endif

        var loadBefore = MachineLoad.OneMinuteAverage();
        await using var connector = await LoopbackConnector.StartAsync();
        await using var echo = await BotProcess.StartAsync("EchoBot", BotAssemblies.Echo);
        await using var osby = await BotProcess.StartAsync("Osby.TeamsBot", BotAssemblies.Osby);
        using var echoClient = new MessageClient(echo.MessagesUrl);
        using var osbyClient = new MessageClient(osby.MessagesUrl);

        var deadline = TeamsMessage.Create(Questions.Deadline, connector.ServiceUrl);
        var guidance = TeamsMessage.Create(Questions.Guidance, connector.ServiceUrl);
        var scenarios = new (Scenario Scenario, MessageClient Client)[]
        {
            (new Scenario("Echo (baseline)", echo, deadline), echoClient),
            (new Scenario("Osby: deadline question", osby, deadline), osbyClient),
            (new Scenario("Osby: knowledge-base question", osby, guidance), osbyClient),
        };

        var results = new List<ScenarioResult>();
        foreach (var (scenario, client) in scenarios)
        {
            results.Add(await RunScenarioAsync(scenario, client, connector, options!));
        }

        var memory = new[] { Measure(echo), Measure(osby) };
        if (connector.UnexpectedRequests > 0)
        {
            await Console.Error.WriteLineAsync($"The connector got {connector.UnexpectedRequests} requests that were not replies.");
        }

        Console.WriteLine();
        Console.WriteLine(
            $"{Environment.ProcessorCount} cores; 1-minute load average {loadBefore} before the run, " +
            $"{MachineLoad.OneMinuteAverage()} after.");
        Console.WriteLine();
        Console.WriteLine(LoadReport.Format(options!, results, memory));
        return 0;
    }

    private static async Task<ScenarioResult> RunScenarioAsync(
        Scenario scenario, MessageClient client, LoopbackConnector connector, LoadOptions options)
    {
        Console.WriteLine($"{scenario.Name}: warm-up {options.Warmup.TotalSeconds:F0} s");
        await ClosedLoopRun.RunAsync(client, scenario.Activity, options.Senders, options.Warmup);

        Console.WriteLine($"{scenario.Name}: {options.Rate} messages/s for {options.Duration.TotalSeconds:F0} s");
        var replies = connector.Replies;
        var openLoop = await OpenLoopRun.RunAsync(client, scenario.Activity, options.Rate, options.Duration);
        var openLoopReplies = connector.Replies - replies;

        Console.WriteLine($"{scenario.Name}: {options.Senders} senders for {options.ThroughputDuration.TotalSeconds:F0} s");
        replies = connector.Replies;
        var maxThroughput = await ClosedLoopRun.RunAsync(client, scenario.Activity, options.Senders, options.ThroughputDuration);
        var maxThroughputReplies = connector.Replies - replies;

        return new ScenarioResult(scenario, openLoop, openLoopReplies, maxThroughput, maxThroughputReplies);
    }

    private static BotMemory Measure(BotProcess bot) => new(bot.Name, bot.WorkingSet, bot.PeakWorkingSet);
}
