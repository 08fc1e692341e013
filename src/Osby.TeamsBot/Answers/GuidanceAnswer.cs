using Osby.Policy.Guidance;

namespace Osby.TeamsBot.Answers;

/// <summary>What the guideline says, from the knowledge-base search.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Hits">The best entries, best first; empty when nothing matched.</param>
internal sealed record GuidanceAnswer(string Question, IReadOnlyList<GuidelineHit> Hits) : Answer;
