namespace Osby.Policy.Text;

/// <summary>The word lists behind <see cref="SwedishTextAnalysis.Default"/>: stop words, compound parts and synonyms as staff use them.</summary>
/// <remarks>
/// Words may be written with or without å, ä, ö; the pipeline folds them. Synonym groups are normalized by the pipeline itself
/// (so one inflected form per word is enough when the stemmer joins the others), and each group becomes its first member.
/// A word may be in one group only; the pipeline refuses lists that break this.
/// </remarks>
internal static class SwedishLexicon
{
    /// <summary>Gets the stop words: Snowball's Swedish list without "alla", "samma", "upp", "ut" and "varje", which carry meaning
    /// here ("skicka till alla", "samma mejl", "ringa upp", "lämna ut", "varje arbetsdag"), plus chat words.</summary>
    public static IReadOnlyList<string> StopWords { get; } =
    [
        // Snowball Swedish (Lucene's SwedishAnalyzer default set), less alla, samma, upp, ut, varje.
        "och", "det", "att", "i", "en", "jag", "hon", "som", "han", "på", "den", "med", "var", "sig", "för", "så", "till", "är", "men",
        "ett", "om", "hade", "de", "av", "icke", "mig", "du", "henne", "då", "sin", "nu", "har", "inte", "hans", "honom", "skulle",
        "hennes", "där", "min", "man", "ej", "vid", "kunde", "något", "från", "när", "efter", "vi", "dem", "vara", "vad", "över",
        "än", "dig", "kan", "sina", "här", "ha", "mot", "under", "någon", "eller", "allt", "mycket", "sedan", "ju", "denna", "själv",
        "detta", "åt", "utan", "varit", "hur", "ingen", "mitt", "ni", "bli", "blev", "oss", "din", "dessa", "några", "deras", "blir",
        "mina", "vilken", "er", "sådan", "vår", "blivit", "dess", "inom", "mellan", "sådant", "varför", "vilka", "ditt", "vem",
        "vilket", "sitta", "sådana", "vart", "dina", "vars", "vårt", "våra", "ert", "era", "vilkas",

        // How staff write in a chat. Not "väl": folded it is "val" (election), a word the directory needs.
        "ska", "skall", "måste", "får", "fick", "kunna", "behöver", "behövs", "bör", "borde", "vill", "hej", "tack", "snälla", "typ",
        "liksom", "in", "nån", "nåt", "nått", "nåra", "sen", "va", "e", "o", "ok", "okej", "bara", "också", "även", "alltså",
        "göra", "gör", "gjorde", "gäller", "hos", "osv", "ngn", "ngt", "pga", "dvs", "egentligen", "nog", "isåfall", "isf", "iaf",
        "hen", "hens", "dom", "sånt", "sån", "såna", "kommer", "finns", "fanns", "sitt", "igen", "redan", "ens", "lite", "vet",
    ];

    /// <summary>Gets the parts looked for inside compounds (at least 4 letters, unstemmed). Only parts that carry meaning on
    /// their own; short or ambiguous ones ("svar" in "ansvar", "kommun" in "kommunikation") are left out on purpose.</summary>
    public static IReadOnlyList<string> CompoundParts { get; } =
    [
        "funktion", "brevlåda", "brevlådor", "epost", "mejl", "mail", "inkorg", "adress", "fråga", "frågor", "bygglov", "kommentar",
        "kurs", "kurser", "inbjudan", "inbjudning", "utbildning", "webbinarie", "webbinarium", "konferens", "överklag",
        "anmälan", "telefon", "meddelande", "handling", "diarie", "signatur", "hälsning", "konto", "kontor", "facebook", "instagram",
        "linkedin", "reklam", "utskick", "sefos", "röst", "kvittens", "kvitto", "bekräftelse", "chef", "registrator", "ciceron",
        "ärende", "arbetsdag", "helgdag", "kontaktcenter", "synpunkt", "klagomål", "kritik", "personnummer", "presidium", "frånvaro",
        "semester", "autosvar", "myndighet", "gallring", "tjänst", "svarstid", "öppettid", "inlägg", "skärmdump", "sekretess",
        "nyhetsbrev", "kalender", "avslag", "uppföljning", "riktlinje", "handläggare", "vidarebefordr", "historik",
    ];

