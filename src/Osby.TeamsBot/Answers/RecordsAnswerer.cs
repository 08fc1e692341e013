using System.Text.RegularExpressions;
using NodaTime;
using Osby.Policy;
using Osby.Policy.Records;
using Osby.TeamsBot.Understanding;

namespace Osby.TeamsBot.Answers;

/// <summary>Answers "ska det här diarieföras?" by describing the document as an <see cref="IncomingDocument"/>.</summary>
/// <remarks>
/// <para>The facts are read from the question's words (the library never guesses them from content):</para>
/// <list type="bullet">
/// <item><description>kind: "reklam", "nyhetsbrev", "erbjudande", "kursinbjudan", "utskick" → advertising or routine;
/// "synpunkt", "klagomål", "beröm", "kritik" → feedback; an illegal, threatening or hateful comment ("olaglig", "hot",
/// "hets", "förtal", "kränkande") on social media → illegal comment;</description></item>
/// <item><description>"sekretess", "sekretessbelagd", "hemlig" → secret; a diarienummer ("KS 2026/123", "BoU 2025-45") or
/// "befintligt/pågående ärende", "hör till ett ärende" → part of an existing matter; "ringa betydelse" → obviously of little
/// importance; "hållas ordnad" → kept in order;</description></item>
/// <item><description>the channel from <see cref="ChannelPhrases"/> (an unclear social-media channel counts as a message,
/// or a comment when the question is about an illegal comment; no channel at all counts as e-mail, which changes no
/// advice); the arrival date and time from the question, else now.</description></item>
/// </list>
/// <para>A SEFOS message needs its latest activity; without a date the answer is <see langword="null"/> and the caller asks.
/// Immutable and thread-safe.</para>
/// </remarks>
internal static partial class RecordsAnswerer
{
    /// <summary>Answers a records question.</summary>
    /// <param name="text">The question.</param>
    /// <param name="when">The date and time the question gives.</param>
    /// <param name="now">Now, in Stockholm.</param>
    /// <returns>The answer, or null for a SEFOS message whose latest activity the question does not give.</returns>
    public static RecordsAnswer? Answer(string text, ArrivalPhrase when, ZonedDateTime now)
    {
        string folded = SwedishText.Fold(text);
        Understood<Channel> read = ChannelPhrases.Read(folded);
        bool social = ChannelPhrases.MentionsSocialMedia(folded);
        bool illegal = IllegalPattern().IsMatch(folded) && (social || folded.Contains("kommentar", StringComparison.Ordinal));
        Channel channel = read.IsFound ? read.Value
            : read.Status == UnderstoodStatus.Ambiguous ? (illegal ? Channel.SocialMediaComment : Channel.SocialMediaMessage)
            : Channel.PersonalEmail;
        if (illegal)
        {
            channel = Channel.SocialMediaComment;
        }

        DocumentKind kind = illegal ? DocumentKind.IllegalComment
            : FeedbackPattern().IsMatch(folded) ? DocumentKind.Feedback
            : AdvertisingPattern().IsMatch(folded) ? DocumentKind.AdvertisingOrRoutine
            : DocumentKind.Ordinary;

        Instant nowInstant = now.ToInstant();
        Instant arrival = nowInstant;
        if (when.Date.IsFound)
        {
            LocalDateTime local = when.Date.Value + (when.Time.IsFound ? when.Time.Value : LocalTime.Noon);
            Instant candidate = local.InZoneLeniently(now.Zone).ToInstant();
            if (candidate <= nowInstant && local.Year >= 1970)
            {
                arrival = candidate;
            }
        }

        if (channel == Channel.Sefos && !when.Date.IsFound)
        {
            return null;
        }

        Match number = DiarienummerPattern().Match(text);
        bool existing = number.Success || ExistingMatterPattern().IsMatch(folded);
        var document = new IncomingDocument(
            channel,
            arrival,
            kind,
            sefosLastActivity: channel == Channel.Sefos ? arrival : null,
            isSecret: SecretPattern().IsMatch(folded),
            isPartOfExistingMatter: existing,
            diarienummer: number.Success ? number.Value.Trim() : null,
            isObviouslyOfLittleImportance: LittleImportancePattern().IsMatch(folded),
            isKeptInOrderByPlan: KeptInOrderPattern().IsMatch(folded));
        RecordsAdvice advice = RecordsAdvice.For(document, nowInstant);
        return new RecordsAnswer(Summary(advice, now), advice);
    }

