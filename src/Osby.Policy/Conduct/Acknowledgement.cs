using System.Text.RegularExpressions;

namespace Osby.Policy.Conduct;

/// <summary>Reads the three things an acknowledgement (mottagningsbekräftelse) must say (rule CD-6, riktlinjen avsnitt 2.1.1 and 4).</summary>
/// <remarks>
/// <list type="bullet">
/// <item><description>Received: "vi har tagit emot", "har mottagit", "har kommit in", "inkom", "har registrerats",
/// "mottagningsbekräftelse", or thanks for the contact itself ("tack för ditt mejl", "tack för din ansökan").</description></item>
/// <item><description>Who handles it: "handläggs av", "hanteras av", "X handlägger", "din handläggare är", "jag som handlägger",
/// "jag tar hand om", "kontaktperson", or a forward to a named person or unit ("skickat vidare till", "fördelats till", "lämnats till").
/// "Jag återkommer" alone does not say who handles the matter.</description></item>
/// <item><description>When: a date ("12 december", "2025-12-12", "12/12"), a weekday, "senast", a span ("inom två veckor",
/// "tre arbetsdagar"), a week ("vecka 49", "v. 49", "nästa vecka"), "i dag", "i morgon", a clock time ("kl. 15") or a
/// season ("före jul") — in the same sentence as the answer it is about ("svar", "besked", "beslut", "återkommer",
/// "kontaktar", "handläggningstiden" …), so the date of the incoming mail does not count. "Så snart som möjligt",
/// "snarast" and "inom kort" are no time.</description></item>
/// </list>
/// </remarks>
internal static partial class Acknowledgement
{
    /// <summary>Returns whether a reply reads as an acknowledgement (see <see cref="ReplyPurpose.Detect"/>).</summary>
    /// <param name="body">The reply's own text, above closing greeting and signature, on one line.</param>
    /// <returns>True for an acknowledgement.</returns>
    public static bool IsAcknowledgement(string body) =>
        ReceiptSignal().IsMatch(body)
        || (ThanksForContact().IsMatch(body) && (PromiseToComeBack().IsMatch(body) || NamesHandler(body)));

    /// <summary>Returns whether the text says the matter has been received.</summary>
    /// <param name="body">The reply's own text on one line.</param>
    /// <returns>True when receipt is stated.</returns>
    public static bool StatesReceipt(string body) => Receipt().IsMatch(body) || ThanksForContact().IsMatch(body);

    /// <summary>Returns whether the text says who handles the matter.</summary>
    /// <param name="body">The reply's own text on one line.</param>
    /// <returns>True when a handler is named.</returns>
    public static bool NamesHandler(string body) => Handler().IsMatch(body);

    /// <summary>Returns whether a sentence of the text says when an answer can be expected.</summary>
    /// <param name="body">The reply's own text on one line.</param>
    /// <returns>True when an expected time is given.</returns>
    public static bool StatesExpectedTime(string body) =>
        SentenceBreak().Split(body).Any(sentence => TimeExpression().IsMatch(sentence) && AnswerWord().IsMatch(sentence));

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"(?<!\p{L})(?:tagit\s+emot|tagits\s+emot|mottagit|mottagits|mottagningsbekräftelse\p{L}*|har\s+inkommit|har\s+kommit\s+in|har\s+fått\s+(?:ditt|din|ert|er|dina|era))(?!\p{L})", Options)]
    private static partial Regex ReceiptSignal();

    [GeneratedRegex(@"(?<!\p{L})(?:tagit\s+emot|tagits\s+emot|mottagit|mottagits|mottagen|mottaget|mottagna|mottagningsbekräftelse\p{L}*|inkommit|inkom|har\s+kommit\s+(?:in|fram)|kom\s+in|har\s+fått\s+(?:ditt|din|ert|er|dina|era)|registrerats|registrerat|diarieförts|diariefört)(?!\p{L})", Options)]
    private static partial Regex Receipt();

    [GeneratedRegex(@"(?<!\p{L})tack\s+för\s+(?:ditt|din|ert|er|dina|era)\s+(?:\p{L}+\s+)?(?:mejl|mail|e-post\p{L}*|e-brev|meddelande|brev|ansökan|anmälan|fråga|frågor|förfrågan|synpunkt\p{L}*|begäran|ärende|kontakt|önskemål|klagomål|tips|samtal)(?!\p{L})", Options)]
    private static partial Regex ThanksForContact();

    [GeneratedRegex(@"(?<!\p{L})(?:(?:jag|vi)\s+(?:återkommer|hör\s+av\s+(?:mig|oss)|(?:kommer\s+att|ska|skall)\s+(?:återkomma|höra\s+av\s+(?:mig|oss)))|återkommer\s+(?:jag|vi))(?!\p{L})", Options)]
    private static partial Regex PromiseToComeBack();

    [GeneratedRegex(
        @"(?<!\p{L})(?:(?:handläggs|handläggas|hanteras|behandlas|utreds|bereds|tas\s+om\s+hand)\s+av|handlägger|(?:din|er|ansvarig|ärendets)\s+handläggare|handläggare\s+(?:för|i|av)\s+(?:ditt|ert|din|er|ärendet)|handläggare\s+(?:är|blir)|(?:jag|som)\s+(?:\p{L}+\s+){0,2}?(?:hanterar|handlägga|hantera|ansvarar\s+för|tar\s+hand\s+om|ta\s+hand\s+om|utreder)|kontaktperson\p{L}*|vidare\s+till|(?:fördela|överlämna|vidarebefordra)\p{L}*\s+(?:\p{L}+\s+){0,2}?till|lämnats\s+(?:över\s+)?till|det\s+är\s+jag\s+som)(?!\p{L})",
        Options)]
    private static partial Regex Handler();

    [GeneratedRegex(
        @"(?<!\p{L})(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|\d{1,2}(?::[ae])?\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|apr|jun|jul|aug|sept?|okt|nov|dec)|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}|senast|(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|fjorton|några|ett\s+par)\s+(?:arbets)?(?:dag|dagar|dagars|vecka|veckor|veckors|månad|månader|månaders|timme|timmar|dygn)|vecka\s+\d{1,2}|v\.?\s?\d{1,2}|(?:nästa|denna|den\s+här|kommande|till)\s+veckan?|i\s*(?:morgon|övermorgon|dag|eftermiddag|förmiddag|kväll)|under\s+(?:dagen|förmiddagen|eftermiddagen|veckan)|kl\.?\s*\d{1,2}|(?:före|innan|efter)\s+(?:jul|nyår|påsk|midsommar|sommaren|semestern|helgen|månadsskiftet|lunch)|i\s+(?:början|mitten|slutet)\s+av|månadsskiftet)(?![\p{L}\d])",
        Options)]
    private static partial Regex TimeExpression();

    [GeneratedRegex(
        @"(?<!\p{L})(?:svar\p{L}*|besvara\p{L}*|besked\p{L}*|beslut\p{L}*|återkomm\p{L}*|hör\s+av|höra\s+av|klar|klart|färdig\p{L}*|handläggningstid\p{L}*|handlägg\p{L}*|behandla\p{L}*|kontakta\p{L}*|ringer|ringa|ring|beräkna\p{L}*|räkna\s+med|vänta\p{L}*|få|får|skicka\p{L}*|meddela\p{L}*|pröva\p{L}*|prövas|åtgärda\p{L}*|lagas)(?!\p{L})",
        Options)]
    private static partial Regex AnswerWord();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentenceBreak();
}
