using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static Osby.Policy.Routing.CueFamily;
using static Osby.Policy.Routing.MailCue;

namespace Osby.Policy.Routing;

/// <summary>The routine-mail detector's evidence: header rules, sender rules and wording cues, each with its weight.</summary>
/// <remarks>
/// <para>Weights are strengths of evidence, 0–1, combined by <see cref="RoutineMailDetector"/>. No single cue reaches the
/// threshold for routine mail; a verdict needs several families of evidence, and any matter cue blocks it.</para>
/// <para>Patterns are on folded text (lower case; å, ä → a; ö → o). Immutable and thread-safe.</para>
/// </remarks>
internal static class RoutineMailCues
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    // Mass-mail and marketing-automation tools, as they name themselves in X-Mailer or User-Agent.
    private static readonly Regex MassMailerName = new(
        @"\b(mailchimp|apsis|ungapped|get ?a ?newsletter|sendinblue|brevo|mailjet|klaviyo|hubspot|marketo|eloqua|pardot|"
        + @"salesforce marketing cloud|exacttarget|campaign ?monitor|createsend|constant ?contact|mailerlite|carma|newsletter2go|"
        + @"cleverreach|emarsys|silverpop|dotdigital|moosend|mailpoet|sendy|activecampaign|omnisend|rule)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking,
        PatternTimeout);

    private static readonly string[] CampaignHeaderPrefixes =
    [
        "X-Campaign", "X-Mailchimp", "X-MC-", "X-Mailjet", "X-MJ-", "X-sib-", "X-HS-", "X-HubSpot", "X-Apsis", "X-Newsletter",
        "X-Marketo", "X-Mkto", "X-Pardot", "X-Eloqua", "X-Klaviyo", "X-Emarsys", "X-Rule-",
    ];

    private static readonly string[] SendingServiceHeaderPrefixes = ["X-SG-", "X-Mailgun", "X-PM-", "X-SES-"];

    private static readonly Regex AddressInBrackets = new(@"<([^<>]+)>", RegexOptions.CultureInvariant, PatternTimeout);

    private static readonly FrozenSet<string> NoReplyNames = FrozenSet.ToFrozenSet(
        ["noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply", "dontreply"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> BulkSenderNames = FrozenSet.ToFrozenSet(
        ["nyhetsbrev", "newsletter", "news", "nyheter", "kampanj", "erbjudande", "erbjudanden", "marknad", "marketing", "utskick",
            "mailing", "promo", "offers", "deals"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly Regex ReplyPrefix = new(@"^\s*(sv|re|svar|aw|antw)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternTimeout);

    private static readonly Regex ForwardPrefix = new(@"^\s*(vb|fwd?|vs|wg)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternTimeout);

    /// <summary>Gets the wording cues, routine cues first.</summary>
    public static IReadOnlyList<MailCue> Wording { get; } =
    [
        // ---- Advertising and routine mail (RT-6) ----

        // The footer of a mass mailing.
        Words(UnsubscribeText, 0.5, "avregistrera", inCompounds: true),
        Words(UnsubscribeText, 0.5, "avprenumerera", inCompounds: true),
        Words(UnsubscribeText, 0.5, "avsluta prenumeration"),
        Words(UnsubscribeText, 0.5, "hantera prenumeration"),
        Words(UnsubscribeText, 0.5, "ändra prenumeration"),
        Words(UnsubscribeText, 0.5, "unsubscribe", inCompounds: true),
        Words(UnsubscribeText, 0.5, "visa i webbläsaren"),
        Words(UnsubscribeText, 0.5, "läs i webbläsaren"),
        Words(UnsubscribeText, 0.5, "view in browser"),
        Words(UnsubscribeText, 0.5, "view email browser"),
        Pattern(UnsubscribeText, 0.5, @"\bavsluta (ditt |dina |ert |era )?(utskick|prenumeration)"),
        Pattern(UnsubscribeText, 0.5, @"\bdu (far|har fatt) (det har|detta|denna|den har) (mejl|mail|e-post|e-postmeddelande|nyhetsbrev|utskick|inbjudan|meddelande)\w* eftersom\b"),
        Pattern(UnsubscribeText, 0.5, @"\bvill du inte (langre )?(fa|ha)\b"),
        Pattern(UnsubscribeText, 0.5, @"\b(du|ni) prenumererar pa\b"),
        Pattern(UnsubscribeText, 0.5, @"\byou (are receiving|received|receive|are subscribed)\b"),

        // Newsletters.
        Words(Newsletter, 0.3, "nyhetsbrev", display: "nyhetsbrev eller reklam"),
        Words(Newsletter, 0.3, "newsletter", inCompounds: true),

        // Offers.
        Pattern(Offer, 0.5, @"\bvi (pa [\w&-]+( [\w&-]+)? )?(erbjuder|kan erbjuda)\b"),
        Pattern(Offer, 0.5, @"\berbjuder vi\b"),
        Pattern(Offer, 0.5, @"\bwe offer\b"),
        Words(Offer, 0.3, "erbjudande", inCompounds: true),
        Words(Offer, 0.3, "special offer"),

        // Prices and discounts.
        Words(Price, 0.5, "rabatt", inCompounds: true),
        Words(Price, 0.5, "specialpris"),
        Words(Price, 0.5, "kampanjpris"),
        Words(Price, 0.5, "introduktionspris"),
        Words(Price, 0.5, "ordinarie pris"),
        Words(Price, 0.5, "ord. pris"),
        Words(Price, 0.5, "early bird"),
        Words(Price, 0.5, "discount", inCompounds: true),
        Words(Price, 0.3, "kampanj", inCompounds: true),
        Pattern(Price, 0.5, @"\b\d+ ?% (rabatt|off|lagre pris|billigare)\b"),
        Pattern(Price, 0.5, @"\bsave \d+ ?%"),
        Pattern(Price, 0.5, @"\bkr ?(per|/) ?(deltagare|person|manad|man)\b"),

        // Free of charge.
        Words(Free, 0.25, "kostnadsfri", inCompounds: true),
        Words(Free, 0.25, "gratis", inCompounds: true),
        Pattern(Free, 0.5, @"\b(kostnadsfri|kostnadsfritt|kostnadsfria|gratis) (\w+ )?(demo|analys|offert|genomlysning|besiktning|inventering|radgivning|provperiod|provmanad|provlicens|biljett|guide|konsultation|utvardering|kartlaggning|testperiod|exemplar)\w*"),
        Pattern(Free, 0.5, @"\b(webbinariet|webinaret|kursen|utbildningen|deltagandet|intradet|konferensen|seminariet|biljetten) ar (helt )?(kostnadsfri|kostnadsfritt|gratis)\b"),
        Pattern(Free, 0.5, @"\bprova (\w+ ){0,3}gratis\b"),
        Pattern(Free, 0.5, @"\b(gratis|kostnadsfri) provperiod\b"),
        Pattern(Free, 0.5, @"\b(free trial|fri frakt|free shipping)\b"),

        // Calls to buy, book or sign up.
        Pattern(CallToAction, 0.5, @"\banmal (dig|er)\b"),
        Pattern(CallToAction, 0.5, @"\b(boka|sakra) (din|er|ditt|en) (\w+ )?(plats|biljett|gratisbiljett|exemplar|provmanad)\b"),
        Pattern(CallToAction, 0.5, @"\bboka (en |ett )?(kostnadsfri |personlig |kort )?(demo|visning)\b"),
        Pattern(CallToAction, 0.5, @"\b(kop|bestall|handla|teckna prenumeration|uppgradera) (nu|idag|i dag|direkt|har)\b"),
        Pattern(CallToAction, 0.5, @"\bregistrera dig\b"),
        Pattern(CallToAction, 0.5, @"\b(register|book|buy|sign up|join|order) (now|today|here)\b"),
        Pattern(CallToAction, 0.5, @"\bbook a demo\b"),
        Pattern(CallToAction, 0.5, @"\bladda ner (var|vart|vara|den|guiden|rapporten)\b"),
        Pattern(CallToAction, 0.5, @"\b(kontakta oss|hor av (er|dig)|ring oss|mejla oss) (for|sa|om) (\w+ ){0,2}(offert|prisuppgift|bokning|bokar|demo|provperiod)\w*"),
        Pattern(CallToAction, 0.5, @"\b(begar|be om|bestall) (en )?(kostnadsfri |gratis )?offert\b"),
        Words(CallToAction, 0.5, "demo"),

        // Sales urgency.
        Words(Urgency, 0.5, "sista chansen"),
        Words(Urgency, 0.5, "först till kvarn"),
        Words(Urgency, 0.5, "begränsat antal"),
        Words(Urgency, 0.5, "platser kvar"),
        Words(Urgency, 0.5, "last chance"),
        Pattern(Urgency, 0.5, @"\bmissa inte\b"),
        Pattern(Urgency, 0.5, @"\b(erbjudandet|kampanjen|kampanjpriset|rabatten|priset) galler\b"),
        Pattern(Urgency, 0.5, @"\bgaller (till och med|t\.? ?o\.? ?m\.?|endast|bara|fram till)\b"),
        Pattern(Urgency, 0.5, @"\b(endast|bara) (idag|i dag|denna vecka|i maj|i juni)\b"),
        Pattern(Urgency, 0.5, @"\b(don'?t miss|limited (time|offer|seats)|seats are limited|ends (this|today|on))\b"),

        // Courses, webinars, conferences and fairs: topic only, weak on its own.
        // "kurs" stands for its synonyms too: utbildning, webbinarium, seminarium, konferens, föreläsning.
        Words(Event, 0.3, "kurs", display: "kurs eller utbildning"),
        Pattern(Event, 0.3, @"webb?inar\w*"),
        Words(Event, 0.3, "mässa"),
        Words(Event, 0.3, "kundträff", inCompounds: true),
        Words(Event, 0.15, "inbjudan"),
        Pattern(Event, 0.5, @"\bvalkommen (till|pa) (vart|var|vara) (\w+ )?\w*(webb?inar|seminari|frukost|kundtraff|konferens|kurs|utbildning|massa|monter|event|lunch)\w*"),

        // Salespeople.
        Pattern(Seller, 0.35, @"\b(saljare|saljansvarig|projektsaljare|saljchef|saljteamet|saljavdelning\w*|key account( manager)?|account manager|kundansvarig\w*|sales (team|manager))\b"),

        // Sales arguments.
        Pattern(Pitch, 0.3, @"\bspara (upp till |minst )?\d+ ?%"),
        Pattern(Pitch, 0.3, @"\b(sanka|sankt|sankte|halvera|halverat|halverade|minska|minskat|minskade) (\w+ ){0,2}(kostnad|elkostnad|energikostnad)\w*"),
        Pattern(Pitch, 0.3, @"\b\d+ ?% (lagre|billigare|mindre)\b"),
        Pattern(Pitch, 0.3, @"\b(over \d+|flera|manga) kommuner (som kunder|har valt|anvander)\b"),
        Pattern(Pitch, 0.3, @"\bhar hjalpt (flera|over \d+|manga) kommuner\b"),
        Pattern(Pitch, 0.3, @"\bkundcase\b"),

        // ---- A real matter (RC-1, RT-15) ----

        // The sender's own situation.
        Pattern(Personal, 0.6, @"\bjag (undrar|undrade|vill|ville|skulle vilja|behover|har (inte |aldrig )?(fatt|ansokt|skickat|ringt|mejlat|sokt|vantat|tappat)|fick|tackade|tackar|soker|begar|tycker|funderar|ar orolig|bor|flyttar|kan inte|kunde inte|hittar (inte|ingen)|var med|gar pa|fyller|skickade|ringde|ansokte|anmalde)\b"),
        Pattern(Personal, 0.6, @"\bvi (undrar|bor|flyttar|har (inte |aldrig )?(fatt|vantat|ansokt)|fick|tackade|ar oroliga|funderar|kan inte|kunde inte)\b"),
        Pattern(Personal, 0.6, @"\b(min|mitt|mina) (son|dotter|barn|mamma|pappa|man|fru|sambo|make|maka|mor|far|foraldrar|familj|ansokan|arende|adress|e-postadress|uppgifter|hus|fastighet|tomt|bil|granne|grannar|lagenhet|personnummer|beslut|hund|katt)\w*\b"),
        Pattern(Personal, 0.5, @"\b(var|vart|vara) (son|dotter|barn|ansokan|arende|tomt|fastighet)\b"),

        // Questions to the municipality.
        // A yes/no question starts with the verb ("Kan ni laga den?"); "Nu kan ni prova …" is a statement.
        Pattern(Question, 0.5, @"(^|[.!?,:;\n(]\s*|\b(och|men|eller|hej|snalla|undrar om|fragar om)\s+)kan (ni|jag)\b"),
        Pattern(Question, 0.5, @"\bom (ni|jag) kan\b"),
        Pattern(Question, 0.5, @"\bkan vi fa\b"),
        Pattern(Question, 0.5, @"\b(varfor|nar) (har|hade|fick|far|kommer|oppnar|ska|blir|borjar)\b"),
        Pattern(Question, 0.5, @"\bhur (gor|ansoker|soker|bokar|anmaler) (jag|vi)\b"),
        Pattern(Question, 0.5, @"\bhur ansoker man\b"),
        Pattern(Question, 0.5, @"\bhur lang tid tar\b"),
        Pattern(Question, 0.5, @"\b(tack for svar|tacksam for (svar|hjalp|besked|snabbt)|tack pa forhand)\b"),
        Pattern(Question, 0.5, @"\bstammer (det|detta)\b"),
        Pattern(Question, 0.5, @"\bar (det|detta) (bluff|sant|ratt)\b"),
        Pattern(Question, 0.5, @"\bvem (ansvarar|ska jag|ska vi|kan jag|ersatter|bestammer)\b"),
        Pattern(Question, 0.5, @"\bvad kostar det\b"),

        // Accepting the municipality's offer.
        Pattern(AcceptsOffer, 0.7, @"\btack(ar|ade) ja\b"),
        Pattern(AcceptsOffer, 0.7, @"\b(ert|erat|kommunens) erbjudande\b"),

        // Matters and decisions.
        Words(CaseReference, 0.8, "diarienummer", display: "diarienummer, dnr"),
        Pattern(CaseReference, 0.8, @"\barende(nummer|nr)?:? ?[a-z]{0,3}\d"),
        Pattern(CaseReference, 0.8, @"\b(ert|erat|ditt|mitt|vart) (arende|beslut)\b"),

        // Public documents.
        Words(DocumentRequest, 0.8, "allmän handling"),
        Words(DocumentRequest, 0.8, "utlämnande", display: "utlämnande, ta del av, begära ut"),
        Words(DocumentRequest, 0.8, "offentlighetsprincipen", inCompounds: true),
        Pattern(DocumentRequest, 0.8, @"\bkopia (av|pa) (beslut|protokoll|avtal)"),

        // Complaints and feedback.
        Words(Complaint, 0.7, "klagomål", inCompounds: true),
        Words(Complaint, 0.7, "klaga"),
        Words(Complaint, 0.7, "synpunkt", inCompounds: true),
        Words(Complaint, 0.7, "missnöjd"),
        Words(Complaint, 0.7, "felanmälan", inCompounds: true),

        // Appeals.
        Words(Appeal, 0.8, "överklaga", inCompounds: true),
        Words(Appeal, 0.8, "överprövning", inCompounds: true),

        // Invoices and payment demands: handled, never deleted.
        Words(Invoice, 0.8, "faktura"),
        Words(Invoice, 0.8, "fakturanummer", inCompounds: true),
        Words(Invoice, 0.8, "kreditfaktura", inCompounds: true),
        Words(Invoice, 0.8, "betalningspåminnelse", inCompounds: true),
        Words(Invoice, 0.8, "inkasso", inCompounds: true),
        Words(Invoice, 0.8, "förfallodatum", inCompounds: true),
        Words(Invoice, 0.8, "betalningsvillkor", inCompounds: true),
        Words(Invoice, 0.8, "ocr"),
        Words(Invoice, 0.8, "bankgiro", inCompounds: true),
        Words(Invoice, 0.8, "plusgiro", inCompounds: true),
        Pattern(Invoice, 0.8, @"\batt betala\b"),
        Pattern(Invoice, 0.8, @"\b(forfaller|forfoll|forfallen|forfallet|forfallna)\b"),

        // Things people apply for.
        Words(Application, 0.6, "ansökan"),
        Words(Application, 0.6, "bygglov", inCompounds: true),
        Words(Application, 0.6, "rivningslov", inCompounds: true),
        Words(Application, 0.6, "förhandsbesked", inCompounds: true),
        Words(Application, 0.6, "bistånd", inCompounds: true),
        Words(Application, 0.6, "försörjningsstöd", inCompounds: true),
        Words(Application, 0.6, "färdtjänst", inCompounds: true),
        Words(Application, 0.6, "bostadsanpassning", inCompounds: true),
        Words(Application, 0.6, "parkeringstillstånd", inCompounds: true),
        Words(Application, 0.6, "förskoleplats", inCompounds: true),
        Words(Application, 0.6, "serveringstillstånd", inCompounds: true),

        // Job applications.
        Words(JobApplication, 0.7, "cv"),
        Words(JobApplication, 0.7, "personligt brev"),
        Words(JobApplication, 0.7, "spontanansökan", inCompounds: true),
        Pattern(JobApplication, 0.7, @"\bsoker (harmed )?(tjansten|jobbet|sommarjobb|arbete|anstallning)\b"),

        // Authorities.
        Words(Authority, 0.7, "remiss", inCompounds: true),
        Words(Authority, 0.7, "yttrande"),
        Words(Authority, 0.7, "samråd"),
        Words(Authority, 0.7, "samrådshandling", inCompounds: true),
        Words(Authority, 0.7, "tillsyn", inCompounds: true),
        Words(Authority, 0.7, "föreläggande", inCompounds: true),
        Words(Authority, 0.7, "förrättning", inCompounds: true),
        Pattern(Authority, 0.7, @"\bbegar(an|er)? (om )?uppgifter\b"),
        Pattern(Authority, 0.7, @"\b(kallas|kallade) till\b"),

        // Agreements, orders and the municipality's own requests.
        Pattern(Agreement, 0.6, @"\b(enligt|som) (var|er|ert) (overenskommelse|avtal|bestallning|forfragan|order)\b"),
        Pattern(Agreement, 0.6, @"\btack for (er|din|ert) (forfragan|bestallning|order)\b"),
        Pattern(Agreement, 0.6, @"\btack for samtalet\b"),
        Pattern(Agreement, 0.6, @"\bsom (vi )?(kom overens|overenskommet|avtalat)\b"),
        Pattern(Agreement, 0.6, @"\benligt (avtal|ramavtal|order|bestallning|forfragningsunderlaget|offert)\b"),
        Pattern(Agreement, 0.6, @"\ber (forfragan|bestallning|uppsagning)\b"),
        Pattern(Agreement, 0.6, @"\b(arbets)?order(nummer|nr)?:? ?\d"),
        Pattern(Agreement, 0.6, @"\buppsagning\b"),

        // Forwarded by a person.
        Pattern(Forwarded, 0.5, @"\b(vidarebefordrat meddelande|forwarded message|ursprungligt meddelande|original message)\b"),
    ];

    /// <summary>Returns the signals of a message's headers and sender address.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The signals, routine ones only.</returns>
    public static IEnumerable<RoutineMailSignal> FromHeaders(InboundMessage message)
    {
        IReadOnlyDictionary<string, string> headers = message.Headers;
        if (headers.TryGetValue("List-Unsubscribe", out string? unsubscribe))
        {
            yield return Routine(ListUnsubscribe, 0.6, "Avsändaren erbjuder avregistrering (List-Unsubscribe)", $"List-Unsubscribe: {unsubscribe}");
        }

        if (headers.TryGetValue("List-Id", out string? listId))
        {
            yield return Routine(ListId, 0.4, "Skickat via en sändlista (List-Id)", $"List-Id: {listId}");
        }

        if (headers.TryGetValue("Precedence", out string? precedence))
        {
            string value = precedence.Trim().ToLowerInvariant();
            if (value is "bulk" or "junk")
            {
                yield return Routine(Precedence, 0.5, $"Markerat som massutskick (Precedence: {value})", $"Precedence: {precedence}");
            }
            else if (value == "list")
            {
                yield return Routine(Precedence, 0.4, "Markerat som utskick till en lista (Precedence: list)", $"Precedence: {precedence}");
            }
        }

        foreach (string name in new[] { "X-Mailer", "User-Agent" })
        {
            if (headers.TryGetValue(name, out string? mailer) && MassMailerName.Match(mailer) is { Success: true } tool)
            {
                yield return Routine(MassMailer, 0.55, $"Skickat med massutskicksverktyget {tool.Value} ({name})", $"{name}: {mailer}");
            }
        }

        string? campaign = headers.Keys.FirstOrDefault(h => CampaignHeaderPrefixes.Any(p => h.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
        if (campaign is not null)
        {
            yield return Routine(CampaignHeader, 0.5, $"Har kampanjhuvud från ett utskicksverktyg ({campaign})", $"{campaign}: {headers[campaign]}");
        }

        string? service = headers.Keys.FirstOrDefault(h => SendingServiceHeaderPrefixes.Any(p => h.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
        if (service is not null)
        {
            yield return Routine(SendingService, 0.15, $"Skickat via en tjänst för e-postutskick ({service})", $"{service}: {headers[service]}");
        }

        if (headers.TryGetValue("Feedback-ID", out string? feedback))
        {
            yield return Routine(FeedbackId, 0.25, "Har spårnings-id för massutskick (Feedback-ID)", $"Feedback-ID: {feedback}");
        }

        if (headers.TryGetValue("Auto-Submitted", out string? auto) && !string.Equals(auto.Trim(), "no", StringComparison.OrdinalIgnoreCase))
        {
            yield return Routine(AutoSubmitted, 0.1, $"Automatiskt skickat (Auto-Submitted: {auto.Trim()})", $"Auto-Submitted: {auto}");
        }

        string local = LocalPart(message.From);
        if (NoReplyNames.Contains(local))
        {
            yield return Routine(NoReply, 0.1, $"Avsändaren tar inte emot svar ({local}@)", message.From);
        }
        else if (BulkSenderNames.Contains(local))
        {
            yield return Routine(BulkSender, 0.3, $"Avsändaradressen är en utskicksadress ({local}@)", message.From);
        }
    }

    /// <summary>Returns the signals of a message's channel, information value and subject prefix.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The signals, matter ones only.</returns>
    public static IEnumerable<RoutineMailSignal> FromContext(InboundMessage message)
    {
        string? channel = message.Channel switch
        {
            Channel.EService => "en e-tjänst",
            Channel.Sefos => "SEFOS",
            Channel.PublicDocumentRequest => "en begäran om allmän handling",
            _ => null,
        };
        if (channel is not null)
        {
            yield return Matter(MatterChannel, 0.9, "RC-1", $"Kom in via {channel}, där reklam inte kommer", message.Channel.ToString());
        }

        if (message.InformationValue is >= 2 and int value)
        {
            yield return Matter(Sensitive, 0.9, "RT-14", $"Innehåller skyddsvärd information (informationsvärde {value})", $"informationsvärde {value}");
        }

        if (ForwardPrefix.Match(message.Subject) is { Success: true } forward)
        {
            yield return Matter(Forwarded, 0.5, "RT-15", "Vidarebefordrat av en person, som kan ha skrivit en egen fråga", forward.Value.Trim());
        }
        else if (ReplyPrefix.Match(message.Subject) is { Success: true } reply)
        {
            yield return Matter(Reply, 0.4, "RC-1", "Svar i en pågående konversation", reply.Value.Trim());
        }
    }

    /// <summary>Returns the signals of a message's subject and body, one per family with every cue found.</summary>
    /// <param name="text">The subject and body.</param>
    /// <returns>The signals, in the order of <see cref="Wording"/>.</returns>
    public static IEnumerable<RoutineMailSignal> FromWording(MailText text)
    {
        var found = new List<(MailCue Cue, string Evidence)>();
        foreach (MailCue cue in Wording)
        {
            if (cue.TryFind(text, out string evidence))
            {
                found.Add((cue, evidence));
            }
        }

        foreach (IGrouping<CueFamily, (MailCue Cue, string Evidence)> family in found.GroupBy(f => f.Cue.Family))
        {
            (string description, string ruleId, bool routine) = Describe(family.Key);
            string[] evidence = [.. family.Select(f => f.Evidence).Distinct(StringComparer.OrdinalIgnoreCase)];
            yield return new RoutineMailSignal(
                family.Key,
                $"{description}: {string.Join(", ", evidence.Select(e => $"”{e}”"))}",
                Shorten(string.Join("; ", evidence)),
                routine,
                ruleId,
                family.Max(f => f.Cue.Weight),
                fromWording: true);
        }
    }

    /// <summary>Returns what a wording family means in Swedish, the rule it cites, and whether it indicates routine mail.</summary>
    /// <param name="family">A wording family.</param>
    /// <returns>Description, rule id, and true for routine.</returns>
    internal static (string Description, string RuleId, bool IndicatesRoutine) Describe(CueFamily family) => family switch
    {
        UnsubscribeText => ("Texten är ett massutskick som går att avregistrera sig från", "RT-6", true),
        Newsletter => ("Nyhetsbrev eller reklam", "RT-6", true),
        Offer => ("Avsändaren erbjuder något", "RT-6", true),
        Price => ("Rabatt eller kampanjpris", "RT-6", true),
        Free => ("Lockar med något kostnadsfritt", "RT-6", true),
        CallToAction => ("Uppmanar till köp, bokning eller anmälan", "RT-6", true),
        Urgency => ("Säljande brådska", "RT-6", true),
        Event => ("Kurs, webbinarium, konferens eller mässa", "RT-6", true),
        Seller => ("Undertecknat av en säljare", "RT-6", true),
        Pitch => ("Säljargument", "RT-6", true),
        Personal => ("Avsändaren skriver om sin egen sak", "RT-15", false),
        Question => ("Ställer en fråga till kommunen eller ber om hjälp", "RT-15", false),
        AcceptsOffer => ("Tackar ja till ett erbjudande från kommunen", "RT-15", false),
        CaseReference => ("Hänvisar till ett ärende, beslut eller diarienummer", "RC-1", false),
        DocumentRequest => ("Begär att få ta del av allmänna handlingar", "RC-1", false),
        Complaint => ("Klagomål, synpunkt eller felanmälan", "RC-1", false),
        Appeal => ("Överklagande eller överprövning", "RC-1", false),
        Invoice => ("Faktura eller betalningskrav, som ska hanteras och inte tas bort", "RC-1", false),
        Application => ("Gäller något man ansöker om hos kommunen", "RC-1", false),
        JobApplication => ("Ansökan om anställning", "RC-1", false),
        Authority => ("Remiss, yttrande, tillsyn eller förrättning", "RC-1", false),
        Agreement => ("Hänvisar till en överenskommelse, beställning eller förfrågan", "RC-1", false),
        Forwarded => ("Vidarebefordrat av en person, som kan ha skrivit en egen fråga", "RT-15", false),
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "Not a wording family."),
    };

    private static RoutineMailSignal Routine(CueFamily family, double weight, string description, string evidence) =>
        new(family, description, Shorten(evidence), indicatesRoutine: true, "RT-6", weight, fromWording: false);

    private static RoutineMailSignal Matter(CueFamily family, double weight, string ruleId, string description, string evidence) =>
        new(family, description, Shorten(evidence), indicatesRoutine: false, ruleId, weight, fromWording: false);

    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 119), "…");

    private static string LocalPart(string from)
    {
        Match bracketed = AddressInBrackets.Match(from);
        string address = bracketed.Success ? bracketed.Groups[1].Value : from;
        int at = address.IndexOf('@', StringComparison.Ordinal);
        return at > 0 ? address[..at].Trim() : string.Empty;
    }
}
