using NodaTime;

namespace Osby.TeamsBot.Items;

/// <summary>What a digest needs of an item to count it in the share answered in time: which it is, when it first arrived
/// (DL-9) and how its first response turned out.</summary>
/// <param name="Id">The item's number.</param>
/// <param name="FirstArrival">When it first arrived.</param>
/// <param name="FirstResponse">How its first response turned out.</param>
internal sealed record ItemOutcome(long Id, Instant FirstArrival, FirstResponseOutcome FirstResponse);
