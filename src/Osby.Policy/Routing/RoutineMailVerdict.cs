namespace Osby.Policy.Routing;

/// <summary>What <see cref="RoutineMailDetector"/> makes of a message: a real matter, advertising or routine mail, or too close to call.</summary>
/// <remarks>
/// The default value, <see cref="Matter"/>, is also the safe one: a real matter wrongly called advertising goes unanswered, so
/// anything not clearly routine is treated as a matter or shown to a person (rules RT-6, RC-1, RT-7).
/// </remarks>
public enum RoutineMailVerdict
{
    /// <summary>A real matter, or no strong sign of advertising: handle, register and distribute it as usual (RC-1).</summary>
    Matter = 0,

    /// <summary>Signs point both ways, or not strongly enough: a person decides, and the router offers both alternatives (RT-7).</summary>
    Uncertain = 1,

    /// <summary>Advertising or routine mail (offers of courses, purchases, newsletters): no duty to forward; may be marked read or
    /// deleted under the gallringsplan, without registration or confirmation (RT-6, RC-2).</summary>
    Routine = 2,
}
