using Osby.Policy.Rules;

namespace Osby.Policy.Routing;

/// <summary>One reason, in Swedish, why a message looks like advertising or routine mail, or like a real matter.</summary>
/// <remarks>
/// Signals come from <see cref="RoutineMailDetector.Assess"/>. A routine signal cites RT-6 (riktlinjen 2.1.3). A matter signal
/// cites RC-1 (what arrives is usually an allmän handling to register and distribute) or RT-15 (förvaltningslagen 6 §: the
/// authority helps the person who asks), and a sensitive message RT-14. Instances are immutable and thread-safe.
/// </remarks>
public sealed class RoutineMailSignal
{
    internal RoutineMailSignal(CueFamily family, string description, string evidence, bool indicatesRoutine, string ruleId, double weight, bool fromWording)
    {
        Family = family;
        Description = description;
        Evidence = evidence;
        IndicatesRoutine = indicatesRoutine;
        Citation = RuleCitation.For(ruleId);
        Weight = weight;
        FromWording = fromWording;
    }

    /// <summary>Gets the reason in Swedish, e.g. "Avsändaren erbjuder avregistrering (List-Unsubscribe)".</summary>
    public string Description { get; }

    /// <summary>Gets what was found in the message: a header with its value, or the words, e.g. "sista chansen" or "jag undrar".</summary>
    public string Evidence { get; }

    /// <summary>Gets a value indicating whether the signal points to advertising or routine mail (true) or to a real matter (false).</summary>
    public bool IndicatesRoutine { get; }

    /// <summary>Gets the rule the signal rests on: RT-6 for routine signals; RC-1, RT-15 or RT-14 for matter signals.</summary>
    public RuleCitation Citation { get; }

    /// <summary>Gets what the signal is evidence of; the detector counts each family once.</summary>
    internal CueFamily Family { get; }

    /// <summary>Gets how strong the signal is, 0–1, as the detector weighs it.</summary>
    internal double Weight { get; }

    /// <summary>Gets a value indicating whether the signal comes from the subject or body rather than the headers or the channel.</summary>
    internal bool FromWording { get; }

    /// <summary>Returns the reason with what was found and the source, e.g. "Avsändaren erbjuder avregistrering (List-Unsubscribe). Källa: riktlinjen avsnitt 2.1.3 (RT-6)".</summary>
    /// <returns>The signal in Swedish.</returns>
    public override string ToString() => $"{Description}. {Citation}";
}
