using System.Collections.Immutable;
using NodaTime;
using Osby.Policy.Calendar;
using Osby.Policy.Deadlines;
using Osby.Policy.Rules;
using Osby.Policy.Text;

namespace Osby.Policy.Records;

/// <summary>Advice on registering (diarieföra) an incoming document: what to do, why in plain Swedish, and the rules it rests on.</summary>
/// <remarks>
/// <para>Get one with <see cref="For"/>. The advice follows the rule catalogue (RC-1…RC-8, DL-4, DL-9, RT-6, RT-13, RT-16):
/// public documents are registered without delay; secret ones always; advertising and documents obviously of little importance
/// need not be and may be deleted under the gallringsplan; non-secret documents the information management plan keeps in order
/// may be kept in order instead.</para>
/// <para><b>Precedence.</b> When several facts apply, the first matching line decides <see cref="Action"/>; the facts below it still
/// add their instructions and citations to <see cref="Reason"/> and <see cref="Citations"/>.</para>
/// <list type="number">
/// <item><description>An illegal social-media comment → <see cref="RecordsAction.SaveAndRegisterBeforeRemoval"/>: once removed it is
/// gone, so saving it comes first (RC-4, RT-16).</description></item>
/// <item><description>A SEFOS message with anything to keep (every case below except no registration) →
/// <see cref="RecordsAction.RegisterOrMoveBeforeSefosPurge"/>: the purge is irreversible and has a date (RC-5, DL-4). A matter's
/// diarienummer, or the registrator's choice of matter, is still given in the reason and in <see cref="Diarienummer"/>.</description></item>
/// <item><description>Part of an existing matter → <see cref="RecordsAction.RegisterOnExistingMatter"/> with a known diarienummer,
/// otherwise <see cref="RecordsAction.RegistratorDecides"/> (RC-3).</description></item>
/// <item><description>Secret, or feedback via social media → <see cref="RecordsAction.RegisterWithoutDelay"/> (RC-7, RC-4).</description></item>
/// <item><description>Advertising or routine mail, or obviously of little importance →
/// <see cref="RecordsAction.NoRegistrationMayBeDeleted"/>, naming the gallringsplan (RC-2, RT-6, RC-7, RC-8).</description></item>
/// <item><description>Kept in order under the information management plan → <see cref="RecordsAction.KeepInOrder"/> (RC-7).</description></item>
/// <item><description>Otherwise → <see cref="RecordsAction.RegisterWithoutDelay"/> (RC-1, RC-7).</description></item>
/// </list>
/// <para>The principle behind the order: when the facts pull different ways, keep the document. Wrongly registering costs a
/// registrator a minute; wrongly deleting is gallring without a decision (arkivlagen 10 §, RC-8) and cannot be undone. So secrecy,
/// social-media feedback, an illegal comment and membership of an existing matter all override "advertising", "of little
/// importance" and "kept in order" — a document that belongs to a matter is not one the matter can do without.</para>
/// <para>Feedback counts as "always registered" (RC-4) only when it came through social media, as the rule catalogue scopes it;
/// feedback by e-mail or e-service is an ordinary public document. Other channels (e-mail, function mailboxes, kommun@osby.se,
/// e-services, the Ciceron inbox, voicemail, requests for public documents) do not change the advice by themselves.</para>
/// <para>With a "now" at or after the SEFOS purge, <see cref="IsPurged"/> is true and the reason says plainly that the message is
/// gone from SEFOS and what can still be done.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class RecordsAdvice
{
    private static readonly DateTimeZone Stockholm = BusinessClock.Stockholm.Zone;

    private RecordsAdvice(
        RecordsAction action,
        string reason,
        ImmutableArray<RuleCitation> citations,
        string? diarienummer,
        LocalDate arrivalDate,
        Instant? purgeAt,
        bool isPurged)
    {
        Action = action;
        Reason = reason;
        Citations = citations;
        Diarienummer = diarienummer;
        ArrivalDate = arrivalDate;
        PurgeAt = purgeAt;
        PurgeDate = purgeAt?.InZone(Stockholm).Date;
        IsPurged = isPurged;
    }

    // What the document needs, before the SEFOS and illegal-comment overlays decide the headline.
    private enum Need
    {
        Register,
        RegisterOnMatter,
        RegistratorChoosesMatter,
        NoRegistration,
        KeepInOrder,
    }

    /// <summary>Gets what to do.</summary>
    public RecordsAction Action { get; }

    /// <summary>Gets what to do and why, in plain Swedish for staff, e.g. "Diarieför utan dröjsmål: det är en allmän handling som har kommit in till kommunen …".</summary>
    public string Reason { get; }

    /// <summary>Gets the rules the advice rests on, the deciding rule first, each once.</summary>
    public IReadOnlyList<RuleCitation> Citations { get; }

    /// <summary>Gets the diarienummer of the existing matter to register on and to give the registrator (rule RC-3), or null when none is known.</summary>
    public string? Diarienummer { get; }

    /// <summary>Gets the date of arrival for the register: the Stockholm date the document first reached the municipality (rules DL-9 and RC-7).</summary>
    /// <remarks>Always set; it matters when the action registers the document.</remarks>
    public LocalDate ArrivalDate { get; }

    /// <summary>Gets when SEFOS purges the conversation (35 calendar days after its latest activity, rule DL-4), or null for other channels.</summary>
    public Instant? PurgeAt { get; }

    /// <summary>Gets the Stockholm date of <see cref="PurgeAt"/>, or null for other channels.</summary>
    public LocalDate? PurgeDate { get; }

    /// <summary>Gets a value indicating whether the SEFOS purge had already happened at the "now" given to <see cref="For"/>.</summary>
    /// <remarks>False for other channels and when no "now" was given.</remarks>
    public bool IsPurged { get; }

    /// <summary>Advises on registering an incoming document.</summary>
    /// <param name="document">What arrived.</param>
    /// <param name="now">
    /// The current instant, if known; for a SEFOS message the advice then says clearly when the purge has already happened. Not before the
    /// document's first arrival or its latest SEFOS activity. Read it from an injected <see cref="IClock"/>.
    /// </param>
    /// <returns>The advice; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="now"/> is before the document's first arrival or its latest SEFOS activity.</exception>
    public static RecordsAdvice For(IncomingDocument document, Instant? now = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (now is { } n)
        {
            if (n < document.FirstArrival)
            {
                throw new ArgumentException($"The current instant {n} is before the document first arrived ({document.FirstArrival}).", nameof(now));
            }

            if (document.SefosLastActivity is { } last && n < last)
            {
                throw new ArgumentException($"The current instant {n} is before the latest SEFOS activity ({last}).", nameof(now));
            }
        }

        return new Builder(document, now).Build();
    }

    /// <summary>Returns <see cref="Reason"/>.</summary>
    /// <returns>The reason in Swedish.</returns>
    public override string ToString() => Reason;

    private sealed class Builder
    {
        private readonly IncomingDocument doc;
        private readonly List<string> sentences = [];
        private readonly List<RuleCitation> citations = [];
        private readonly Instant? purgeAt;
        private readonly bool isPurged;
        private readonly string? purgeText;

        public Builder(IncomingDocument document, Instant? now)
        {
            doc = document;
            if (document.SefosLastActivity is { } last)
            {
                purgeAt = SefosRetention.PurgeAt(last, Stockholm);
                isPurged = now >= purgeAt;
                purgeText = SwedishDateText.DateAndTime(purgeAt.Value.InZone(Stockholm).LocalDateTime);
            }
        }

        private bool IsSefos => purgeAt is not null;

        private bool IsIllegalComment => doc.Kind == DocumentKind.IllegalComment;

        private bool IsSocialMediaFeedback =>
            doc.Kind == DocumentKind.Feedback && doc.Channel is Channel.SocialMediaMessage or Channel.SocialMediaComment;

        private bool MustRegister => doc.IsSecret || IsSocialMediaFeedback || IsIllegalComment;

        private bool IsDisposable => doc.Kind == DocumentKind.AdvertisingOrRoutine || doc.IsObviouslyOfLittleImportance;

        public RecordsAdvice Build()
        {
            Need need = doc.IsPartOfExistingMatter ? (doc.Diarienummer is null ? Need.RegistratorChoosesMatter : Need.RegisterOnMatter)
                : MustRegister ? Need.Register
                : IsDisposable ? Need.NoRegistration
                : doc.IsKeptInOrderByPlan ? Need.KeepInOrder
                : Need.Register;
            bool registers = need is Need.Register or Need.RegisterOnMatter or Need.RegistratorChoosesMatter;

            RecordsAction action = IsIllegalComment ? RecordsAction.SaveAndRegisterBeforeRemoval
                : IsSefos && need != Need.NoRegistration ? RecordsAction.RegisterOrMoveBeforeSefosPurge
                : need switch
                {
                    Need.RegisterOnMatter => RecordsAction.RegisterOnExistingMatter,
                    Need.RegistratorChoosesMatter => RecordsAction.RegistratorDecides,
                    Need.NoRegistration => RecordsAction.NoRegistrationMayBeDeleted,
                    Need.KeepInOrder => RecordsAction.KeepInOrder,
                    _ => RecordsAction.RegisterWithoutDelay,
                };

            if (IsIllegalComment)
            {
                Say(
                    "Spara och diarieför kommentaren innan du tar bort den: den strider mot lagen och ska tas bort i samråd med chef, men borttagna kommentarer ska diarieföras. "
                    + "Spara först ner den med en skärmbild eller export där text, avsändare, datum och sammanhang syns, diarieför det sparade och ta sedan bort kommentaren.",
                    "RC-4", "RT-16", "RT-13");
            }

            if (action == RecordsAction.RegisterOrMoveBeforeSefosPurge)
            {
                if (isPurged)
                {
                    Say(
                        $"SEFOS gallrade konversationen {purgeText}, 35 dagar efter senaste aktivitet. Den tiden har redan passerat, så meddelandet finns inte längre kvar i SEFOS. "
                        + "Finns innehållet sparat någon annanstans, till exempel i ett svar eller en utskrift, ska det diarieföras nu. Berätta annars för registrator att meddelandet har gallrats utan att ha diarieförts.",
                        "RC-5", "DL-4");
                }
                else
                {
                    Say(
                        $"Flytta meddelandet ur SEFOS före {purgeText}: då gallrar SEFOS konversationen automatiskt, 35 dagar efter senaste aktivitet. "
                        + "Det som ska bevaras måste dessförinnan flyttas till en annan plats, till exempel diarieföras eller registreras i ett annat verksamhetssystem; annars går det förlorat.",
                        "RC-5", "DL-4");
                }
            }

            switch (need)
            {
                case Need.Register when !IsIllegalComment:
                    SayWhyRegister();
                    break;
                case Need.RegisterOnMatter:
                    Say(
                        $"Diarieför handlingen utan dröjsmål på ärende {doc.Diarienummer}: den hör till det pågående ärendet. "
                        + $"Ange diarienumret {doc.Diarienummer} när du ber registrator diarieföra den, eller diarieför den själv på ärendet.",
                        "RC-3", "RC-7");
                    break;
                case Need.RegistratorChoosesMatter:
                    Say(
                        "Låt registrator avgöra var handlingen ska diarieföras: den hör till ett pågående ärende, men diarienumret är inte känt. "
                        + "Skicka den utan dröjsmål till förvaltningens registrator och skriv tydligt att den hör till ett pågående ärende. "
                        + "Registrator avgör vilket ärende den ska diarieföras på, eller öppnar ett nytt ärende.",
                        "RC-3", "RC-6", "RC-7");
                    break;
                case Need.NoRegistration:
                    SayNoRegistration();
                    break;
                case Need.KeepInOrder:
                    Say(
                        "Ingen diarieföring behövs, men handlingen ska hållas ordnad: den omfattas inte av sekretess, och enligt kommunens informationshanteringsplan hålls sådana handlingar ordnade i stället för att diarieföras. "
                        + "Spara den där sådana handlingar hålls ordnade, så att det utan svårighet går att se att den har kommit in. Den får inte tas bort utan stöd i kommunens gallringsplan.",
                        "RC-7", "RC-8");
                    break;
            }

            if (registers)
            {
                SayWhatItOverrides();
            }

            if (IsSocialMediaFeedback)
            {
                if (need != Need.Register || doc.IsSecret)
                {
                    Say("Synpunkter som kommer in via sociala medier ska alltid diarieföras.", "RC-4");
                }

                Say("Svara på synpunkten först efter samråd med chef, och flytta dialogen till en annan kanal, till exempel telefon eller e-post.", "RT-13");
            }

            if (doc.IsSecret && registers)
            {
                if (need != Need.Register || IsIllegalComment)
                {
                    Say("Handlingen omfattas av sekretess och ska alltid diarieföras.", "RC-7");
                }

                Say("I diariet får avsändare och beskrivningen av vad handlingen rör utelämnas om det behövs för att skydda sekretessen.", "RC-7");
            }

            if (registers)
            {
                Say(
                    $"Ange {SwedishDateText.Date(ArrivalDateOf(doc))} som inkomstdatum i diariet: det är dagen då handlingen först kom in till kommunen, även om den har skickats vidare sedan dess.",
                    "DL-9");
            }

            if (IsIllegalComment)
            {
                Say("Vid osäkerhet: kontakta kommunikationsenheten.", "RT-13");
            }

            return new RecordsAdvice(
                action,
                string.Join(" ", sentences),
                [.. citations],
                doc.Diarienummer,
                ArrivalDateOf(doc),
                purgeAt,
                isPurged);
        }

        private static LocalDate ArrivalDateOf(IncomingDocument document) => document.FirstArrival.InZone(Stockholm).Date;

        private void SayWhyRegister()
        {
            if (doc.IsSecret)
            {
                Say("Diarieför utan dröjsmål: handlingen omfattas av sekretess, och sekretessbelagda handlingar ska alltid diarieföras.", "RC-7");
            }
            else if (IsSocialMediaFeedback)
            {
                Say("Diarieför utan dröjsmål: synpunkter som kommer in via sociala medier ska alltid diarieföras.", "RC-4", "RC-7");
            }
            else
            {
                Say(
                    "Diarieför utan dröjsmål: det är en allmän handling som har kommit in till kommunen, och inget undantag från diarieföringen gäller. "
                    + "Se till att förvaltningens registrator får den, eller diarieför den själv.",
                    "RC-1", "RC-7");
            }
        }

        private void SayNoRegistration()
        {
            if (doc.Kind == DocumentKind.AdvertisingOrRoutine)
            {
                Say(
                    "Ingen diarieföring behövs: reklam och erbjudanden om utbildningar, köp och liknande är rutinpost. "
                    + "Den får markeras som läst eller tas bort utan att vidarebefordras, som dokument av ringa eller tillfällig betydelse enligt kommunens gallringsplan. "
                    + "Du behöver inte bekräfta att du hanterar den; registrator avgör om ett erbjudande ändå är värt att skicka vidare.",
                    "RC-2", "RT-6", "RC-8");
            }
            else
            {
                Say(
                    "Ingen diarieföring behövs: handlingen är uppenbart av ringa betydelse för kommunens verksamhet. "
                    + "Den får tas bort som dokument av ringa eller tillfällig betydelse enligt kommunens gallringsplan.",
                    "RC-7", "RC-8");
            }

            if (IsSefos)
            {
                Say(
                    isPurged
                        ? $"SEFOS gallrade konversationen automatiskt {purgeText}, 35 dagar efter senaste aktivitet; den behövde inte flyttas dessförinnan."
                        : $"SEFOS gallrar konversationen automatiskt {purgeText}, 35 dagar efter senaste aktivitet; du behöver inte flytta meddelandet dessförinnan.",
                    "DL-4");
            }
        }

        private void SayWhatItOverrides()
        {
            string? otherwise = (doc.Kind == DocumentKind.AdvertisingOrRoutine, doc.IsObviouslyOfLittleImportance) switch
            {
                (true, true) => "rutinpost eller som handling av ringa betydelse",
                (true, false) => "rutinpost",
                (false, true) => "handling av ringa betydelse",
                _ => null,
            };
            if (otherwise is not null)
            {
                Say($"Den ska diarieföras även om den annars hade fått tas bort som {otherwise}.");
            }

            if (doc.IsKeptInOrderByPlan)
            {
                Say("Det räcker inte att hålla den ordnad enligt informationshanteringsplanen; den ska diarieföras.");
            }
        }

        private void Say(string sentence, params string[] ruleIds)
        {
            sentences.Add(sentence);
            foreach (string id in ruleIds)
            {
                RuleCitation citation = RuleCitation.For(id);
                if (!citations.Contains(citation))
                {
                    citations.Add(citation);
                }
            }
        }
    }
}
