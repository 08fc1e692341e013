namespace Osby.TeamsBot.Benchmarks.Load;

/// <summary>The targets the report checks (issue: p99 under 50 ms at 100 messages/s, ≥ 80 % of echo, under 200 MB).</summary>
internal static class LoadTargets
{
    /// <summary>The highest acceptable p99 latency in the open-loop run.</summary>
    public static readonly TimeSpan MaxP99 = TimeSpan.FromMilliseconds(50);

    /// <summary>The lowest acceptable max throughput as a fraction of the echo bot's.</summary>
    public const double MinThroughputRatio = 0.80;

    /// <summary>The highest acceptable working set after the run, in bytes.</summary>
    public const long MaxWorkingSet = 200L * 1024 * 1024;
}
