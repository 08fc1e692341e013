namespace Osby.TeamsBot.Benchmarks.Load;

/// <summary>A scenario's measurements.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="OpenLoop">The fixed-rate run.</param>
/// <param name="MaxThroughput">The closed-loop run with concurrent senders.</param>
internal sealed record ScenarioResult(Scenario Scenario, RunResult OpenLoop, RunResult MaxThroughput);
