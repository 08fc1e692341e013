using System.Text.RegularExpressions;

namespace Osby.TeamsBot.Understanding;

/// <summary>Decides what a staff member's Swedish message asks for.</summary>
/// <remarks>
/// <para>Rules, first match wins (the text is folded first, so "nar maste jag svara" counts):</para>
/// <list type="number">
/// <item><description><see cref="Intent.Help"/>: empty, "?", "hjälp", "help", "hej", "vad kan du (göra)".</description></item>
/// <item><description><see cref="Intent.ReplyReview"/>: the message starts with "granska" (or says "granska mitt svar/utkast").</description></item>
/// <item><description><see cref="Intent.Signature"/>: asks about the signature; <see cref="Intent.PhoneGreeting"/>: how to answer or greet
/// on the phone (not about calling back).</description></item>
/// <item><description><see cref="Intent.Deadline"/> when it asks <em>when</em> SEFOS purges ("när rensas/raderas").</description></item>
/// <item><description><see cref="Intent.Records"/>: "diarieföra", "registrera", "gallra", "radera", "spara", "slänga", "ta bort".</description></item>
/// <item><description><see cref="Intent.Routing"/>: "vart", "vem ska ha", "vem tar hand om", "till vem", "vidarebefordra",
/// "skicka (…) till" — but not "skicka till flera/alla", which is a question about the rules (RT-7).</description></item>
/// <item><description><see cref="Intent.Deadline"/>: a strong cue ("när måste/ska jag svara", "senast", "frist", "ringa tillbaka",
/// "senaste aktivitet", "ge besked") — or a weak one ("svarstid", "hur snabbt", "hur lång tid", "röstbrevlåda",
/// "röstmeddelande") together with a date or time.
/// A weak cue alone ("hur snabbt ska vi svara på mejl?") is a question about the rule, answered from the knowledge base.</description></item>
/// <item><description>Otherwise <see cref="Intent.Guidance"/>.</description></item>
/// </list>
/// </remarks>
internal static partial class IntentDetector
{
    /// <summary>Decides the intent of a message.</summary>
    /// <param name="text">The message as typed, without any @mention.</param>
    /// <param name="saysWhen">Whether the message gives a date or time (see <see cref="ArrivalPhrase.SaysWhen"/>).</param>
    /// <returns>The intent.</returns>
    public static Intent Detect(string text, bool saysWhen)
    {
        ArgumentNullException.ThrowIfNull(text);
        string folded = SwedishText.Fold(text).Trim();
        string bare = folded.Trim(' ', '?', '!', '.', ',');

        if (bare.Length == 0 || HelpPattern().IsMatch(bare))
        {
            return Intent.Help;
        }

        if (CalculatorCommandPattern().IsMatch(bare))
        {
            // The "svarstid" command (in the app's command list) opens the calculator, asking for everything.
            return Intent.Deadline;
        }

        if (ReviewPattern().IsMatch(folded))
        {
            return Intent.ReplyReview;
        }

        if (SignaturePattern().IsMatch(folded))
        {
            return Intent.Signature;
        }

        if (PhonePattern().IsMatch(folded) && !CallbackPattern().IsMatch(folded))
        {
            return Intent.PhoneGreeting;
        }

        if (PurgeWhenPattern().IsMatch(folded))
        {
            return Intent.Deadline;
        }

        if (RecordsPattern().IsMatch(folded))
        {
            return Intent.Records;
        }

        if (RoutingPattern().IsMatch(folded) && !SpreadPattern().IsMatch(folded))
        {
            return Intent.Routing;
        }

        if (StrongDeadlinePattern().IsMatch(folded) || RingBackPattern().IsMatch(folded)
            || (saysWhen && (WeakDeadlinePattern().IsMatch(folded) || CallbackPattern().IsMatch(folded))))
        {
            return Intent.Deadline;
        }

        return Intent.Guidance;
    }

