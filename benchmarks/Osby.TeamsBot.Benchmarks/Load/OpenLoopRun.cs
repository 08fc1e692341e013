using System.Diagnostics;

namespace Osby.TeamsBot.Benchmarks.Load;

/// <summary>Sends messages on a fixed schedule, whether or not earlier ones have been answered.</summary>
/// <remarks>
/// Message <c>i</c> is due at <c>start + i / rate</c>; its latency runs from when it was due, not from when it
/// left, so a stall in the bot (or in this sender) shows in the percentiles instead of slowing the schedule down.
/// </remarks>
internal static class OpenLoopRun
{
    /// <summary>Sends <paramref name="rate"/> messages a second for <paramref name="duration"/>.</summary>
    /// <param name="recorder">Sends the messages and records the outcomes.</param>
    /// <param name="rate">Messages per second.</param>
    /// <param name="duration">How long to send.</param>
    /// <returns>The time from the first send to the last response.</returns>
    public static async Task<TimeSpan> RunAsync(RunRecorder recorder, int rate, TimeSpan duration)
    {
        var count = (int)(rate * duration.TotalSeconds);
        var sends = new Task[count];
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)((double)i * Stopwatch.Frequency / rate);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            sends[i] = Task.Run(() => recorder.SendAsync(due));
        }

        await Task.WhenAll(sends);
        return Stopwatch.GetElapsedTime(start);
    }
}
