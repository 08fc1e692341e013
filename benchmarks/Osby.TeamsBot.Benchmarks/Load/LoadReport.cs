using System.Globalization;
using System.Text;

namespace Osby.TeamsBot.Benchmarks.Load;

/// <summary>Writes the load test's results as Markdown tables.</summary>
internal static class LoadReport
{
    private const double Mebibyte = 1024 * 1024;

    /// <summary>Formats the results; the first scenario is the baseline for the throughput ratio.</summary>
    /// <param name="options">The settings of the run.</param>
    /// <param name="results">The scenarios' results, baseline first.</param>
    /// <param name="memory">Each bot's memory after the run.</param>
    /// <returns>The Markdown.</returns>
    public static string Format(LoadOptions options, IReadOnlyList<ScenarioResult> results, IReadOnlyList<BotMemory> memory)
    {
        var text = new StringBuilder();
        var baseline = results[0].MaxThroughput.MessagesPerSecond;

        Line(text, $"### Open loop: {options.Rate} messages/s for {options.Duration.TotalSeconds:F0} s ({options.Rounds} interleaved rounds)");
        Line(text);
        Line(text, $"| Scenario | Sent | Achieved msg/s | p50 ms | p99 ms | Max ms | Errors | Replies | p99 < {LoadTargets.MaxP99.TotalMilliseconds:F0} ms |");
        Line(text, "|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var result in results)
        {
            var run = result.OpenLoop;
            Line(
                text,
                $"| {result.Scenario.Name} | {run.Sent} | {run.MessagesPerSecond:F1} | {Ms(run.P50)} | {Ms(run.P99)} | {Ms(run.Max)} | " +
                $"{run.Errors} | {run.Replies} | {Verdict(run.Errors == 0 && run.P99 < LoadTargets.MaxP99)} |");
        }

        Line(text);
        Line(text, $"### Max throughput: {options.Senders} concurrent senders for {options.ThroughputDuration.TotalSeconds:F0} s ({options.Rounds} interleaved rounds)");
        Line(text);
        Line(text, $"| Scenario | Sent | msg/s | Ratio to echo | p50 ms | p99 ms | Errors | Replies | Ratio ≥ {LoadTargets.MinThroughputRatio:F2} |");
        Line(text, "|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var result in results)
        {
            var run = result.MaxThroughput;
            var ratio = run.MessagesPerSecond / baseline;
            Line(
                text,
                $"| {result.Scenario.Name} | {run.Sent} | {run.MessagesPerSecond:F0} | {ratio:F2} | {Ms(run.P50)} | {Ms(run.P99)} | " +
                $"{run.Errors} | {run.Replies} | {Verdict(run.Errors == 0 && ratio >= LoadTargets.MinThroughputRatio)} |");
        }

        Line(text);
        Line(text, "### Bot processes after the run");
        Line(text);
        Line(text, $"| Bot | Working set at start MB | Working set after MB | Peak working set MB | After < {LoadTargets.MaxWorkingSet / Mebibyte:F0} MB |");
        Line(text, "|---|---:|---:|---:|---|");
        foreach (var bot in memory)
        {
            Line(
                text,
                $"| {bot.Name} | {bot.StartWorkingSet / Mebibyte:F0} | {bot.WorkingSet / Mebibyte:F0} | {bot.PeakWorkingSet / Mebibyte:F0} | {Verdict(bot.WorkingSet < LoadTargets.MaxWorkingSet)} |");
        }

        var errors = results
            .SelectMany(result => ErrorLines(result.Scenario.Name, "open loop", result.OpenLoop)
                .Concat(ErrorLines(result.Scenario.Name, "max throughput", result.MaxThroughput)))
            .ToList();
        if (errors.Count > 0)
        {
            Line(text);
            Line(text, "### Errors");
            Line(text);
            errors.ForEach(error => Line(text, error));
        }

        return text.ToString();
    }

    private static IEnumerable<string> ErrorLines(string scenario, string run, RunResult result) =>
        result.ErrorsByReason.Select(error => $"- {scenario}, {run}: {error.Value} × {error.Key}");

    private static string Ms(TimeSpan latency) => latency.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);

    private static string Verdict(bool met) => met ? "yes" : "**no**";

    private static void Line(StringBuilder text, string line = "") =>
        text.Append(CultureInfo.InvariantCulture, $"{line}\n");
}
