using Osby.Policy.Rules;

namespace Osby.Policy.Conduct;

/// <summary>One thing in a draft reply that breaks a conduct rule, with what is wrong and how to fix it, in Swedish.</summary>
/// <remarks>
/// Findings come from <see cref="ReplyReview.Review"/>. Message and suggestion are plain Swedish for the person who
/// wrote the draft; words quoted from the draft or suggested instead stand in Swedish quotation marks (”…”).
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class ConductFinding
{
    private ConductFinding(ConductFindingKind kind, string ruleId, string message, string suggestion, string? excerpt)
    {
        Kind = kind;
        Citation = RuleCitation.For(ruleId);
        Message = message;
        Suggestion = suggestion;
        Excerpt = excerpt;
    }

    /// <summary>Gets what the finding is about.</summary>
    public ConductFindingKind Kind { get; }

    /// <summary>Gets the rule the finding rests on: CD-2, CD-3, CD-4 or CD-6.</summary>
    public RuleCitation Citation { get; }

    /// <summary>Gets what is wrong, in Swedish, e.g. "Signaturen saknar telefonnummer."</summary>
    public string Message { get; }

    /// <summary>Gets how to fix it, in Swedish, e.g. "Skriv ut hälsningen, till exempel ”Vänliga hälsningar”."</summary>
    public string Suggestion { get; }

    /// <summary>Gets the words of the draft the finding is about, e.g. "mvh" or "härmed"; null when something is missing.</summary>
    public string? Excerpt { get; }

    /// <summary>Returns the message, the suggestion and the source, e.g. "Signaturen saknar telefonnummer. Skriv … Källa: riktlinjen avsnitt 2.3 (CD-2)".</summary>
    /// <returns>The finding in Swedish.</returns>
    public override string ToString() => $"{Message} {Suggestion} {Citation}";

    /// <summary>Creates the finding for something missing from the draft.</summary>
    internal static ConductFinding Missing(ConductFindingKind kind) => kind switch
    {
        ConductFindingKind.SignatureNameMissing => new(kind, "CD-2",
            "Signaturen saknar ditt namn.",
            "Skriv ditt för- och efternamn under hälsningen, till exempel ”Anna Andersson”. Kommunens signaturmall i Outlook har med allt som ska finnas.",
            null),
        ConductFindingKind.SignatureTitleMissing => new(kind, "CD-2",
            "Signaturen saknar din befattning.",
            "Skriv din befattning under namnet, till exempel ”Bygglovshandläggare” eller ”Registrator”.",
            null),
        ConductFindingKind.SignatureAdministrationMissing => new(kind, "CD-2",
            "Signaturen saknar förvaltning.",
            "Skriv vilken förvaltning du arbetar på, till exempel ”Samhällsbyggnadsförvaltningen”.",
            null),
        ConductFindingKind.SignatureMunicipalityMissing => new(kind, "CD-2",
            "Signaturen saknar kommunens namn.",
            "Skriv ”Osby kommun” i signaturen.",
            null),
        ConductFindingKind.SignaturePhoneNumberMissing => new(kind, "CD-2",
            "Signaturen saknar telefonnummer.",
            "Skriv ett telefonnummer där mottagaren når dig, till exempel ”0479-52 80 00”.",
            null),
        ConductFindingKind.ClosingGreetingMissing => new(kind, "CD-3",
            "Mejlet slutar utan hälsningsfras.",
            "Avsluta med en hälsning före signaturen, till exempel ”Vänliga hälsningar”.",
            null),
        ConductFindingKind.AcknowledgementReceiptMissing => new(kind, "CD-6",
            "Mottagningsbekräftelsen säger inte att ärendet har tagits emot.",
            "Skriv att ni har tagit emot ärendet, till exempel ”Vi har tagit emot din ansökan om bygglov”.",
            null),
        ConductFindingKind.AcknowledgementHandlerMissing => new(kind, "CD-6",
            "Mottagningsbekräftelsen säger inte vem som handlägger ärendet.",
            "Skriv vem som handlägger ärendet, till exempel ”Ditt ärende handläggs av Anna Andersson, bygglovshandläggare”.",
            null),
        ConductFindingKind.AcknowledgementExpectedTimeMissing => new(kind, "CD-6",
            "Mottagningsbekräftelsen säger inte när mottagaren kan vänta sig svar.",
            "Skriv när svaret kommer, till exempel ”Du får svar senast fredag den 12 december” eller ”inom två veckor”. ”Så snart som möjligt” räcker inte.",
            null),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of missing part."),
    };

    /// <summary>Creates the finding for an abbreviated closing greeting.</summary>
    /// <param name="abbreviation">The abbreviation as written, e.g. "Mvh".</param>
    internal static ConductFinding AbbreviatedGreeting(string abbreviation) => new(
        ConductFindingKind.ClosingGreetingAbbreviated,
        "CD-3",
        $"Hälsningen är förkortad: ”{abbreviation}”.",
        "Skriv ut hälsningen, till exempel ”Vänliga hälsningar”.",
        abbreviation);

    /// <summary>Creates the finding for a jargon word.</summary>
    /// <param name="word">The word or phrase as written, e.g. "Härmed".</param>
    /// <param name="plain">What to write instead, e.g. "nu".</param>
    internal static ConductFinding JargonWord(string word, string plain) => new(
        ConductFindingKind.Jargon,
        "CD-4",
        $"”{word}” är myndighetsspråk som kan vara svårt att förstå.",
        $"Skriv ”{plain}” i stället, eller skriv om meningen med vanliga ord.",
        word);
}
