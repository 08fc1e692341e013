using Osby.Policy.Calendar;
using Osby.Policy.Records;

namespace Osby.Policy.Tests.Records;

/// <summary>Registration advice from the rules RC-1…RC-8, DL-4, DL-9, RT-6, RT-13 and RT-16 (shared/domain/RULES.md).</summary>
public sealed class RecordsAdviceTests
{
    private static readonly DateTimeZone Stockholm = BusinessClock.Stockholm.Zone;

    // Monday 2 November 2026, 10:15 in Stockholm (CET): the running example.
    private static readonly Instant Monday1015 = At(2026, 11, 2, 10, 15);

    /// <summary>Realistic situations, each with what the rules say must happen.</summary>
    private static readonly Dictionary<string, Scenario> Situations = new()
    {
        // Ordinary public documents (RC-1, RC-7, DL-9).
        ["Invånare mejlar kommun@osby.se om bygglov"] = new(
            new(Channel.OfficialMailbox, Monday1015),
            RecordsAction.RegisterWithoutDelay, ["RC-1", "RC-7", "DL-9"],
            ["Diarieför utan dröjsmål", "allmän handling som har kommit in till kommunen", "registrator", "2 november 2026", "inkomstdatum"]),
        ["Ansökan om färdtjänst via e-tjänst"] = new(
            new(Channel.EService, Monday1015),
            RecordsAction.RegisterWithoutDelay, ["RC-1", "RC-7", "DL-9"],
            ["utan dröjsmål", "allmän handling"]),
        ["Internt expedierat ärende i Ciceron-inkorgen"] = new(
            new(Channel.CiceronInbox, Monday1015),
            RecordsAction.RegisterWithoutDelay, ["RC-1", "RC-7", "DL-9"],
            ["utan dröjsmål"]),
        ["Mejl som kom in 00.10 svensk tid (23.10 UTC dagen före) får Stockholmsdatumet"] = new(
            new(Channel.FunctionMailbox, At(2026, 11, 30, 0, 10)),
            RecordsAction.RegisterWithoutDelay, ["RC-1", "RC-7", "DL-9"],
            ["30 november 2026 som inkomstdatum", "först kom in till kommunen"]),
        ["Mejl fredag kväll, vidarebefordrat av kontaktcenter på måndagen: inkomstdatum är fredagen"] = new(
            new(Channel.OfficialMailbox, At(2026, 11, 27, 22, 40)),
            RecordsAction.RegisterWithoutDelay, ["RC-1", "RC-7", "DL-9"],
            ["27 november 2026 som inkomstdatum", "även om den har skickats vidare"]),

        // Advertising and routine mail (RC-2, RT-6, RC-8).
        ["Kurserbjudande till funktionsbrevlådan"] = new(
            new(Channel.FunctionMailbox, Monday1015, DocumentKind.AdvertisingOrRoutine),
            RecordsAction.NoRegistrationMayBeDeleted, ["RC-2", "RT-6", "RC-8"],
            ["Ingen diarieföring", "dokument av ringa eller tillfällig betydelse enligt kommunens gallringsplan", "inte bekräfta", "registrator avgör", "tas bort"]),
        ["Reklam för kontorsmaterial till egen e-post"] = new(
            new(Channel.PersonalEmail, Monday1015, DocumentKind.AdvertisingOrRoutine),
            RecordsAction.NoRegistrationMayBeDeleted, ["RC-2", "RT-6", "RC-8"],
            ["markeras som läst", "gallringsplan"]),

        // Obviously of little importance (RC-7, RC-8) and kept in order (RC-7).
        ["Bekräftelse av mötestid, uppenbart av ringa betydelse"] = new(
            new(Channel.PersonalEmail, Monday1015, isObviouslyOfLittleImportance: true),
            RecordsAction.NoRegistrationMayBeDeleted, ["RC-7", "RC-8"],
            ["uppenbart av ringa betydelse", "dokument av ringa eller tillfällig betydelse enligt kommunens gallringsplan"]),
        ["Leverantörsfaktura som enligt informationshanteringsplanen hålls ordnad"] = new(
            new(Channel.FunctionMailbox, Monday1015, isKeptInOrderByPlan: true),
            RecordsAction.KeepInOrder, ["RC-7", "RC-8"],
            ["hållas ordnad", "informationshanteringsplan", "inte av sekretess", "får inte tas bort"]),

        // Secrecy: always registered (RC-7).
        ["Sekretessbelagd ansökan om ekonomiskt bistånd via e-tjänst"] = new(
            new(Channel.EService, Monday1015, isSecret: true),
            RecordsAction.RegisterWithoutDelay, ["RC-7", "DL-9"],
            ["omfattas av sekretess", "alltid diarieföras", "avsändare", "utelämnas"]),
        ["Utskick som ser ut som rutinpost men innehåller sekretessuppgifter"] = new(
            new(Channel.FunctionMailbox, Monday1015, DocumentKind.AdvertisingOrRoutine, isSecret: true),
            RecordsAction.RegisterWithoutDelay, ["RC-7", "DL-9"],
            ["omfattas av sekretess", "alltid diarieföras", "även om den annars hade fått tas bort som rutinpost."]),
        ["Sekretessuppgift av till synes ringa betydelse"] = new(
            new(Channel.PersonalEmail, Monday1015, isSecret: true, isObviouslyOfLittleImportance: true),
            RecordsAction.RegisterWithoutDelay, ["RC-7", "DL-9"],
            ["alltid diarieföras", "även om den annars hade fått tas bort som handling av ringa betydelse"]),
        ["Sekretessbelagd handling av ett slag som planen annars håller ordnat"] = new(
            new(Channel.FunctionMailbox, Monday1015, isSecret: true, isKeptInOrderByPlan: true),
            RecordsAction.RegisterWithoutDelay, ["RC-7", "DL-9"],
            ["omfattas av sekretess", "Det räcker inte att hålla den ordnad"]),

        // Social media (RC-4, RT-13, RT-16).
        ["Synpunkt om snöröjningen i en kommentar på Facebook"] = new(
            new(Channel.SocialMediaComment, Monday1015, DocumentKind.Feedback),
            RecordsAction.RegisterWithoutDelay, ["RC-4", "RC-7", "RT-13", "DL-9"],
            ["synpunkter som kommer in via sociala medier ska alltid diarieföras", "samråd med chef", "annan kanal"]),
        ["Kritik i ett privat meddelande på Instagram"] = new(
            new(Channel.SocialMediaMessage, Monday1015, DocumentKind.Feedback),
            RecordsAction.RegisterWithoutDelay, ["RC-4", "RC-7", "RT-13", "DL-9"],
            ["alltid diarieföras", "samråd med chef"]),
        ["Kort synpunkt på Facebook som verkar oviktig: diarieförs ändå"] = new(
            new(Channel.SocialMediaComment, Monday1015, DocumentKind.Feedback, isObviouslyOfLittleImportance: true),
            RecordsAction.RegisterWithoutDelay, ["RC-4", "RC-7", "RT-13", "DL-9"],
            ["alltid diarieföras", "även om den annars hade fått tas bort"]),
        ["Synpunkt via e-tjänsten för felanmälan: vanlig allmän handling"] = new(
            new(Channel.EService, Monday1015, DocumentKind.Feedback),
            RecordsAction.RegisterWithoutDelay, ["RC-1", "RC-7", "DL-9"],
            ["allmän handling"]),
        ["Hets mot folkgrupp i en kommentar på kommunens Facebooksida"] = new(
            new(Channel.SocialMediaComment, Monday1015, DocumentKind.IllegalComment),
            RecordsAction.SaveAndRegisterBeforeRemoval, ["RC-4", "RT-16", "RT-13", "DL-9"],
            ["Spara och diarieför kommentaren innan du tar bort den", "skärmbild eller export", "samråd med chef", "kommunikationsenheten"]),
        ["Förtal av en handläggare i en kommentar om bygglovsärende MBN 2026-88"] = new(
            new(Channel.SocialMediaComment, Monday1015, DocumentKind.IllegalComment, isPartOfExistingMatter: true, diarienummer: "MBN 2026-88"),
            RecordsAction.SaveAndRegisterBeforeRemoval, ["RC-4", "RT-16", "RT-13", "RC-3", "RC-7", "DL-9"],
            ["innan du tar bort den", "på ärende MBN 2026-88"],
            Diarienummer: "MBN 2026-88"),

        // Existing matters (RC-3).
        ["Komplettering till bygglovsärende med känt diarienummer"] = new(
            new(Channel.PersonalEmail, Monday1015, isPartOfExistingMatter: true, diarienummer: "MBN 2026-112"),
            RecordsAction.RegisterOnExistingMatter, ["RC-3", "RC-7", "DL-9"],
            ["på ärende MBN 2026-112", "Ange diarienumret MBN 2026-112", "registrator", "diarieför den själv"],
            Diarienummer: "MBN 2026-112"),
        ["Svar från leverantör i en upphandling, diarienumret okänt"] = new(
            new(Channel.FunctionMailbox, Monday1015, isPartOfExistingMatter: true),
            RecordsAction.RegistratorDecides, ["RC-3", "RC-6", "RC-7", "DL-9"],
            ["Låt registrator avgöra var handlingen ska diarieföras", "avgör vilket ärende", "öppnar ett nytt ärende", "pågående ärende"]),
        ["Tack-mejl i ett pågående ärende: hör till ärendet, diarieförs"] = new(
            new(Channel.PersonalEmail, Monday1015, isPartOfExistingMatter: true, diarienummer: "KS 2026-7", isObviouslyOfLittleImportance: true),
            RecordsAction.RegisterOnExistingMatter, ["RC-3", "RC-7", "DL-9"],
            ["på ärende KS 2026-7", "även om den annars hade fått tas bort som handling av ringa betydelse"],
            Diarienummer: "KS 2026-7"),
        ["Sekretessbelagd handling i ett socialtjänstärende med diarienummer"] = new(
            new(Channel.FunctionMailbox, Monday1015, isSecret: true, isPartOfExistingMatter: true, diarienummer: "SN 2026-301"),
            RecordsAction.RegisterOnExistingMatter, ["RC-3", "RC-7", "DL-9"],
            ["på ärende SN 2026-301", "omfattas av sekretess", "utelämnas"],
            Diarienummer: "SN 2026-301"),

        // SEFOS (RC-5, DL-4): last activity Monday 2 November 2026 10:15 → purge Monday 7 December 2026 10:15.
        ["SEFOS-meddelande från Region Skåne om en patient (sekretess)"] = new(
            new(Channel.Sefos, Monday1015, sefosLastActivity: Monday1015, isSecret: true),
            RecordsAction.RegisterOrMoveBeforeSefosPurge, ["RC-5", "DL-4", "RC-7", "DL-9"],
            ["Flytta meddelandet ur SEFOS före måndag 7 december 2026 kl. 10.15", "35 dagar efter senaste aktivitet", "omfattas av sekretess", "verksamhetssystem"],
            Purge: new LocalDateTime(2026, 12, 7, 10, 15)),
        ["SEFOS-meddelande som kom 20 oktober, senaste aktivitet 2 november"] = new(
            new(Channel.Sefos, At(2026, 10, 20, 9, 0), sefosLastActivity: Monday1015),
            RecordsAction.RegisterOrMoveBeforeSefosPurge, ["RC-5", "DL-4", "RC-1", "RC-7", "DL-9"],
            ["7 december 2026 kl. 10.15", "allmän handling", "20 oktober 2026 som inkomstdatum"],
            Purge: new LocalDateTime(2026, 12, 7, 10, 15)),
        ["SEFOS över sommartidens slut: 10.15 sommartid → 10.15 normaltid"] = new(
            new(Channel.Sefos, At(2026, 10, 20, 10, 15), sefosLastActivity: At(2026, 10, 20, 10, 15)),
            RecordsAction.RegisterOrMoveBeforeSefosPurge, ["RC-5", "DL-4", "RC-1", "RC-7", "DL-9"],
            ["tisdag 24 november 2026 kl. 10.15"],
            Purge: new LocalDateTime(2026, 11, 24, 10, 15)),
        ["SEFOS i ärende SN 2026-45"] = new(
            new(Channel.Sefos, Monday1015, sefosLastActivity: Monday1015, isPartOfExistingMatter: true, diarienummer: "SN 2026-45"),
            RecordsAction.RegisterOrMoveBeforeSefosPurge, ["RC-5", "DL-4", "RC-3", "RC-7", "DL-9"],
            ["7 december 2026 kl. 10.15", "på ärende SN 2026-45"],
            Diarienummer: "SN 2026-45", Purge: new LocalDateTime(2026, 12, 7, 10, 15)),
        ["SEFOS i pågående ärende, diarienumret okänt"] = new(
            new(Channel.Sefos, Monday1015, sefosLastActivity: Monday1015, isPartOfExistingMatter: true),
            RecordsAction.RegisterOrMoveBeforeSefosPurge, ["RC-5", "DL-4", "RC-3", "RC-6", "RC-7", "DL-9"],
            ["7 december 2026 kl. 10.15", "avgör vilket ärende"],
            Purge: new LocalDateTime(2026, 12, 7, 10, 15)),
        ["SEFOS-handling som planen håller ordnad: flyttas före gallringen"] = new(
            new(Channel.Sefos, Monday1015, sefosLastActivity: Monday1015, isKeptInOrderByPlan: true),
            RecordsAction.RegisterOrMoveBeforeSefosPurge, ["RC-5", "DL-4", "RC-7", "RC-8"],
            ["7 december 2026 kl. 10.15", "hållas ordnad"],
            Purge: new LocalDateTime(2026, 12, 7, 10, 15)),
        ["SEFOS-meddelande av ringa betydelse: får gallras automatiskt"] = new(
            new(Channel.Sefos, Monday1015, sefosLastActivity: Monday1015, isObviouslyOfLittleImportance: true),
            RecordsAction.NoRegistrationMayBeDeleted, ["RC-7", "RC-8", "DL-4"],
            ["Ingen diarieföring", "gallringsplan", "gallrar konversationen automatiskt måndag 7 december 2026 kl. 10.15"],
            Purge: new LocalDateTime(2026, 12, 7, 10, 15)),
        ["SEFOS, frågan ställs 8 december: gallringen har redan skett"] = new(
            new(Channel.Sefos, Monday1015, sefosLastActivity: Monday1015),
            RecordsAction.RegisterOrMoveBeforeSefosPurge, ["RC-5", "DL-4", "RC-1", "RC-7", "DL-9"],
            ["SEFOS gallrade konversationen måndag 7 december 2026 kl. 10.15", "har redan passerat", "finns inte längre kvar i SEFOS", "ska det diarieföras nu", "gallrats utan att ha diarieförts"],
            Purge: new LocalDateTime(2026, 12, 7, 10, 15), Now: At(2026, 12, 8, 9, 0), Purged: true),
        ["SEFOS, frågan ställs 6 december: gallringen väntar fortfarande"] = new(
            new(Channel.Sefos, Monday1015, sefosLastActivity: Monday1015),
            RecordsAction.RegisterOrMoveBeforeSefosPurge, ["RC-5", "DL-4", "RC-1", "RC-7", "DL-9"],
            ["Flytta meddelandet ur SEFOS före måndag 7 december 2026 kl. 10.15"],
            Purge: new LocalDateTime(2026, 12, 7, 10, 15), Now: At(2026, 12, 6, 16, 0)),
    };

