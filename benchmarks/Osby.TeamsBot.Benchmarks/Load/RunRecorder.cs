using System.Diagnostics;
using System.Net;

namespace Osby.TeamsBot.Benchmarks.Load;

/// <summary>Sends a scenario's messages and records, thread-safely, each one's latency or why it failed.</summary>
/// <remarks>A run may be split into rounds, interleaved with other scenarios' rounds; <see cref="AddRound"/> adds each one's time and replies.</remarks>
/// <param name="scenario">The bot and the message.</param>
internal sealed class RunRecorder(Scenario scenario)
{
    private readonly Lock gate = new();
    private readonly List<long> latencies = [];
    private readonly Dictionary<string, int> errors = [];
    private TimeSpan elapsed;
    private long replies;

    /// <summary>Sends the activity and records the time from <paramref name="start"/> to the 200, or the failure.</summary>
    /// <param name="start">The <see cref="Stopwatch"/> timestamp the latency counts from.</param>
    /// <returns>A task that completes when the response is in.</returns>
    public async Task SendAsync(long start)
    {
        string error;
        try
        {
            var status = await scenario.Client.SendAsync(scenario.Activity);
            if (status == HttpStatusCode.OK)
            {
                var latency = Stopwatch.GetTimestamp() - start;
                lock (gate)
                {
                    latencies.Add(latency);
                }

                return;
            }

            error = $"HTTP {(int)status}";
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            error = exception.InnerException is { } inner
                ? $"{exception.GetType().Name}: {inner.GetType().Name}: {inner.Message}"
                : $"{exception.GetType().Name}: {exception.Message}";
        }

        lock (gate)
        {
            errors[error] = errors.GetValueOrDefault(error) + 1;
        }
    }

    /// <summary>Adds a round's time, from its first send to its last response, and the replies the connector got in it.</summary>
    /// <param name="roundElapsed">The round's time.</param>
    /// <param name="roundReplies">The replies received during the round.</param>
    public void AddRound(TimeSpan roundElapsed, long roundReplies)
    {
        elapsed += roundElapsed;
        replies += roundReplies;
    }

    /// <summary>Summarises what was recorded.</summary>
    /// <returns>The run's result.</returns>
    public RunResult ToResult()
    {
        lock (gate)
        {
            return RunResult.From(latencies, new Dictionary<string, int>(errors), elapsed, replies);
        }
    }
}
