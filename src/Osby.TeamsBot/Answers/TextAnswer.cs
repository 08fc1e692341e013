namespace Osby.TeamsBot.Answers;

/// <summary>A short plain Swedish message, for replies that need no card.</summary>
/// <param name="Text">The message; Teams renders it as Markdown.</param>
internal sealed record TextAnswer(string Text) : Answer;
