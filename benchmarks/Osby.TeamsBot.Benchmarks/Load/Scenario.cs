using Osby.TeamsBot.Benchmarks.Hosting;

namespace Osby.TeamsBot.Benchmarks.Load;

/// <summary>One bot answering one message.</summary>
/// <param name="Name">The scenario's name in the report.</param>
/// <param name="Bot">The bot under load.</param>
/// <param name="Activity">The activity sent, again and again.</param>
internal sealed record Scenario(string Name, BotProcess Bot, byte[] Activity);

/// <summary>A scenario's measurements.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="OpenLoop">The fixed-rate run.</param>
/// <param name="OpenLoopReplies">Replies the connector received during the fixed-rate run.</param>
/// <param name="MaxThroughput">The closed-loop run with concurrent senders.</param>
/// <param name="MaxThroughputReplies">Replies the connector received during the closed-loop run.</param>
internal sealed record ScenarioResult(
    Scenario Scenario, RunResult OpenLoop, long OpenLoopReplies, RunResult MaxThroughput, long MaxThroughputReplies);

/// <summary>A bot's memory after the whole run.</summary>
/// <param name="Name">The bot.</param>
/// <param name="WorkingSet">Working set in bytes after the run.</param>
/// <param name="PeakWorkingSet">Peak working set in bytes.</param>
internal sealed record BotMemory(string Name, long WorkingSet, long PeakWorkingSet);