    public static TheoryData<string> SituationNames => [.. Situations.Keys];

    [Theory]
    [MemberData(nameof(SituationNames))]
    public void For_RealisticSituation_GivesTheActionRulesAndReasonTheRulesRequire(string situation)
    {
        Scenario s = Situations[situation];

        RecordsAdvice advice = RecordsAdvice.For(s.Document, s.Now);

        advice.Action.Should().Be(s.Action);
        advice.Citations.Select(c => c.RuleId).Should().BeEquivalentTo(s.RuleIds);
        foreach (string words in s.KeyWords)
        {
            advice.Reason.Should().Contain(words);
        }

        advice.Diarienummer.Should().Be(s.Diarienummer);
        advice.ArrivalDate.Should().Be(s.Document.FirstArrival.InZone(Stockholm).Date);
        if (s.Purge is { } purge)
        {
            advice.PurgeAt.Should().Be(Stockholm.AtStrictly(purge).ToInstant());
            advice.PurgeDate.Should().Be(purge.Date);
        }
        else
        {
            advice.PurgeAt.Should().BeNull();
            advice.PurgeDate.Should().BeNull();
        }

        advice.IsPurged.Should().Be(s.Purged);
    }

    [Fact]
    public void For_SefosExample_PurgesOnTheSevenOfDecemberAtQuarterPastTen()
    {
        var advice = RecordsAdvice.For(new IncomingDocument(Channel.Sefos, Monday1015, sefosLastActivity: Monday1015));

        advice.PurgeAt!.Value.InZone(Stockholm).LocalDateTime.Should().Be(new LocalDateTime(2026, 12, 7, 10, 15));
        advice.PurgeDate.Should().Be(new LocalDate(2026, 12, 7));
        advice.Reason.Should().StartWith("Flytta meddelandet ur SEFOS före måndag 7 december 2026 kl. 10.15:");
    }