    /// <summary>Gets the synonym groups; each member is read as its first member.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> SynonymGroups { get; } =
    [
        ["e-post", "epost", "mejl", "mail", "email", "e-mail", "mejla", "maila", "mejlade", "mailade", "e-postmeddelande"],
        ["diarieföra", "diarieförs", "diariefört", "diarieförd", "diarieförda", "diarieföring", "diarieföringen", "diarieförde",
            "registrera", "registreras", "registrerat", "registrerad", "registrerade", "registrering", "registreringen", "diarium", "diariet",
            "diarieför", "lägga in i diariet"],
        ["diarienummer", "dnr", "diarienr", "ärendenummer"],
        ["funktionsbrevlåda", "funktionsbrevlådan", "funktionsbrevlådor", "funktionsbrevlådorna", "funktionsbrevlådans", "funktionsadress",
            "funktionsadressen", "funktionsadresser", "funktionsmejl", "funktionsmejlen", "funktionsmail", "funktionsmejladress", "funktionskonto",
            "gemensam inkorg", "gemensamma inkorgen", "gemensam brevlåda", "gemensamma brevlådan", "gruppbrevlåda", "gruppbrevlådan",
            "delad brevlåda", "delade brevlådan", "delad inkorg", "delade inkorgen", "gemensam mejl", "gemensamma mejlen"],
        ["gallra", "gallras", "gallrar", "gallrat", "gallring", "gallringen", "radera", "raderar", "raderas", "raderat", "raderade",
            "slänga", "slänger", "slängt", "slängs", "ta bort", "tar bort", "tas bort", "tagit bort", "tog bort", "togs bort", "kasta",
            "kastar", "deleta", "rensa", "rensar", "förstöra", "förstörs", "makulera", "tömma", "tömmer"],
        ["sefos", "säker e-post", "säkert mejl", "säkra mejl", "säker mejl", "säkra meddelanden", "säkert meddelande", "säkra e-post",
            "krypterad", "krypterat", "krypterade", "kryptering", "krypterad e-post", "krypterat mejl", "krypterade mejl",
            "krypterade meddelanden", "krypterat meddelande"],
        ["röstbrevlåda", "röstbrevlådan", "röstbrevlådor", "röstbrevlådans", "röstmeddelande", "röstmeddelandet", "röstmeddelanden",
            "telefonsvarare", "telefonsvararen", "voicemail", "mobilsvar", "mobilsvaret", "röstbrevlådemeddelande"],
        ["allmän handling", "allmänna handlingar", "allmänna handlingen", "allmän handlingar", "offentlig handling", "offentliga handlingar",
            "offentliga handlingen", "offentliga handling"],
        ["utlämnande", "lämna ut", "lämnas ut", "lämnar ut", "begära ut", "begär ut", "begärde ut", "utlämning", "handlingsutlämnande",
            "få ut", "ta del", "tar del"],
        ["sociala medier", "sociala media", "socialmedia", "sociala kanaler", "facebook", "fb", "instagram", "insta", "linkedin",
            "twitter", "tiktok", "youtube"],
        ["kommunbrevlåda", "kommunbrevlådan", "kommun@osby.se", "kommunens brevlåda", "officiella adressen", "officiell adress",
            "officiella e-posten", "officiell e-post", "officiella e-postadressen", "kommunens e-postadress", "kommunens huvudadress"],
        ["kontaktcenteradress", "kontaktcenter@osby.se", "kontaktcenters adress", "kontaktcenters brevlåda", "kontaktcenters e-post",
            "kontaktcenters mejl", "kontaktcenters interna adress"],
        ["vidarebefordra", "vidarebefordrar", "vidarebefordras", "vidarebefordrat", "vidarebefordran", "vidarebefordrade", "forwarda",
            "forwardar", "forwardat", "skicka vidare", "skickar vidare", "skickat vidare", "skickas vidare", "skickade vidare", "fwd",
            "vb", "sänder vidare", "sända vidare"],
        ["fördela", "fördelar", "fördelas", "fördelat", "fördelade", "fördelning", "fördelningen"],
        ["bekräfta", "bekräftar", "bekräftat", "bekräftelse", "bekräftelsen", "kvittera", "kvitterar", "kvitterat", "kvittens",
            "kvittensen", "kvittering"],
        ["mottagningsbekräftelse", "mottagningsbekräftelsen", "mottagningsbevis", "mottagningskvitto", "bekräftelse på mottagande"],
        ["autosvar", "autosvaret", "frånvaromeddelande", "frånvaromeddelandet", "out of office", "autoreply", "ooo", "automatiskt frånvarosvar"],
        ["sjukanmälan", "sjukanmäla", "sjukanmäler", "anmäla sjuk", "anmäler sjuk", "anmälan om sjukdom", "sjukdom"],
        ["frånvaro", "frånvarande", "borta", "ledig", "ledighet", "tjänstledig", "föräldraledig", "bortrest", "sjukskriven",
            "sjukskrivning", "sjukfrånvaro"],
        ["svara", "svarar", "besvara", "besvaras", "besvarat", "besvarar", "svarat", "svaret", "svar"],
        ["återkoppling", "återkoppla", "återkopplar", "lägesrapport", "statusuppdatering", "delbesked", "mellanbesked", "lägesbesked"],
        ["olaglig", "olagliga", "olagligt", "olaga", "hets mot folkgrupp", "förtal", "olaga hot", "hot", "hotfull", "hotfulla", "hotar",
            "hotade", "rasism", "rasistisk", "rasistiska", "kränkande", "kränkning", "näthat", "hat", "hatkommentar", "trakasserier",
            "uthängning", "hänger ut", "hängs ut", "hänga ut", "förolämpning", "förolämpande", "integritetsintrång"],
        ["kontrollera", "kontrollerar", "kontrolleras", "kolla", "kollar", "kollat", "titta", "tittar", "bevaka", "bevakar", "bevakas",
            "gå igenom", "går igenom", "avlyssna", "avlyssnas"],
        ["dagligen", "varje dag", "varje arbetsdag", "daglig", "dagliga", "per dag", "en gång om dagen"],
        ["arbetsdag", "arbetsdagar", "arbetsdagen", "vardag", "vardagar", "vardagen"],
        ["helgdag", "helgdagar", "röd dag", "röda dagar", "röda dagen", "helgdagen", "allmän helgdag", "allmänna helgdagar"],
        ["frist", "fristen", "tidsfrist", "tidsfristen", "lagstadgad tid", "lagfrist", "lagstadgade tiden"],
        ["kontorstid", "kontorstiden", "kontorstider", "öppettid", "öppettider", "öppettiderna", "arbetstid", "arbetstiden"],
        ["sommartid", "vintertid", "normaltid", "tidsomställning", "klockan ställs om", "ställa om klockan", "ändra klockan"],
        ["tidszon", "tidszoner", "tidszonen", "utc", "svensk tid", "stockholmstid", "europe/stockholm"],
        ["signatur", "signaturen", "e-postsignatur", "mejlsignatur", "mailsignatur", "sidfot", "namnteckning"],
        ["hälsningsfras", "hälsningsfraser", "vänliga hälsningar", "vänlig hälsning", "mvh", "avslutningsfras"],
        ["klarspråk", "enkelt språk", "enkla ord", "begripligt", "fackuttryck", "fackspråk", "jargong", "krångligt", "byråkratiskt",
            "myndighetsspråk", "svåra ord", "fikonspråk"],
        ["avslag", "avslå", "avslår", "nej", "neka", "nekar", "nekat", "säga nej", "säger nej", "avslagsbeslut"],
        ["presidium", "presidiet", "ordförande", "ordföranden", "nämndordförande", "kommunalråd", "kommunalrådet"],
        ["kanslienheten", "kansliet", "kanslienhet", "kansli"],
        ["kommunikationsenheten", "kommunikationsenhet", "kommunikatör", "kommunikatören", "kommunikatörerna", "kommunikationsavdelningen"],
        ["känsliga uppgifter", "känslig", "känsliga", "känsligt", "personnummer", "personuppgifter", "personuppgift", "diagnos",
            "hälsouppgifter", "skyddade personuppgifter", "integritetskänslig", "integritetskänsliga"],
        ["ciceron", "ciceroninkorgen", "ärendesystemet", "ärendesystem", "diariesystemet", "ärendehanteringssystemet", "ärendehanteringssystem"],
        ["inkorg", "inkorgen", "inbox", "e-postlåda", "e-postlådan", "e-postlådor", "mejlbox", "mejlkorg", "mejllåda"],
        ["annan myndighet", "fel myndighet", "försäkringskassan", "skatteverket", "arbetsförmedlingen", "polisen", "regionen",
            "region skåne", "länsstyrelsen", "migrationsverket", "kronofogden", "statlig myndighet", "annan myndighets", "sjukpenning",
            "föräldrapenning", "bostadsbidrag", "deklaration", "a-kassa", "sjukvård", "vårdcentral", "körkort", "pass"],
        ["invånare", "invånaren", "invånarna", "medborgare", "medborgaren", "medborgarna", "kommuninvånare",
            "privatperson", "privatpersoner", "kommunmedborgare"],
        ["originalavsändare", "ursprunglig avsändare", "ursprungliga avsändaren", "första avsändaren", "originalavsändaren"],
        ["sändningshistorik", "sändningshistoriken", "historik", "historiken", "mejltråd", "mejltråden", "mejlkedja", "mejlkedjan",
            "e-posttråd", "konversationshistorik"],
        ["dubblett", "dubbletter", "dubbelt", "två gånger", "flera gånger", "tre gånger"],
        ["ersättare", "ersättaren", "vikarie", "vikarien", "ställföreträdare", "backup", "reserv"],
        ["huvudregistrator", "huvudregistratorn", "centrala registratorn", "centrala registrator"],
        ["inaktivera", "inaktiveras", "inaktiverad", "avveckla", "avvecklas", "lägga ner", "läggs ner", "lagts ner", "lägga ned",
            "läggs ned", "stänga ner", "stängs ner"],
        ["kurs", "kurser", "kursen", "utbildning", "utbildningar", "utbildningen", "webbinarium", "webbinarier", "webinar", "seminarium",
            "seminarier", "konferens", "konferenser", "föreläsning"],
        ["reklam", "reklamutskick", "spam", "skräppost", "säljmejl", "nyhetsbrev", "nyhetsbrevet", "marknadsföring", "direktreklam",
            "säljerbjudande"],
    ];
}