    [GeneratedRegex(@"^(?:hjalp|hjalp mig|help|hej|hejsan|hallo|vad kan du(?: gora| hjalpa (?:mig )?med)?|vad gor du|meny|start)$", RegexOptions.CultureInvariant)]
    private static partial Regex HelpPattern();

    [GeneratedRegex(@"^\W*(?:kan du\s+|snalla\s+)?granska\b|\bgranska\s+(?:mitt|det har|detta|min)\b|\bgranska\s+(?:svar|utkast)", RegexOptions.CultureInvariant)]
    private static partial Regex ReviewPattern();

    [GeneratedRegex(@"signatur", RegexOptions.CultureInvariant)]
    private static partial Regex SignaturePattern();

    [GeneratedRegex(@"\b(?:svara[rs]?|hals(?:a|ar)|saga|presentera)\b[^.?!]{0,40}\btelefon|\btelefonhalsning|\b(?:svara[rs]?)\s+(?:jag\s+|man\s+|vi\s+)?nar\s+(?:det|nagon)\s+ringer", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\bring(?:a|er)\s+(?:tillbaka|upp)|rostmeddelande|rostbrevlad|telefonsvarare", RegexOptions.CultureInvariant)]
    private static partial Regex CallbackPattern();

    [GeneratedRegex(@"\bring(?:a|er)\s+(?:tillbaka|upp)", RegexOptions.CultureInvariant)]
    private static partial Regex RingBackPattern();

    [GeneratedRegex(@"\bnar\b[^.?!]{0,40}\b(?:rensas|raderas|forsvinner|tas bort)\b|\b(?:rensas|raderas)\b[^.?!]{0,20}\bnar\b", RegexOptions.CultureInvariant)]
    private static partial Regex PurgeWhenPattern();

    [GeneratedRegex(@"diarief|diarie-?fo|diareif|\bregistrer|\bgallr|\bradera|\bsparas?\b|\bspara\s|\bslang|\bkasta\b|\bkastas\b|\bta\s+bort\b|\btar\s+bort\b|\btas\s+bort\b|\bhallas\s+ordnad|\bdiariet\b", RegexOptions.CultureInvariant)]
    private static partial Regex RecordsPattern();

    [GeneratedRegex(@"\bvart\b|\bvem\s+ska\s+(?:ha|fa|ta)\b|\bvem\s+(?:tar\s+hand\s+om|hanterar|ansvarar\s+for|skickar\s+jag)\b|\btill\s+vem\b|\bvidarebefordr|\bskicka\w*\s+vidare\b|\bskicka\w*\s+(?:\S+\s+){0,6}?till\b|\bvilken\s+(?:funktions)?brevlad|\bvilken\s+forvaltning\b|\bhor\s+(?:det\s+)?hemma\b", RegexOptions.CultureInvariant)]
    private static partial Regex RoutingPattern();

    [GeneratedRegex(@"\btill\s+(?:flera|alla|samtliga|hela)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpreadPattern();

    [GeneratedRegex(@"\bnar\s+(?:ska|maste|behover|bor)\s+(?:jag|vi|man|den|det|han|hon)\b|\bsenast\b|\bfrist|\bdeadline|\bnar\s+gar\s+(?:tiden|fristen)\s+ut|\bge\s+besked\b|senaste\s+aktivitet|\bnar\s+(?:ska|maste)\s+\S+\s+(?:besvaras|vara\s+klar)", RegexOptions.CultureInvariant)]
    private static partial Regex StrongDeadlinePattern();

    [GeneratedRegex(@"^(rakna\s+ut\s+(en\s+)?)?svarstid(en)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CalculatorCommandPattern();

    [GeneratedRegex(@"svarstid|hur\s+snabbt|hur\s+fort|hur\s+lang\s+tid|\bbesvaras\b|\btidsgrans|\bsvara\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeakDeadlinePattern();
}