    [Fact]
    public void For_SefosAskedExactlyAtThePurgeInstant_SaysItHasHappened()
    {
        var document = new IncomingDocument(Channel.Sefos, Monday1015, sefosLastActivity: Monday1015);
        Instant purge = At(2026, 12, 7, 10, 15);

        RecordsAdvice.For(document, purge).IsPurged.Should().BeTrue();
        RecordsAdvice.For(document, purge - Duration.FromSeconds(1)).IsPurged.Should().BeFalse();
    }

    [Fact]
    public void For_SefosWithoutNow_NeverClaimsThePurgeHappened()
    {
        var advice = RecordsAdvice.For(new IncomingDocument(Channel.Sefos, At(2020, 1, 2, 9, 0), sefosLastActivity: At(2020, 1, 2, 9, 0)));

        advice.IsPurged.Should().BeFalse();
        advice.Reason.Should().NotContain("redan");
    }

    [Fact]
    public void For_NowBeforeFirstArrival_ThrowsNamingNow() =>
        FluentActions.Invoking(() => RecordsAdvice.For(new IncomingDocument(Channel.FunctionMailbox, Monday1015), Monday1015 - Duration.FromMinutes(1)))
            .Should().Throw<ArgumentException>().WithParameterName("now").WithMessage("*before the document first arrived*");

