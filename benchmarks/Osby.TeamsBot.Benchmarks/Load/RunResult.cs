using System.Diagnostics;

namespace Osby.TeamsBot.Benchmarks.Load;

/// <summary>What one run measured.</summary>
/// <param name="Sent">Messages sent.</param>
/// <param name="ErrorsByReason">Messages not answered 200 (other status, connection error or 30 s timeout), by reason.</param>
/// <param name="Elapsed">From the first send to the last response.</param>
/// <param name="P50">Median latency of the messages answered 200.</param>
/// <param name="P99">99th-percentile latency of the messages answered 200.</param>
/// <param name="Max">Highest latency of the messages answered 200.</param>
/// <param name="Replies">Replies the connector received during the run.</param>
internal sealed record RunResult(
    int Sent, IReadOnlyDictionary<string, int> ErrorsByReason, TimeSpan Elapsed, TimeSpan P50, TimeSpan P99, TimeSpan Max, long Replies)
{
    /// <summary>Gets the number of messages not answered 200.</summary>
    public int Errors => ErrorsByReason.Values.Sum();

    /// <summary>Gets the messages answered 200 per second.</summary>
    public double MessagesPerSecond => (Sent - Errors) / Elapsed.TotalSeconds;

    /// <summary>Summarises latencies in <see cref="Stopwatch"/> ticks.</summary>
    /// <param name="latencies">The latencies of the messages answered 200.</param>
    /// <param name="errorsByReason">The messages not answered 200, by reason.</param>
    /// <param name="elapsed">From the first send to the last response (summed over rounds).</param>
    /// <param name="replies">Replies the connector received during the run.</param>
    /// <returns>The result.</returns>
    public static RunResult From(
        IReadOnlyCollection<long> latencies, IReadOnlyDictionary<string, int> errorsByReason, TimeSpan elapsed, long replies)
    {
        var sorted = latencies.Order().ToArray();
        return new RunResult(
            sorted.Length + errorsByReason.Values.Sum(),
            errorsByReason,
            elapsed,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.99),
            Percentile(sorted, 1.00),
            replies);
    }

    /// <summary>The nearest-rank percentile.</summary>
    private static TimeSpan Percentile(long[] sorted, double fraction) =>
        sorted.Length == 0
            ? TimeSpan.Zero
            : Stopwatch.GetElapsedTime(0, sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Length) - 1)]);
}
