using BenchmarkDotNet.Attributes;

namespace Osby.TeamsBot.Benchmarks;

/// <summary>
/// <see cref="Concurrency"/> messages in flight at once to <c>/api/messages</c>: the time shown is per message
/// (<c>OperationsPerInvoke</c>), so Op/s is the closed-loop throughput with that many concurrent senders.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[OperationsPerSecond]
[MedianColumn]
public class ConcurrentMessageBenchmarks : MessageBenchmarks
{
    /// <summary>The number of messages posted together.</summary>
    public const int Concurrency = 16;

    /// <summary>The echo bot, sharing connector clients as Osby.TeamsBot does, echoes the deadline question (the baseline).</summary>
    /// <returns>A task that completes when all responses are in.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Concurrency)]
    public Task Echo() => SendAllAsync(DeadlineActivity);

    /// <summary>The echo bot on the SDK as shipped (two new service clients every turn).</summary>
    /// <returns>A task that completes when all responses are in.</returns>
    [Benchmark(OperationsPerInvoke = Concurrency)]
    public Task EchoSdkDefaults() => SendAllAsync(DeadlineActivity);

    /// <summary>Osby.TeamsBot answers the deadline question.</summary>
    /// <returns>A task that completes when all responses are in.</returns>
    [Benchmark(OperationsPerInvoke = Concurrency)]
    public Task DeadlineQuestion() => SendAllAsync(DeadlineActivity);

    /// <summary>Osby.TeamsBot answers the knowledge-base question.</summary>
    /// <returns>A task that completes when all responses are in.</returns>
    [Benchmark(OperationsPerInvoke = Concurrency)]
    public Task GuidanceQuestion() => SendAllAsync(GuidanceActivity);

    private Task SendAllAsync(byte[] activity)
    {
        var sends = new Task[Concurrency];
        for (var i = 0; i < sends.Length; i++)
        {
            sends[i] = Client.SendExpectingOkAsync(activity);
        }

        return Task.WhenAll(sends);
    }
}