    [Fact]
    public void For_NowBeforeLatestSefosActivity_ThrowsNamingNow()
    {
        var document = new IncomingDocument(Channel.Sefos, At(2026, 10, 20, 9, 0), sefosLastActivity: Monday1015);

        FluentActions.Invoking(() => RecordsAdvice.For(document, At(2026, 10, 25, 9, 0)))
            .Should().Throw<ArgumentException>().WithParameterName("now").WithMessage("*latest SEFOS activity*");
    }

    [Fact]
    public void For_NullDocument_Throws() =>
        FluentActions.Invoking(() => RecordsAdvice.For(null!)).Should().Throw<ArgumentNullException>().WithParameterName("document");

    [Fact]
    public void ToString_IsTheReason()
    {
        var advice = RecordsAdvice.For(new IncomingDocument(Channel.OfficialMailbox, Monday1015));

        advice.ToString().Should().Be(advice.Reason);
    }

    /// <summary>Every valid combination of channel, kind and facts, checked against the rules that hold whatever else is true.</summary>
    [Fact]
    public void For_EveryCombination_KeepsTheInvariantsOfTheRules()
    {
        int checkedCount = 0;
        foreach (IncomingDocument document in AllValidDocuments())
        {
            RecordsAdvice advice = RecordsAdvice.For(document);
            var ids = advice.Citations.Select(c => c.RuleId).ToList();
            bool registers = advice.Action is RecordsAction.RegisterWithoutDelay or RecordsAction.RegisterOnExistingMatter
                or RecordsAction.RegistratorDecides or RecordsAction.SaveAndRegisterBeforeRemoval
                || (advice.Action == RecordsAction.RegisterOrMoveBeforeSefosPurge && !ids.Contains("RC-8"));
            string because = $"{document.Channel}, {document.Kind}, secret {document.IsSecret}, matter {document.IsPartOfExistingMatter}/{document.Diarienummer}, "
                + $"little {document.IsObviouslyOfLittleImportance}, ordered {document.IsKeptInOrderByPlan}: {advice.Reason}";

            Enum.IsDefined(advice.Action).Should().BeTrue(because);
            advice.Reason.Should().NotBeNullOrWhiteSpace(because);
            ids.Should().NotBeEmpty(because).And.OnlyHaveUniqueItems(because);

            // RC-7: secret documents are always registered; RC-4: social-media feedback and removed comments too.
            if (document.IsSecret || document.Kind == DocumentKind.IllegalComment
                || (document.Kind == DocumentKind.Feedback && document.Channel is Channel.SocialMediaComment or Channel.SocialMediaMessage))
            {
                registers.Should().BeTrue(because);
            }

            // RC-8: an answer that allows deletion names the gallringsplan.
            if (advice.Action == RecordsAction.NoRegistrationMayBeDeleted)
            {
                ids.Should().Contain("RC-8", because);
                advice.Reason.Should().Contain("dokument av ringa eller tillfällig betydelse enligt kommunens gallringsplan", because);
                document.IsSecret.Should().BeFalse(because);
                document.IsPartOfExistingMatter.Should().BeFalse(because);
            }

            // DL-9: whatever is registered gets the date of first arrival.
            if (registers)
            {
                ids.Should().Contain("DL-9", because);
                advice.Reason.Should().Contain(SwedishDate(advice.ArrivalDate) + " som inkomstdatum", because);
            }

            // RC-7: only non-secret documents may be kept in order instead of registered.
            if (advice.Action == RecordsAction.KeepInOrder)
            {
                document.IsSecret.Should().BeFalse(because);
            }

            // RC-5, DL-4: SEFOS always carries the purge; other channels never do.
            (advice.PurgeAt is not null).Should().Be(document.Channel == Channel.Sefos, because);
            if (document.Channel == Channel.Sefos)
            {
                ids.Should().Contain("DL-4", because);
                advice.Reason.Should().Contain("7 december 2026 kl. 10.15", because);
            }

            // RC-3: a known diarienummer is passed on and named.
            advice.Diarienummer.Should().Be(document.Diarienummer, because);
            if (document.Diarienummer is { } number)
            {
                advice.Reason.Should().Contain(number, because);
                ids.Should().Contain("RC-3", because);
            }

            checkedCount++;
        }

        checkedCount.Should().BeGreaterThan(500);
    }