    private static string Summary(RecordsAdvice advice, ZonedDateTime now) => advice.Action switch
    {
        RecordsAction.RegisterWithoutDelay => "Ja, diarieför det utan dröjsmål.",
        RecordsAction.RegisterOnExistingMatter => $"Ja, diarieför det i det befintliga ärendet {advice.Diarienummer}.",
        RecordsAction.RegistratorDecides =>
            "Ja, det hör till ett befintligt ärende: ge registratorn diarienumret, eller låt registratorn välja ärende.",
        RecordsAction.NoRegistrationMayBeDeleted => "Nej, det behöver inte diarieföras och får raderas enligt gallringsplanen.",
        RecordsAction.KeepInOrder => "Det behöver inte diarieföras, men det ska hållas ordnat enligt informationshanteringsplanen.",
        RecordsAction.SaveAndRegisterBeforeRemoval => "Spara och diarieför kommentaren först, och ta sedan bort den i samråd med din chef.",
        RecordsAction.RegisterOrMoveBeforeSefosPurge when advice.IsPurged =>
            "SEFOS har redan rensat konversationen; be avsändaren skicka det som ska sparas igen.",
        RecordsAction.RegisterOrMoveBeforeSefosPurge when advice.PurgeAt is { } purge =>
            $"Diarieför eller flytta det ur SEFOS före {SwedishDateText.Format(purge.InZone(now.Zone).LocalDateTime, now.Year)}.",
        RecordsAction.RegisterOrMoveBeforeSefosPurge => "Diarieför eller flytta det ur SEFOS innan konversationen rensas.",
        _ => advice.Reason,
    };

    [GeneratedRegex(@"olaglig|\bhot\b|hotfull|hotelse|\bhotar\b|\bhets\b|hets mot folkgrupp|fortal|krankande|rasistisk|barnporr|olag", RegexOptions.CultureInvariant)]
    private static partial Regex IllegalPattern();

    [GeneratedRegex(@"synpunkt|klagomal|klagar|\bberom|kritik|missnojd|tack(?:sam)?\s+for\s+(?:bra|god)", RegexOptions.CultureInvariant)]
    private static partial Regex FeedbackPattern();

    // "reklam" but not "reklamation" (a complaint), "spam" as a word (not inside "betalningspåminnelse").
    [GeneratedRegex(@"reklam(?!ation)|nyhetsbrev|erbjudande|kursinbjudan|inbjudan\s+till\s+(?:en\s+)?kurs|utskick|marknadsforing|annons|rutinutskick|\bspam\b", RegexOptions.CultureInvariant)]
    private static partial Regex AdvertisingPattern();

    [GeneratedRegex(@"sekretess|hemlig|skyddade\s+personuppgifter|skyddad\s+identitet", RegexOptions.CultureInvariant)]
    private static partial Regex SecretPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}[\p{L}]{0,4}\s?\d{4}[/-]\d{1,5}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DiarienummerPattern();

    [GeneratedRegex(@"befintligt?\s+arende|pagaende\s+arende|\bhor\s+till\s+(?:ett|ett\s+annat|ett\s+redan)\b|redan\s+(?:ett\s+)?(?:oppet\s+)?arende|komplettering", RegexOptions.CultureInvariant)]
    private static partial Regex ExistingMatterPattern();

    [GeneratedRegex(@"ringa\s+betydelse|oviktig|betydelselos", RegexOptions.CultureInvariant)]
    private static partial Regex LittleImportancePattern();

    [GeneratedRegex(@"hallas\s+ordnad|halls\s+ordnad|hallas\s+i\s+ordning", RegexOptions.CultureInvariant)]
    private static partial Regex KeptInOrderPattern();
}
