namespace Osby.TeamsBot.Answers;

/// <summary>What the bot has to say in reply to one question or card action.</summary>
/// <remarks>
/// Answers are plain view-models: they hold the library's results and the Swedish sentences the
/// answering code wrote, and know nothing of Teams or Adaptive Cards. <c>Cards/</c> renders each
/// kind; <c>Bots/</c> sends the result.
/// </remarks>
internal abstract record Answer;