    private static IEnumerable<IncomingDocument> AllValidDocuments()
    {
        bool[] both = [false, true];
        (bool Matter, string? Number)[] matters = [(false, null), (true, null), (true, "KS 2026-1")];
        foreach (Channel channel in Enum.GetValues<Channel>())
        {
            foreach (DocumentKind kind in Enum.GetValues<DocumentKind>())
            {
                if (kind == DocumentKind.IllegalComment && channel != Channel.SocialMediaComment)
                {
                    continue;
                }

                foreach (bool secret in both)
                {
                    foreach (var (matter, number) in matters)
                    {
                        foreach (bool little in both)
                        {
                            foreach (bool ordered in both)
                            {
                                yield return new IncomingDocument(
                                    channel,
                                    Monday1015,
                                    kind,
                                    channel == Channel.Sefos ? Monday1015 : null,
                                    secret,
                                    matter,
                                    number,
                                    little,
                                    ordered);
                            }
                        }
                    }
                }
            }
        }
    }

    private static string SwedishDate(LocalDate date)
    {
        string[] months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
        return $"{date.Day} {months[date.Month - 1]} {date.Year}";
    }

    private static Instant At(int year, int month, int day, int hour, int minute) =>
        Stockholm.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    private sealed record Scenario(
        IncomingDocument Document,
        RecordsAction Action,
        string[] RuleIds,
        string[] KeyWords,
        string? Diarienummer = null,
        LocalDateTime? Purge = null,
        Instant? Now = null,
        bool Purged = false);
}
