using System.Diagnostics;
using Osby.TeamsBot.Benchmarks.Hosting;

namespace Osby.TeamsBot.Benchmarks.Load;

/// <summary>Sends as fast as the bot answers: each of N senders posts its next message when the last one is answered.</summary>
internal static class ClosedLoopRun
{
    /// <summary>Keeps <paramref name="senders"/> messages in flight for <paramref name="duration"/>.</summary>
    /// <param name="client">The bot's client.</param>
    /// <param name="activity">The activity to send.</param>
    /// <param name="senders">Concurrent senders.</param>
    /// <param name="duration">How long to start new messages.</param>
    /// <returns>What was measured.</returns>
    public static async Task<RunResult> RunAsync(MessageClient client, byte[] activity, int senders, TimeSpan duration)
    {
        var recorder = new RunRecorder(client, activity);
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, senders)
            .Select(_ => Task.Run(async () =>
            {
                while (Stopwatch.GetTimestamp() < end)
                {
                    await recorder.SendAsync(Stopwatch.GetTimestamp());
                }
            }))
            .ToArray();
        await Task.WhenAll(workers);
        return recorder.ToResult(Stopwatch.GetElapsedTime(start));
    }
}
