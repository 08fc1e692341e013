using Osby.Policy.Routing;

namespace Osby.TeamsBot.Answers;

/// <summary>Where a message belongs, from the router.</summary>
/// <param name="Summary">One Swedish sentence, e.g. "Skicka det till bygglov@osby.se (Bygglov)."</param>
/// <param name="Decision">The router's decision with reasons, obligations and alternatives.</param>
internal sealed record RoutingAnswer(string Summary, RoutingDecision Decision) : Answer;
