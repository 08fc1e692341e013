using NodaTime;
using Osby.Policy;
using Osby.Policy.Rules;

namespace Osby.TeamsBot.Answers;

/// <summary>When an item must be answered (or called back, registered, moved), and why.</summary>
/// <param name="Summary">One Swedish sentence, e.g. "Svara senast måndag 1 december kl. 15.40."</param>
/// <param name="Channel">How the item arrived.</param>
/// <param name="ChannelName">The channel in Swedish, e.g. "funktionsbrevlåda".</param>
/// <param name="Arrived">When it first arrived, Stockholm local time.</param>
/// <param name="Deadlines">The deadlines that follow, the most important first.</param>
/// <param name="Why">Why the due time falls where it does: weekend, holiday, office hours.</param>
/// <param name="Tip">A practical tip, e.g. send an acknowledgement now (DL-3).</param>
internal sealed record DeadlineAnswer(
    string Summary,
    Channel Channel,
    string ChannelName,
    LocalDateTime Arrived,
    IReadOnlyList<DeadlineLine> Deadlines,
    IReadOnlyList<string> Why,
    string Tip) : Answer;

/// <summary>One deadline in a <see cref="DeadlineAnswer"/>.</summary>
/// <param name="Label">What must happen, in Swedish, e.g. "Första svar".</param>
/// <param name="Due">The due time, Stockholm local time.</param>
/// <param name="DueText">The due time in Swedish, e.g. "senast måndag 1 december kl. 15.40".</param>
/// <param name="Rule">The rule that sets it.</param>
internal sealed record DeadlineLine(string Label, LocalDateTime Due, string DueText, RuleCitation Rule);
