using Osby.TeamsBot.Benchmarks.Hosting;

namespace Osby.TeamsBot.Benchmarks.Load;

/// <summary>
/// The <c>load</c> command: starts a loopback connector and both bots (as processes), warms each scenario up (echo,
/// deadline question, knowledge-base question), then sends at a fixed rate and then flat out with concurrent senders,
/// each in rounds interleaved across the scenarios; prints Markdown tables with the bots' working sets at the end.
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
        if (!LoadOptions.TryParse(args, out var parsed) || parsed is not { } options)
        {
            await Console.Error.WriteLineAsync($"Usage: {LoadOptions.Usage}");
            return 2;
        }

#if DEBUG
        await Console.Error.WriteLineAsync("Warning: this is a Debug build; run with -c Release for figures worth keeping.");
#endif

        var loadBefore = MachineLoad.OneMinuteAverage();
        await using var connector = await LoopbackConnector.StartAsync();
        await using var echo = await BotProcess.StartAsync("EchoBot", BotAssemblies.Echo, BotAssemblies.EchoSharedClients);
        await using var echoSdk = await BotProcess.StartAsync("EchoBot (SDK defaults)", BotAssemblies.Echo);
        await using var osby = await BotProcess.StartAsync("Osby.TeamsBot", BotAssemblies.Osby);
        using var echoClient = new MessageClient(echo.MessagesUrl);
        using var echoSdkClient = new MessageClient(echoSdk.MessagesUrl);
        using var osbyClient = new MessageClient(osby.MessagesUrl);

        var deadline = TeamsMessage.Create(Questions.Deadline, connector.ServiceUrl);
        var guidance = TeamsMessage.Create(Questions.Guidance, connector.ServiceUrl);
        Scenario[] scenarios =
        [
            new("Echo, shared clients (baseline)", echo, echoClient, deadline),
            new("Echo, SDK defaults", echoSdk, echoSdkClient, deadline),
            new("Osby: deadline question", osby, osbyClient, deadline),
            new("Osby: knowledge-base question", osby, osbyClient, guidance),
        ];

        foreach (var scenario in scenarios)
        {
            Console.WriteLine($"{scenario.Name}: warm-up {options.Warmup.TotalSeconds:F0} s");
            await ClosedLoopRun.RunAsync(new RunRecorder(scenario), options.Senders, options.Warmup);
        }

        var openLoop = await RunInRoundsAsync(
            scenarios,
            connector,
            options.Rounds,
            $"{options.Rate} messages/s",
            recorder => OpenLoopRun.RunAsync(recorder, options.Rate, options.Duration / options.Rounds));
        var maxThroughput = await RunInRoundsAsync(
            scenarios,
            connector,
            options.Rounds,
            $"{options.Senders} senders",
            recorder => ClosedLoopRun.RunAsync(recorder, options.Senders, options.ThroughputDuration / options.Rounds));

        var results = scenarios.Select((scenario, i) => new ScenarioResult(scenario, openLoop[i], maxThroughput[i])).ToList();
        BotMemory[] memory = [Measure(echo), Measure(echoSdk), Measure(osby)];
        if (connector.UnexpectedRequests > 0)
        {
            await Console.Error.WriteLineAsync($"The connector got {connector.UnexpectedRequests} requests that were not replies.");
        }

        Console.WriteLine();
        Console.WriteLine(
            $"{Environment.ProcessorCount} cores; 1-minute load average {loadBefore} before the run, " +
            $"{MachineLoad.OneMinuteAverage()} after.");
        Console.WriteLine();
        Console.WriteLine(LoadReport.Format(options, results, memory));
        return 0;
    }

    /// <summary>Runs <paramref name="round"/> for each scenario in turn, <paramref name="rounds"/> times over.</summary>
    private static async Task<RunResult[]> RunInRoundsAsync(
        IReadOnlyList<Scenario> scenarios,
        LoopbackConnector connector,
        int rounds,
        string description,
        Func<RunRecorder, Task<TimeSpan>> round)
    {
        var recorders = scenarios.Select(scenario => new RunRecorder(scenario)).ToArray();
        for (var r = 1; r <= rounds; r++)
        {
            for (var i = 0; i < scenarios.Count; i++)
            {
                Console.WriteLine($"{scenarios[i].Name}: {description}, round {r}/{rounds}");
                var replies = connector.Replies;
                var elapsed = await round(recorders[i]);
                recorders[i].AddRound(elapsed, connector.Replies - replies);
            }
        }

        return [.. recorders.Select(recorder => recorder.ToResult())];
    }

    private static BotMemory Measure(BotProcess bot) => new(bot.Name, bot.StartWorkingSet, bot.WorkingSet, bot.PeakWorkingSet);
}
