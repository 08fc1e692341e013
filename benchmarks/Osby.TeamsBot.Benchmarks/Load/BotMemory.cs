namespace Osby.TeamsBot.Benchmarks.Load;

/// <summary>A bot's memory after the whole run.</summary>
/// <param name="Name">The bot.</param>
/// <param name="StartWorkingSet">Working set in bytes once started, before any message.</param>
/// <param name="WorkingSet">Working set in bytes after the run.</param>
/// <param name="PeakWorkingSet">Peak working set in bytes.</param>
internal sealed record BotMemory(string Name, long StartWorkingSet, long WorkingSet, long PeakWorkingSet);
