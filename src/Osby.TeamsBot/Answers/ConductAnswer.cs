using Osby.Policy.Conduct;
using Osby.Policy.Rules;

namespace Osby.TeamsBot.Answers;

/// <summary>How to write or say something: a review of a draft, the signature or the phone greeting.</summary>
/// <param name="Summary">One Swedish sentence, e.g. "Ditt svar saknar två saker."</param>
/// <param name="Findings">Findings on a reviewed draft; empty for guidance or a good draft.</param>
/// <param name="Example">An example to copy (a signature, a greeting), or null.</param>
/// <param name="Citations">The rules the answer rests on.</param>
internal sealed record ConductAnswer(
    string Summary,
    IReadOnlyList<ConductFinding> Findings,
    string? Example,
    IReadOnlyList<RuleCitation> Citations) : Answer;
