using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Osby.Policy.Text;

namespace Osby.Policy.Routing;

/// <summary>Advises where an inbound message belongs and what follows, under rules RT-1 … RT-16 and the mailbox directory.</summary>
/// <remarks>
/// <para>The checks run in this order; the first that applies decides the action:</para>
/// <list type="number">
/// <item><description>Information value 2–3 outside SEFOS → <see cref="RoutingAction.UseSefos"/> (RT-14).</description></item>
/// <item><description>Sent to a deactivated mailbox → <see cref="RoutingAction.RedirectDeactivatedMailbox"/> (RT-10).</description></item>
/// <item><description>Social media: a possibly illegal comment → <see cref="RoutingAction.SaveRegisterAndRemove"/> (RT-16);
/// criticism → <see cref="RoutingAction.ConsultManager"/> (RT-13); otherwise answered there (RT-13, DL-1).</description></item>
/// <item><description>Sent to kontaktcenter@osby.se: sick reports and phone referrals are answered there; anything else is
/// <see cref="RoutingAction.MisroutedInternalMailbox"/> (RT-2, RT-15).</description></item>
/// <item><description>Advertising or routine mail → <see cref="RoutingAction.NoDutyToForward"/> (RT-6). Only a confident
/// verdict counts: a real matter called advertising would go unanswered.</description></item>
/// <item><description>"Vidarebefordras till …-presidium/förvaltningschef" → <see cref="RoutingAction.ForwardWithCopyToKanslienheten"/> (RT-5);
/// a sender's wish to spread a mail is only a wish (RT-4).</description></item>
/// <item><description>Otherwise the message's words are matched against the central mailboxes' areas with the same Swedish
/// analysis as the knowledge base (RT-12): a clear match is forwarded (RT-1, RT-7), a message that arrived straight in the
/// right function mailbox is answered there (RT-3), and anything unclear goes to Kanslienheten with ranked alternatives (RT-7).</description></item>
/// </list>
/// <para>Instances are immutable and thread-safe; build a new router when the directory is reloaded.</para>
/// </remarks>
public sealed partial class Router
{
    /// <summary>The confidence from which a decision is presented as certain.</summary>
    internal const double CertainThreshold = 0.8;

