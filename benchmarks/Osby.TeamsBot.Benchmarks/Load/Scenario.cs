using Osby.TeamsBot.Benchmarks.Hosting;

namespace Osby.TeamsBot.Benchmarks.Load;

/// <summary>One bot answering one message.</summary>
/// <param name="Name">The scenario's name in the report.</param>
/// <param name="Bot">The bot under load.</param>
/// <param name="Client">Posts to the bot.</param>
/// <param name="Activity">The activity sent, again and again.</param>
internal sealed record Scenario(string Name, BotProcess Bot, MessageClient Client, byte[] Activity);
