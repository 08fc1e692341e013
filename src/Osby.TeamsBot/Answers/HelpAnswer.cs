namespace Osby.TeamsBot.Answers;

/// <summary>The welcome and help answer: what the bot does and example questions to click.</summary>
/// <param name="ExampleQuestions">Questions shown as buttons; clicking one asks it.</param>
internal sealed record HelpAnswer(IReadOnlyList<string> ExampleQuestions) : Answer;