    private static readonly Dictionary<string, string> BodyAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ks"] = "kommunstyrelsen",
        ["kf"] = "kommunfullmäktige",
        ["bun"] = "barn- och utbildningsnämnden",
        ["sn"] = "socialnämnden",
        ["sbn"] = "samhällsbyggnadsnämnden",
    };

    private readonly SwedishTextAnalysis analysis = SwedishTextAnalysis.Default;
    private readonly (Manager Manager, HashSet<string> UnitTerms)[] managers;

    /// <summary>Creates a router over a mailbox directory.</summary>
    /// <param name="directory">The directory (Bilaga 2).</param>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    public Router(MailboxDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory = directory;
        managers = [.. directory.Managers.Select(m => (m, analysis.DistinctTerms(m.Unit).ToHashSet(StringComparer.Ordinal)))];
    }

    /// <summary>Gets the directory the router uses.</summary>
    public MailboxDirectory Directory { get; }

    /// <summary>Advises where a message belongs.</summary>
    /// <param name="message">The message.</param>
    /// <param name="today">Today's date in Stockholm, to tell whether a deactivated mailbox's transition period is over; null to skip that check.</param>
    /// <returns>The decision, with reasons and — when not sure — ranked alternatives.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public RoutingDecision Route(InboundMessage message, LocalDate? today = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var routing = new Routing(this, message);
        return routing.UseSefos()
            ?? routing.Redirect(today)
            ?? routing.SocialMedia()
            ?? routing.Kontaktcenter()
            ?? routing.Routine()
            ?? routing.ToPresidiumOrHead()
            ?? routing.ByArea();
    }

    [GeneratedRegex(@"vidarebefordra(?:s|s?\s+vänligen)?\s+till\s+(?<who>[\p{L}\p{N}\s\-–]{0,60}?)\s*-?\s*(?<role>presidi(?:um|et)|förvaltningschef(?:en)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PresidiumOrHeadPattern();

    [GeneratedRegex(@"(?:skicka|sprid|sprida|vidarebefordra|dela|maila|mejla)\w*\s+(?:\w+\s+){0,3}?till\s+(?:alla|samtliga|hela)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpreadWishPattern();

    [GeneratedRegex(@"allmänn?a? handling(?:ar|en)?|ta del av|begär(?:a|er)? ut|begär(?:an)? att få|utlämnande", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublicDocumentPattern();

    [GeneratedRegex(@"hets mot folkgrupp|\bska (?:dö|döda|skjuta|slå ihjäl|spränga)\b|\bdöda (?:dig|er|honom|henne|dem)\b|\bslå ihjäl\b|\bhänga (?:dig|er|honom|henne|dem)\b|\bjag vet var du bor\b|\bförtjänar att dö\b|\bpedofil\b|\bbarnporr\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IllegalPattern();

    [GeneratedRegex(@"klagomål|missnöjd|skandal|inkompetent|skäms|skämmas|bedrövlig|uselt?|katastrof|kritik|synpunkt|förbannad|upprörd|dålig|oacceptabel", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CriticismPattern();

    /// <summary>One routing of one message.</summary>
    private sealed class Routing
    {
        private const RoutingObligations Matter =
            RoutingObligations.AcknowledgeWithinOneWorkingDay | RoutingObligations.Register;

        private const RoutingObligations ForwardedMatter = Matter | RoutingObligations.RequestConfirmation;

        private readonly Router router;
        private readonly InboundMessage message;
        private readonly string text;
        private readonly HashSet<string> terms;
        private readonly List<RoutingReason> notes = [];
        private readonly RoutingObligations extra;

        public Routing(Router router, InboundMessage message)
        {
            this.router = router;
            this.message = message;
            text = message.Subject + "\n" + message.Body;
            terms = [.. router.analysis.Terms(text)];
            Addressed = [.. (message.ArrivedIn is { } arrived ? [arrived] : message.To.Concat(message.Cc))
                .Select(router.Directory.Find)
                .OfType<FunctionMailbox>()];
            bool documentRequest = message.Channel == Channel.PublicDocumentRequest || PublicDocumentPattern().IsMatch(text);
            if (documentRequest)
            {
                extra = RoutingObligations.HandleSameDay;
                notes.Add(new("Det är en begäran om allmän handling: den ska hanteras skyndsamt, normalt samma dag.", "DL-8"));
            }

            if (SpreadWishPattern().IsMatch(text))
            {
                notes.Add(new("Avsändarens önskan om att sprida mejlet är bara en önskan: den som tar emot (registratorn, vid behov med chef) bestämmer fördelningen.", "RT-4"));
            }
        }

        private MailboxDirectory Directory => router.Directory;

        /// <summary>Gets the mailboxes the message was addressed to or arrived in, as found in the directory.</summary>
        private IReadOnlyList<FunctionMailbox> Addressed { get; }

        public RoutingDecision? UseSefos()
        {
            if (message.InformationValue is not >= 2 || message.Channel == Channel.Sefos)
            {
                return null;
            }

            return Decide(
                RoutingAction.UseSefos,
                null,
                null,
                Matter | extra,
                1.0,
                new RoutingReason(Invariant($"Meddelandet har informationsvärde {message.InformationValue}: fortsätt kontakten i SEFOS, inte i vanlig e-post eller chatt. Skicka inte innehållet vidare med vanlig e-post."), "RT-14"));
        }

        public RoutingDecision? Redirect(LocalDate? today)
        {
            FunctionMailbox? closed = Addressed.FirstOrDefault(m => !m.IsActive);
            if (closed is null || closed.RedirectTo is null)
            {
                return null;
            }

            FunctionMailbox? successor = Directory.Find(closed.RedirectTo);
            var reasons = new List<RoutingReason>
            {
                new RoutingReason($"Funktionsbrevlådan {closed.Address} är avvecklad; post till den går under en övergångstid till {closed.RedirectTo}.", "RT-10"),
            };
            if (today is { } day && closed.RedirectUntil is { } until && day > until)
            {
                reasons.Add(new RoutingReason(Invariant($"Övergångstiden slutade {until:yyyy-MM-dd}: be avsändaren använda {closed.RedirectTo} och se till att länkar till den gamla adressen tas bort."), "RT-10"));
            }

            return Decide(RoutingAction.RedirectDeactivatedMailbox, closed.RedirectTo, successor?.Name, ForwardedMatter | extra, 1.0, [.. reasons]);
        }

        public RoutingDecision? SocialMedia()
        {
            if (message.Channel is not (Channel.SocialMediaComment or Channel.SocialMediaMessage))
            {
                return null;
            }

            if (IllegalPattern().IsMatch(text))
            {
                return Decide(
                    RoutingAction.SaveRegisterAndRemove,
                    null,
                    null,
                    RoutingObligations.Register,
                    0.7,
                    new RoutingReason("Inlägget kan vara olagligt (hot, hets mot folkgrupp, förtal eller liknande). Spara det, diarieför det och ta sedan bort det i samråd med din chef; bedömningen är din.", "RT-16"),
                    new RoutingReason("Ett inlägg som tas bort ska sparas och diarieföras först.", "RC-4"));
            }

            if (CriticismPattern().IsMatch(text))
            {
                return Decide(
                    RoutingAction.ConsultManager,
                    null,
                    null,
                    Matter,
                    0.85,
                    new RoutingReason("Kritik eller synpunkter i sociala medier besvaras först efter samråd med chefen, och dialogen flyttas till en annan kanal.", "RT-13"),
                    new RoutingReason("Synpunkter som kommer via sociala medier diarieförs alltid.", "RC-4"));
            }

            return DecideWithAlternatives(
                RoutingAction.AnswerDirectly,
                null,
                null,
                RoutingObligations.AcknowledgeWithinOneWorkingDay | extra,
                0.8,
                [new RoutingReason("Frågor i kommunens sociala medier besvaras där, inom en arbetsdag. Kontakta Kommunikationsenheten vid frågor om kanalen.", "RT-13")],
                Candidates());
        }

        public RoutingDecision? Kontaktcenter()
        {
            FunctionMailbox? internalBox = Addressed.FirstOrDefault(m => m.Kind == MailboxKind.Internal);
            if (internalBox is null)
            {
                return null;
            }

            bool itsOwnBusiness = internalBox.Areas.Any(a => a.KeywordTerms.Any(k => k.All(terms.Contains)));
            if (itsOwnBusiness)
            {
                return Decide(
                    RoutingAction.AnswerDirectly,
                    internalBox.Address,
                    internalBox.Name,
                    RoutingObligations.None,
                    0.9,
                    new RoutingReason($"{internalBox.Address} är till för sjukanmälningar och telefonhänvisningar, och det här är ett sådant ärende.", "RT-2"));
            }

            return Decide(
                RoutingAction.MisroutedInternalMailbox,
                Directory.Official.Address,
                Directory.Official.Name,
                Matter | extra,
                0.9,
                new RoutingReason($"{internalBox.Address} är en intern adress bara för sjukanmälningar och telefonhänvisningar; det här hör inte dit.", "RT-2"),
                new RoutingReason($"Skicka det vidare till {Directory.Official.Address} och berätta för avsändaren att det är kommunens väg in.", "RT-15"));
        }

        public RoutingDecision? Routine()
        {
            RoutineMailAssessment assessment = RoutineMailDetector.Assess(message);
            if (assessment.Verdict != RoutineMailVerdict.Routine)
            {
                if (assessment.Verdict == RoutineMailVerdict.Uncertain)
                {
                    notes.Add(new("Det kan vara reklam eller ett massutskick, men det är inte säkert: behandla det som ett ärende tills du har läst det.", "RT-6"));
                }

                return null;
            }

            var reasons = new List<RoutingReason>
            {
                new RoutingReason("Reklam, kurserbjudanden och annat av rutinkaraktär behöver inte skickas vidare; registratorn avgör om något är värt att föra vidare, annars kan det markeras som läst eller raderas enligt gallringsplanen.", "RT-6"),
            };
            reasons.AddRange(assessment.Signals.Where(s => s.IndicatesRoutine).Select(s => new RoutingReason(s.Description, "RT-6")));
            return Decide(RoutingAction.NoDutyToForward, null, null, RoutingObligations.None, assessment.Confidence, [.. reasons]);
        }

        public RoutingDecision? ToPresidiumOrHead()
        {
            Match match = PresidiumOrHeadPattern().Match(text);
            if (!match.Success)
            {
                return null;
            }

            bool presidium = match.Groups["role"].Value.StartsWith("presidi", StringComparison.OrdinalIgnoreCase);
            string who = match.Groups["who"].Value.Trim(' ', '-', '–');
            who = BodyAbbreviations.TryGetValue(who, out string? full) ? full : who;
            var whoTerms = router.analysis.DistinctTerms(who).ToHashSet(StringComparer.Ordinal);
            Manager? manager = router.managers
                .Where(m => m.Manager.Role == (presidium ? ManagerRole.Presidium : ManagerRole.HeadOfAdministration))
                .Select(m => (m.Manager, Overlap: m.UnitTerms.Count(whoTerms.Contains)))
                .Where(x => x.Overlap > 0)
                .OrderByDescending(x => x.Overlap)
                .Select(x => x.Manager)
                .FirstOrDefault();
            UnitContact kansli = Directory.Unit(UnitRole.Kanslienheten);
            var reasons = new List<RoutingReason>
            {
                new RoutingReason($"Mejlet ska enligt avsändaren vidarebefordras till {match.Value.Trim()}: skicka det dit med kopia till {kansli.Name} ({kansli.Address}).", "RT-5"),
            };
            if (manager is null)
            {
                reasons.Add(new RoutingReason($"Jag hittar inte \"{who}\" bland cheferna och presidierna i katalogen: kontrollera mottagaren med {kansli.Name}.", "RT-7"));
            }

            return new RoutingDecision(
                RoutingAction.ForwardWithCopyToKanslienheten,
                manager?.Email,
                manager?.Name,
                [kansli.Address],
                ForwardedMatter | extra,
                [.. reasons, .. notes],
                manager is null ? 0.5 : 0.9,
                []);
        }

        public RoutingDecision ByArea()
        {
            IReadOnlyList<RoutingAlternative> candidates = Candidates();
            FunctionMailbox? arrivedIn = Addressed.FirstOrDefault(m => m.Kind is MailboxKind.Central or MailboxKind.Unit && m.IsActive);
            RoutingAlternative? best = candidates.Count > 0 ? candidates[0] : null;

            if (arrivedIn is not null && (best is null || string.Equals(best.Address, arrivedIn.Address, StringComparison.OrdinalIgnoreCase) || best.Confidence < CertainThreshold))
            {
                return DecideWithAlternatives(
                    RoutingAction.AnswerDirectly,
                    arrivedIn.Address,
                    arrivedIn.Name,
                    Matter | extra,
                    best is null || string.Equals(best.Address, arrivedIn.Address, StringComparison.OrdinalIgnoreCase) ? 0.85 : 0.6,
                    [new RoutingReason($"Det kom direkt till {arrivedIn.Name} ({arrivedIn.Address}), dit avsändaren får vända sig; hantera det där.", "RT-3")],
                    [.. candidates.Where(c => !string.Equals(c.Address, arrivedIn.Address, StringComparison.OrdinalIgnoreCase))]);
            }

            if (best is not null && best.Confidence >= CertainThreshold)
            {
                var reasons = new List<RoutingReason>
                {
                    new RoutingReason($"Det hör till {best.Name} ({best.Address}): {best.Reason}. Be om bekräftelse när du skickar det; du är ansvarig tills mottagaren har bekräftat.", "RT-7"),
                };
                if (arrivedIn is not null)
                {
                    reasons.Add(new RoutingReason($"Det kom till fel funktionsbrevlåda ({arrivedIn.Address}): skicka det vidare och berätta det för avsändaren.", "RT-15"));
                }

                if (Directory.Find(best.Address)?.Substitute is { } substitute)
                {
                    reasons.Add(new RoutingReason($"Är registratorn borta läser ersättaren {substitute.Name} brevlådan.", "RT-11"));
                }

                return DecideWithAlternatives(RoutingAction.ForwardToMailbox, best.Address, best.Name, ForwardedMatter | extra, best.Confidence, [.. reasons], [.. candidates.Skip(1)]);
            }

            FunctionMailbox official = Directory.Official;
            bool simpleQuestion = official.Areas.Any(a => a.KeywordTerms.Any(k => k.All(terms.Contains)));
            if (best is null && simpleQuestion)
            {
                return Decide(
                    RoutingAction.AnswerDirectly,
                    official.Address,
                    official.Name,
                    RoutingObligations.AcknowledgeWithinOneWorkingDay | extra,
                    0.8,
                    new RoutingReason("En enkel fråga som Kontaktcenter kan besvara direkt.", "RT-1"));
            }

            UnitContact kansli = Directory.Unit(UnitRole.Kanslienheten);
            string why = best is null
                ? "Inget i meddelandet pekar ut en funktionsbrevlåda"
                : $"Det är inte säkert vart det hör: bäst är {best.Name} ({best.Confidence.ToString("P0", CultureInfo.InvariantCulture)})";
            return DecideWithAlternatives(
                RoutingAction.ConsultKanslienheten,
                kansli.Address,
                kansli.Name,
                ForwardedMatter | extra,
                best?.Confidence ?? 0.3,
                [new RoutingReason($"{why}. Rådgör med {kansli.Name} eller den förvaltning det troligen hör till innan du skickar det vidare, och skicka det inte till flera i hopp om att någon tar det.", "RT-7")],
                candidates);
        }

        /// <summary>Central mailboxes ranked by how many of their area keywords the message contains.</summary>
        private IReadOnlyList<RoutingAlternative> Candidates()
        {
            var scored = new List<(FunctionMailbox Mailbox, double Score, List<string> Matched)>();
            foreach (FunctionMailbox mailbox in Directory.Mailboxes)
            {
                if (!mailbox.IsActive || mailbox.Kind != MailboxKind.Central)
                {
                    continue;
                }

                double score = 0;
                var matched = new List<string>();
                foreach (ResponsibilityArea area in mailbox.Areas)
                {
                    for (int i = 0; i < area.Keywords.Count; i++)
                    {
                        var keywordTerms = area.KeywordTerms[i];
                        if (keywordTerms.Length > 0 && keywordTerms.All(terms.Contains))
                        {
                            score += 1 + (0.5 * (keywordTerms.Length - 1));
                            matched.Add(area.Keywords[i]);
                        }
                    }
                }

                if (score > 0)
                {
                    scored.Add((mailbox, score, matched));
                }
            }

            scored.Sort((a, b) => b.Score.CompareTo(a.Score));
            double total = scored.Sum(s => s.Score);
            double top = scored.Count > 0 ? scored[0].Score : 0;
            return [.. scored.Select((s, i) => new RoutingAlternative(
                s.Mailbox.Address,
                s.Mailbox.Name,
                Math.Round(s.Score / total * Math.Min(1, 0.6 + (0.2 * top)) * (i == 0 ? 1 : s.Score / top), 2),
                "meddelandet nämner " + string.Join(", ", s.Matched.Distinct(StringComparer.OrdinalIgnoreCase).Select(k => $"\"{k}\""))))];
        }

        private RoutingDecision Decide(RoutingAction action, string? target, string? name, RoutingObligations obligations, double confidence, params RoutingReason[] reasons) =>
            DecideWithAlternatives(action, target, name, obligations, confidence, reasons, []);

        private RoutingDecision DecideWithAlternatives(RoutingAction action, string? target, string? name, RoutingObligations obligations, double confidence, RoutingReason[] reasons, IReadOnlyList<RoutingAlternative> alternatives) =>
            new(action, target, name, [], obligations, [.. reasons, .. notes], Math.Round(confidence, 2), alternatives);

        private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
    }
}
