namespace Osby.TeamsBot.Benchmarks.Load;

/// <summary>The machine's load average, to tell a quiet run from a noisy one.</summary>
internal static class MachineLoad
{
    /// <summary>Returns the 1-minute load average from <c>/proc/loadavg</c>, or "n/a" where there is none.</summary>
    /// <returns>The load average as text.</returns>
    public static string OneMinuteAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? File.ReadAllText(path).Split(' ')[0] : "n/a";
    }
}
