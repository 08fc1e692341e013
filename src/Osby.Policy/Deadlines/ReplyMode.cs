namespace Osby.Policy.Deadlines;

/// <summary>How "a response within one working day" is read (rule DL-1).</summary>
public enum ReplyMode
{
    /// <summary>One working day of office time: the clock runs only during office hours (the default).
    /// Received Monday 14:00 → due Tuesday 14:00; Friday 15:00 → Monday 15:00; Saturday → Monday at closing.</summary>
    WorkingTime = 1,

    /// <summary>By closing time of the next working day after the day the item arrived.</summary>
    EndOfNextWorkingDay = 2,
}
