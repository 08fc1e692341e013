using Osby.TeamsBot.Benchmarks.Hosting;

namespace Osby.TeamsBot.Benchmarks.Load;

/// <summary>One bot answering one message.</summary>
/// <param name="Name">The scenario's name in the report.</param>
/// <param name="Bot">The bot under load.</param>
/// <param name="Client">Posts to the bot.</param>
/// <param name="Activity">The activity sent, again and again.</param>
internal sealed record Scenario(string Name, BotProcess Bot, MessageClient Client, byte[] Activity);

/// <summary>A scenario's measurements.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="OpenLoop">The fixed-rate run.</param>
/// <param name="MaxThroughput">The closed-loop run with concurrent senders.</param>
internal sealed record ScenarioResult(Scenario Scenario, RunResult OpenLoop, RunResult MaxThroughput);

/// <summary>A bot's memory after the whole run.</summary>
/// <param name="Name">The bot.</param>
/// <param name="StartWorkingSet">Working set in bytes once started, before any message.</param>
/// <param name="WorkingSet">Working set in bytes after the run.</param>
/// <param name="PeakWorkingSet">Peak working set in bytes.</param>
internal sealed record BotMemory(string Name, long StartWorkingSet, long WorkingSet, long PeakWorkingSet);
