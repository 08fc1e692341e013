using Osby.Policy;

namespace Osby.TeamsBot.Answers;

/// <summary>
/// The deadline calculator: asks for the arrival date, time and channel, prefilled with what was
/// understood, with a Swedish message for each field that is missing, ambiguous or wrong.
/// </summary>
/// <param name="Prompt">What the bot needs, in Swedish, e.g. "Vilken dag kom mejlet in?"</param>
/// <param name="Date">The arrival date to prefill, ISO <c>yyyy-MM-dd</c>, or null.</param>
/// <param name="Time">The arrival time to prefill, <c>HH:mm</c>, or null.</param>
/// <param name="Channel">The channel to preselect, or null.</param>
/// <param name="Problems">Per-field problems; empty when the form is shown fresh.</param>
internal sealed record DeadlineFormAnswer(
    string Prompt,
    string? Date,
    string? Time,
    Channel? Channel,
    IReadOnlyList<InputProblem> Problems) : Answer;

/// <summary>A problem with one input of a card.</summary>
/// <param name="InputId">The input's id, one of <c>Cards.CardInputs</c>.</param>
/// <param name="Message">What is wrong and how to fix it, in Swedish.</param>
internal sealed record InputProblem(string InputId, string Message);
