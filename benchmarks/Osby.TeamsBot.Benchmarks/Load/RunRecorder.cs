using System.Diagnostics;
using System.Net;
using Osby.TeamsBot.Benchmarks.Hosting;

namespace Osby.TeamsBot.Benchmarks.Load;

/// <summary>Sends messages for a run and records, thread-safely, each one's latency or why it failed.</summary>
internal sealed class RunRecorder(MessageClient client, byte[] activity)
{
    private readonly Lock gate = new();
    private readonly List<long> latencies = [];
    private readonly Dictionary<string, int> errors = [];

    /// <summary>Sends the activity and records the time from <paramref name="start"/> to the 200, or the failure.</summary>
    /// <param name="start">The <see cref="Stopwatch"/> timestamp the latency counts from.</param>
    /// <returns>A task that completes when the response is in.</returns>
    public async Task SendAsync(long start)
    {
        string error;
        try
        {
            var status = await client.SendAsync(activity);
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

    /// <summary>Summarises what was recorded.</summary>
    /// <param name="elapsed">From the first send to the last response.</param>
    /// <returns>The run's result.</returns>
    public RunResult ToResult(TimeSpan elapsed)
    {
        lock (gate)
        {
            return RunResult.From(latencies, new Dictionary<string, int>(errors), elapsed);
        }
    }
}
