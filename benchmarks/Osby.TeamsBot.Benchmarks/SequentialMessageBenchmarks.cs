using System.Net;
using BenchmarkDotNet.Attributes;

namespace Osby.TeamsBot.Benchmarks;

/// <summary>
/// One message at a time to <c>/api/messages</c>, awaiting the 200 (which the bot sends after its reply reached the
/// connector): the mean is the latency of a turn, and Op/s the closed-loop throughput of a single sender.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[OperationsPerSecond]
[MedianColumn]
public class SequentialMessageBenchmarks : MessageBenchmarks
{
    /// <summary>The echo bot, sharing connector clients as Osby.TeamsBot does, echoes the deadline question (the baseline).</summary>
    /// <returns>The response status.</returns>
    [Benchmark(Baseline = true)]
    public Task<HttpStatusCode> Echo() => Client.SendExpectingOkAsync(DeadlineActivity);

    /// <summary>The echo bot on the SDK as shipped (two new service clients every turn).</summary>
    /// <returns>The response status.</returns>
    [Benchmark]
    public Task<HttpStatusCode> EchoSdkDefaults() => Client.SendExpectingOkAsync(DeadlineActivity);

    /// <summary>Osby.TeamsBot answers the deadline question.</summary>
    /// <returns>The response status.</returns>
    [Benchmark]
    public Task<HttpStatusCode> DeadlineQuestion() => Client.SendExpectingOkAsync(DeadlineActivity);

    /// <summary>Osby.TeamsBot answers the knowledge-base question.</summary>
    /// <returns>The response status.</returns>
    [Benchmark]
    public Task<HttpStatusCode> GuidanceQuestion() => Client.SendExpectingOkAsync(GuidanceActivity);
}
