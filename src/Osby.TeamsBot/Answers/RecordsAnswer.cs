using Osby.Policy.Records;

namespace Osby.TeamsBot.Answers;

/// <summary>Whether and how something must be registered (diarieföras).</summary>
/// <param name="Summary">One Swedish sentence, e.g. "Ja, diarieför synpunkten utan dröjsmål."</param>
/// <param name="Advice">The library's advice with reason, citations and dates.</param>
internal sealed record RecordsAnswer(string Summary, RecordsAdvice Advice) : Answer;
