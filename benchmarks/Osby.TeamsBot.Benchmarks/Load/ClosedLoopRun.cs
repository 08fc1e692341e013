using System.Diagnostics;

namespace Osby.TeamsBot.Benchmarks.Load;

/// <summary>Sends as fast as the bot answers: each of N senders posts its next message when the last one is answered.</summary>
internal static class ClosedLoopRun
{
    /// <summary>Keeps <paramref name="senders"/> messages in flight for <paramref name="duration"/>.</summary>
    /// <param name="recorder">Sends the messages and records the outcomes.</param>
    /// <param name="senders">Concurrent senders.</param>
    /// <param name="duration">How long to start new messages.</param>
    /// <returns>The time from the first send to the last response.</returns>
    public static async Task<TimeSpan> RunAsync(RunRecorder recorder, int senders, TimeSpan duration)
    {
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
        return Stopwatch.GetElapsedTime(start);
    }
}
