namespace Osby.TeamsBot.Items;

/// <summary>The outcome of registering or changing an item.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Item">The item as it is now (changed or not); null when not found or invalid before an item existed.</param>
/// <param name="Swedish">A message for staff when not <see cref="ChangeStatus.Applied"/>, in Swedish, with the rule id.</param>
/// <param name="English">The same for API callers, in English.</param>
/// <param name="RuleId">The rule that refused or explains the outcome, e.g. "RT-8".</param>
/// <param name="Problems">Per-field problems when <see cref="ChangeStatus.Invalid"/>.</param>
internal sealed record ItemChangeResult(
    ChangeStatus Status,
    TrackedItem? Item,
    string? Swedish = null,
    string? English = null,
    string? RuleId = null,
    IReadOnlyList<ItemProblem>? Problems = null)
{
    /// <summary>Gets a value indicating whether the item now holds the requested state (applied now or before).</summary>
    public bool Succeeded => Status is ChangeStatus.Applied or ChangeStatus.AlreadyRecorded;
}
