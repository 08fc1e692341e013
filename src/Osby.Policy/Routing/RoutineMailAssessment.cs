using System.Collections.Immutable;
using Osby.Policy.Rules;

namespace Osby.Policy.Routing;

/// <summary>Whether a message is advertising or routine mail (rule RT-6), with the reasons in Swedish and the rules they rest on.</summary>
/// <remarks>
/// Get one with <see cref="RoutineMailDetector.Assess"/>; the decision rule is documented there. <see cref="IsRoutine"/> is true
/// only for <see cref="RoutineMailVerdict.Routine"/>: an <see cref="RoutineMailVerdict.Uncertain"/> message is shown to a person,
/// never deleted on the detector's word. Instances are immutable and thread-safe.
/// </remarks>
public sealed class RoutineMailAssessment
{
    internal RoutineMailAssessment(RoutineMailVerdict verdict, double confidence, IEnumerable<RoutineMailSignal> signals, IEnumerable<RuleCitation> citations, string summary)
    {
        Verdict = verdict;
        Confidence = confidence;
        Signals = signals.ToImmutableArray();
        Citations = citations.ToImmutableArray();
        Summary = summary;
    }

    /// <summary>Gets the verdict: a real matter, uncertain, or advertising or routine mail.</summary>
    public RoutineMailVerdict Verdict { get; }

    /// <summary>Gets a value indicating whether the message is advertising or routine mail: no duty to forward, no registration,
    /// may be marked read or deleted under the gallringsplan (rules RT-6, RC-2). Same as <see cref="Verdict"/> being
    /// <see cref="RoutineMailVerdict.Routine"/>.</summary>
    public bool IsRoutine => Verdict == RoutineMailVerdict.Routine;

    /// <summary>Gets how strongly the evidence says advertising or routine mail, from 0 to 1.</summary>
    /// <remarks>
    /// The combined strength of the routine signals, r, times one minus that of the matter signals, m: 0 when nothing points to
    /// routine mail, and low whenever a matter signal is strong. It is a strength of evidence, not a calibrated probability; a
    /// <see cref="RoutineMailVerdict.Routine"/> verdict (which has no matter signal) always has at least 0.8.
    /// </remarks>
    public double Confidence { get; }

    /// <summary>Gets the reasons, the ones that decided the verdict first: routine signals first for a routine or uncertain
    /// verdict, matter signals first for a matter. Empty when the message shows no sign either way.</summary>
    public IReadOnlyList<RoutineMailSignal> Signals { get; }

    /// <summary>Gets the rules the verdict rests on, each once: RT-6 and RC-2 for routine mail; RT-7, RT-6 and RC-1 when
    /// uncertain; RC-1 for a matter; followed by those of the signals (RT-15, RT-14).</summary>
    public IReadOnlyList<RuleCitation> Citations { get; }

    /// <summary>Gets what to do and why, in plain Swedish for the registrator, e.g. "Reklam eller rutinutskick: …".</summary>
    public string Summary { get; }

    /// <summary>Returns <see cref="Summary"/>.</summary>
    /// <returns>The summary in Swedish.</returns>
    public override string ToString() => Summary;
}
