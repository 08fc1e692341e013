using System.Text.RegularExpressions;
using NodaTime;
using Osby.Policy;
using Osby.Policy.Routing;
using Osby.TeamsBot.Understanding;

namespace Osby.TeamsBot.Answers;

/// <summary>Answers "vart ska det här?" by describing the matter to the <see cref="Router"/> as an inbound message.</summary>
/// <remarks>
/// The question itself is the message: the router reads its words for responsibility areas, routine mail, presidium
/// wording and so on. It is addressed to the osby.se address the question names (the first one the directory knows), or
/// to kommun@osby.se. The channel is the one the question names, else the official mailbox or a function mailbox by
/// the address. Immutable and thread-safe.
/// </remarks>
internal sealed partial class RoutingAnswerer
{
    /// <summary>The sender given to the router; the question does not say who wrote the mail.</summary>
    private const string UnknownSender = "invanare@example.se";

    private readonly Router router;

    /// <summary>Creates the answerer.</summary>
    /// <param name="directory">The function mailboxes (Bilaga 2).</param>
    public RoutingAnswerer(MailboxDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        router = new Router(directory);
    }

    /// <summary>Routes the matter a question describes.</summary>
    /// <param name="text">The question.</param>
    /// <param name="today">Today in Stockholm (deactivated mailboxes redirect until a date).</param>
    /// <returns>The routing answer.</returns>
    public RoutingAnswer Answer(string text, LocalDate today)
    {
        MailboxDirectory directory = router.Directory;
        string? addressed = AddressPattern().Matches(text)
            .Select(m => m.Value.TrimEnd('.'))
            .FirstOrDefault(a => directory.Find(a) is not null);
        string to = addressed ?? MailboxDirectory.OfficialAddress;
        Understood<Channel> read = ChannelPhrases.Read(text);
        Channel channel = read.IsFound && read.Value is not (Channel.PersonalEmail or Channel.OfficialMailbox or Channel.FunctionMailbox)
            ? read.Value
            : read.Status == UnderstoodStatus.Ambiguous
                ? Channel.SocialMediaMessage
                : string.Equals(to, MailboxDirectory.OfficialAddress, StringComparison.OrdinalIgnoreCase)
                    ? Channel.OfficialMailbox
                    : Channel.FunctionMailbox;
        string matter = QuestionFramePattern().Replace(AddressPattern().Replace(text, " "), " ").Trim();
        if (matter.Length == 0)
        {
            matter = text;
        }

        var message = new InboundMessage(UnknownSender, [to], matter, matter, channel);
        RoutingDecision decision = router.Route(message, today);
        return new RoutingAnswer(Summary(decision, to), decision);
    }

    private string Summary(RoutingDecision d, string to)
    {
        string target = d.Target is null ? string.Empty : d.TargetName is { } name ? $"{name} ({d.Target})" : d.Target;
        string kansli = router.Directory.Unit(UnitRole.Kanslienheten).Address;
        string text = d.Action switch
        {
            RoutingAction.ForwardToMailbox when d.IsCertain => $"Skicka det till {target} och be om en bekräftelse.",
            RoutingAction.ForwardToMailbox => $"Det hör troligen till {target}, men jag är inte säker.",
            RoutingAction.ForwardWithCopyToKanslienheten => $"Skicka det till {target} med kopia till kanslienheten.",
            RoutingAction.RedirectDeactivatedMailbox => $"{to} är avaktiverad. Skicka det till {target}.",
            RoutingAction.MisroutedInternalMailbox =>
                $"{to} är bara till för sjukanmälan och telefonhänvisningar. Skicka det till {(target.Length > 0 ? target : MailboxDirectory.OfficialAddress)}.",
            RoutingAction.AnswerDirectly => "Svara direkt; det behöver inte skickas vidare.",
            RoutingAction.NoDutyToForward => "Det ser ut som reklam eller ett rutinutskick: du behöver inte skicka det vidare, och det får raderas.",
            RoutingAction.ConsultManager => "Rådgör med din chef innan du svarar, och flytta dialogen till en annan kanal.",
            RoutingAction.UseSefos => "Uppgifterna ska skickas via SEFOS, inte med vanlig e-post.",
            RoutingAction.SaveRegisterAndRemove => "Spara och diarieför kommentaren, och ta sedan bort den i samråd med din chef.",
            RoutingAction.ConsultKanslienheten => $"Jag kan inte säga säkert vart det ska. Fråga kanslienheten ({kansli}).",
            _ => "Jag kan inte säga säkert vart det ska.",
        };

        if (!d.IsCertain && d.Alternatives.Count > 0)
        {
            // Name only the mailboxes the sentence has not already named.
            string named = d.Action == RoutingAction.ConsultKanslienheten ? kansli : d.Target ?? string.Empty;
            var alternatives = d.Alternatives
                .Where(a => !string.Equals(a.Address, named, StringComparison.OrdinalIgnoreCase))
                .Take(3)
                .Select(a => $"{a.Name} ({a.Address})")
                .ToList();
            if (alternatives.Count > 0)
            {
                text += $" Andra möjliga mottagare: {SwedishDateText.JoinList(alternatives)}.";
            }

            if (d.Action != RoutingAction.ConsultKanslienheten)
            {
                text += $" Fråga kanslienheten ({kansli}) om du är osäker.";
            }
        }

        return text;
    }

    /// <summary>The words that ask where something goes ("vart skickar jag", "till vem"), which are not part of the matter.</summary>
    [GeneratedRegex(@"\b(?:till vem|vart|vem ska ha|vem tar hand om|vem hanterar|vidarebefordrar|vidarebefordra|skickar|skicka|ska|jag|vi|man|det|vidare)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionFramePattern();

    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressPattern();
}
