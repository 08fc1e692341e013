using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Osby.Policy;
using Osby.Policy.Routing;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Digests;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.People;

namespace Osby.TeamsBot.Bots;

/// <summary>
/// The item commands ("registrera", "mina ärenden", "vidarebefordra 42 till …", "ärende 42", and a manager's "sammanställning") and the item card actions:
/// register, forward, confirm, wrong recipient, advertising, answered, receipt with a promise, and the forward card's refresh.
/// </summary>
/// <remarks>
/// Every change goes through the <see cref="ItemLedger"/>, which refuses what the rules forbid and records a repeat once,
/// so a double click or a replayed invoke changes nothing. A register card carries its own id as the item's external
/// message id for the same reason. Only someone who has the item (or acts for a mailbox that has it) may change it, and
/// only the addressed recipient or their substitute answers a forward (<see cref="Parties.MayActFor"/>).
/// </remarks>
internal sealed partial class ItemActions
{
    /// <summary>What the bot says when it cannot tell who the user is.</summary>
    public const string UnknownUserMessage =
        "Jag kan inte se din e-postadress i Teams, så jag vet inte vilka ärenden som är dina. Försök igen om en stund. Hjälper det inte, be IT kontrollera att Osby-boten får läsa medlemmar i Teams.";

    /// <summary>What the bot says to an item command or button in a team or group chat.</summary>
    public const string PersonalChatOnlyMessage =
        "Ärenden visar och ändrar jag bara i vår personliga chatt, så att inget syns för fler än det ska. Öppna chatten med Osby-boten och skriv ”mina ärenden” eller ”registrera” där.";

    /// <summary>What the bot says to "sammanställning" from someone who is not a manager in the directory.</summary>
    public const string NotAManagerMessage =
        "Sammanställningen är för chefer i funktionsbrevlådekatalogen. Du finns inte med som chef där.";

    private const string FormExternalIdPrefix = "teams-form:";

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        CardVerbs.ShowRegisterForm, CardVerbs.RegisterItem, CardVerbs.ShowMyItems, CardVerbs.ForwardItem, CardVerbs.ConfirmForward,
        CardVerbs.DeclineForward, CardVerbs.MarkAdvertising, CardVerbs.RefreshForwardCard, CardVerbs.MarkAnswered, CardVerbs.SendAcknowledgement,
        CardVerbs.SnoozeReminder,
    };

    private readonly ItemLedger ledger;
    private readonly ItemViews views;
    private readonly ItemNotifier notifier;
    private readonly MailboxDirectory directory;
    private readonly ReminderActions reminders;
    private readonly DigestBuilder digests;

    /// <summary>Initializes a new instance of the <see cref="ItemActions"/> class.</summary>
    /// <param name="ledger">Stores the changes.</param>
    /// <param name="views">Builds the cards' views.</param>
    /// <param name="notifier">Knows who sees a forward card.</param>
    /// <param name="directory">The function mailboxes.</param>
    /// <param name="reminders">Snoozes reminders ("Påminn om 1 timme").</param>
    /// <param name="digests">Builds a manager's digest on request.</param>
    public ItemActions(ItemLedger ledger, ItemViews views, ItemNotifier notifier, MailboxDirectory directory, ReminderActions reminders, DigestBuilder digests)
    {
        this.reminders = reminders;
        this.ledger = ledger;
        this.views = views;
        this.notifier = notifier;
        this.directory = directory;
        this.digests = digests;
    }

    /// <summary>Whether a verb is an item action.</summary>
    /// <param name="verb">The verb.</param>
    /// <returns>True for the verbs this class handles.</returns>
    public static bool Handles(string verb) => Verbs.Contains(verb);

    /// <summary>Answers a typed item command, or returns null when the text is not one.</summary>
    /// <param name="text">The message text.</param>
    /// <param name="user">The sender, if known.</param>
    /// <param name="inPersonalChat">Whether the message came in the user's personal chat with the bot; items are shown nowhere else.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reply, or null.</returns>
    public async Task<ItemReply?> TryCommandAsync(string text, Person? user, bool inPersonalChat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        string command = SwedishSpaces().Replace(text.Trim().TrimEnd('.', '!'), " ");
        if (!inPersonalChat)
        {
            bool isItemCommand = RegisterCommand().IsMatch(command) || MyItemsCommand().IsMatch(command) || ForwardCommand().IsMatch(command)
                || ItemCommand().IsMatch(command) || BareForwardCommand().IsMatch(command) || DigestCommand().IsMatch(command);
            return isItemCommand ? ItemReply.Say(PersonalChatOnlyMessage) : null;
        }
        if (RegisterCommand().IsMatch(command))
        {
            return user?.PartyKey is null ? ItemReply.Say(UnknownUserMessage) : new(RegisterForm(user, null, null, []), null, ReplaceCard: false);
        }

        if (MyItemsCommand().IsMatch(command))
        {
            return await MyItemsAsync(user, cancellationToken).ConfigureAwait(false);
        }

        if (DigestCommand().IsMatch(command))
        {
            // Asked for, so a card even with nothing to report; null only for someone who is not a manager.
            return user?.PartyKey is null ? ItemReply.Say(UnknownUserMessage)
                : await digests.BuildAsync(user.PartyKey, evenIfEmpty: true, cancellationToken).ConfigureAwait(false) is { } digest
                    ? new(digest, null, ReplaceCard: false)
                    : ItemReply.Say(NotAManagerMessage);
        }

        if (ForwardCommand().Match(command) is { Success: true } forward)
        {
            if (user?.PartyKey is null)
            {
                return ItemReply.Say(UnknownUserMessage);
            }

            long id = long.Parse(forward.Groups["id"].Value, CultureInfo.InvariantCulture);
            return forward.Groups["to"].Success
                ? await ForwardAsync(id, forward.Groups["to"].Value, user, replace: false, cancellationToken).ConfigureAwait(false)
                : await ShowItemAsync(id, user, cancellationToken).ConfigureAwait(false);
        }

        if (ItemCommand().Match(command) is { Success: true } show)
        {
            return user?.PartyKey is null
                ? ItemReply.Say(UnknownUserMessage)
                : await ShowItemAsync(long.Parse(show.Groups["id"].Value, CultureInfo.InvariantCulture), user, cancellationToken).ConfigureAwait(false);
        }

        return BareForwardCommand().IsMatch(command)
            ? ItemReply.Say("Skriv ”vidarebefordra” med ärendets nummer och mottagaren, till exempel ”vidarebefordra 42 till bygglov@osby.se”. Du hittar numren under ”mina ärenden”.")
            : null;
    }

    /// <summary>Handles an item card action.</summary>
    /// <param name="click">The action with its data.</param>
    /// <param name="user">The user who clicked, if known.</param>
    /// <param name="inPersonalChat">Whether the card is in the user's personal chat with the bot; items are shown nowhere else.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reply.</returns>
    public async Task<ItemReply> HandleAsync(ButtonClick click, Person? user, bool inPersonalChat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(click);
        if (!inPersonalChat)
        {
            return ItemReply.Say(PersonalChatOnlyMessage);
        }

        if (user?.PartyKey is null)
        {
            return ItemReply.Say(UnknownUserMessage);
        }

        if (click.Verb == CardVerbs.ShowRegisterForm)
        {
            return new(RegisterForm(user, null, null, []), null, ReplaceCard: false);
        }

        if (click.Verb == CardVerbs.RegisterItem)
        {
            return await RegisterAsync(click, user, cancellationToken).ConfigureAwait(false);
        }

        if (click.Verb == CardVerbs.ShowMyItems)
        {
            return await MyItemsAsync(user, cancellationToken).ConfigureAwait(false);
        }

        if (click.Verb == CardVerbs.SnoozeReminder)
        {
            return await reminders.SnoozeAsync(click, user, cancellationToken).ConfigureAwait(false);
        }

        if (!long.TryParse(click.Value(CardInputs.ItemId), NumberStyles.None, CultureInfo.InvariantCulture, out long itemId))
        {
            return ItemReply.Say("Kortet saknar ärendets nummer. Skriv ”mina ärenden” för att se dina ärenden.");
        }

        return click.Verb switch
        {
            CardVerbs.ForwardItem => await ForwardAsync(itemId, click.Value(CardInputs.Recipient), user, replace: true, cancellationToken).ConfigureAwait(false),
            CardVerbs.MarkAnswered => await RecordOwnAsync(itemId, user, now => new ItemChange(TrackedEventKind.Answered, now), cancellationToken).ConfigureAwait(false),
            CardVerbs.SendAcknowledgement => await AcknowledgeAsync(itemId, click, user, cancellationToken).ConfigureAwait(false),
            CardVerbs.RefreshForwardCard => await ForwardCardAsync(itemId, click.Value(CardInputs.Party), user, null, cancellationToken).ConfigureAwait(false),
            CardVerbs.ConfirmForward => await AnswerForwardAsync(itemId, click, TrackedEventKind.ForwardConfirmed, user, cancellationToken).ConfigureAwait(false),
            CardVerbs.DeclineForward => await AnswerForwardAsync(itemId, click, TrackedEventKind.ForwardDeclined, user, cancellationToken).ConfigureAwait(false),
            CardVerbs.MarkAdvertising => await AnswerForwardAsync(itemId, click, TrackedEventKind.MarkedAsAdvertising, user, cancellationToken).ConfigureAwait(false),
            _ => ItemReply.Say(OsbyBot.UnknownActionMessage),
        };
    }

    private static Actor ActorOf(Person user) => Actor.Person(user.PartyKey!, user.Name);

    private static string NotFound(long itemId) => $"Jag hittar inget ärende med nummer {itemId}. Skriv ”mina ärenden” för att se dina ärenden.";

    [GeneratedRegex(@"\s+")]
    private static partial Regex SwedishSpaces();

    [GeneratedRegex(@"^(registrera|registrera (ett )?(nytt )?ärende|nytt ärende)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegisterCommand();

    [GeneratedRegex(@"^(mina ärenden|mina öppna ärenden|visa mina ärenden)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MyItemsCommand();

    [GeneratedRegex(@"^(visa )?(sammanställning|sammanfattning)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DigestCommand();

    [GeneratedRegex(@"^vidarebefordra (ärende )?(nr )?(?<id>\d{1,12})( till (?<to>\S+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForwardCommand();

    [GeneratedRegex(@"^vidarebefordra( ärende)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareForwardCommand();

    [GeneratedRegex(@"^(visa )?ärende (nr )?(?<id>\d{1,12})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItemCommand();

    private AdaptiveCard RegisterForm(Person user, string? prompt, IReadOnlyDictionary<string, string?>? values, IReadOnlyList<InputProblem> problems)
    {
        ZonedDateTime now = views.Now;
        var prefilled = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [CardInputs.ArrivalDate] = CardValues.FormatDate(now.Date),
            [CardInputs.ArrivalTime] = CardValues.FormatTime(now.TimeOfDay),
            [CardInputs.Mailbox] = DirectoryRoles.MailboxesOf(directory, user.PartyKey!).FirstOrDefault() ?? user.PartyKey,
            [CardInputs.FormId] = Guid.NewGuid().ToString("N"),
        };
        foreach ((string key, string? value) in values ?? new Dictionary<string, string?>())
        {
            prefilled[key] = value;
        }

        return RegisterItemCard.Create(new RegisterFormView(prompt, prefilled, problems, [.. directory.Mailboxes.Where(m => m.IsActive)]));
    }

    private async Task<ItemReply> RegisterAsync(ButtonClick click, Person user, CancellationToken cancellationToken)
    {
        var problems = new List<InputProblem>();
        ZonedDateTime now = views.Now;
        Channel channel = default;
        if (click.Value(CardInputs.Channel) is not { } channelText)
        {
            problems.Add(new(CardInputs.Channel, "Välj var ärendet kom in."));
        }
        else if (!CardValues.TryParseChannel(channelText, out channel))
        {
            problems.Add(new(CardInputs.Channel, "Välj en kanal i listan."));
        }

        LocalDate date = default;
        LocalTime time = default;
        if (click.Value(CardInputs.ArrivalDate) is not { } dateText)
        {
            problems.Add(new(CardInputs.ArrivalDate, "Välj vilken dag det kom in."));
        }
        else if (!CardValues.TryParseDate(dateText, out date))
        {
            problems.Add(new(CardInputs.ArrivalDate, CardValues.DateFormatHelp));
        }

        if (click.Value(CardInputs.ArrivalTime) is not { } timeText)
        {
            // A voicemail needs only the day (DL-2: call back by the next working day); everything else its time.
            if (channel != Channel.Voicemail)
            {
                problems.Add(new(CardInputs.ArrivalTime, "Skriv vilken tid det kom in."));
            }
        }
        else if (!CardValues.TryParseTime(timeText, out time))
        {
            problems.Add(new(CardInputs.ArrivalTime, CardValues.TimeFormatHelp));
        }

        SenderCategory category = SenderCategory.Unknown;
        if (click.Value(CardInputs.SenderCategory) is { } categoryText && !CardValues.TryParseName(categoryText, out category))
        {
            problems.Add(new(CardInputs.SenderCategory, "Välj en avsändartyp i listan."));
        }

        // No default: a forgotten value must not let a sensitive subject onto cards (RT-14).
        int informationValue = 0;
        if (click.Value(CardInputs.InformationValue) is not { } valueText
            || !(int.TryParse(valueText, NumberStyles.None, CultureInfo.InvariantCulture, out informationValue) && informationValue <= ItemArrival.MaxInformationValue))
        {
            problems.Add(new(CardInputs.InformationValue, "Välj informationsvärde 0, 1, 2 eller 3 (RT-14)."));
        }

        if (problems.Count == 0)
        {
            string? formId = click.Value(CardInputs.FormId);
            var arrival = new ItemArrival(
                channel,
                now.Zone.AtLeniently(date + time).ToInstant(),
                click.Value(CardInputs.Sender) ?? string.Empty,
                category,
                click.Value(CardInputs.Subject),
                click.Value(CardInputs.Mailbox) ?? string.Empty,
                informationValue,
                formId is null ? null : FormExternalIdPrefix + formId);
            ItemChangeResult result = await ledger.RegisterAsync(arrival, ActorOf(user), cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                ItemView view = await views.ForAsync(result.Item!, cancellationToken).ConfigureAwait(false);
                return new(ItemCard.Create(new ItemRegisteredView(view, AlreadyRegistered: result.Status == ChangeStatus.AlreadyRecorded)), null, ReplaceCard: true);
            }

            problems.AddRange((result.Problems ?? []).Select(p => new InputProblem(InputOf(p.Field), p.Swedish)));
            if (problems.Count == 0)
            {
                problems.Add(new(CardInputs.Subject, result.Swedish ?? "Ärendet kunde inte registreras."));
            }
        }

        return new(RegisterForm(user, "Rätta det som är markerat och försök igen.", click.Data, problems), null, ReplaceCard: true);
    }

    private static string InputOf(string field) => field switch
    {
        "firstArrival" => CardInputs.ArrivalDate,
        "originalSender" => CardInputs.Sender,
        _ => field,
    };

    private async Task<ItemReply> MyItemsAsync(Person? user, CancellationToken cancellationToken)
    {
        if (user?.PartyKey is null)
        {
            return ItemReply.Say(UnknownUserMessage);
        }

        string[] parties = [user.PartyKey, .. DirectoryRoles.MailboxesOf(directory, user.PartyKey)];
        IReadOnlyList<TrackedItem> items = await ledger.OpenItemsForAsync(parties, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ItemView> itemViews = await views.ForAsync(items, cancellationToken).ConfigureAwait(false);
        return new(MyItemsCard.Create(new MyItemsView(MyItemsOrder.Sort(itemViews), user.Name, items.Count)), null, ReplaceCard: false);
    }

    private async Task<ItemReply> ShowItemAsync(long itemId, Person user, CancellationToken cancellationToken)
    {
        if (await ledger.FindAsync(itemId, cancellationToken).ConfigureAwait(false) is not { } item)
        {
            return ItemReply.Say(NotFound(itemId));
        }

        if (!HasItem(item, ActorOf(user)))
        {
            return ItemReply.Say($"Ärende {itemId} har inte passerat dig eller någon funktionsbrevlåda du sköter, så jag visar det inte.");
        }

        ItemView view = await views.ForAsync(item, cancellationToken).ConfigureAwait(false);
        return new(ItemCard.Create(new ItemRegisteredView(view, AlreadyRegistered: false)), null, ReplaceCard: false);
    }

    private bool HasItem(TrackedItem item, Actor actor) =>
        item.Chain.Recipients.Any(r => Parties.MayActFor(directory, actor, r));

    private async Task<ItemReply> ForwardAsync(long itemId, string? recipient, Person user, bool replace, CancellationToken cancellationToken)
    {
        if (await ledger.FindAsync(itemId, cancellationToken).ConfigureAwait(false) is not { } item)
        {
            return ItemReply.Say(NotFound(itemId));
        }

        Actor actor = ActorOf(user);
        if (string.IsNullOrWhiteSpace(recipient) || (directory.Find(recipient) is null && !LooksLikeAddress(recipient)))
        {
            return await ItemCardAsync(item, replace, "Skriv mottagarens e-postadress, till exempel anna.andersson@osby.se, eller en funktionsbrevlådas adress, till exempel bygglov@osby.se.", cancellationToken).ConfigureAwait(false);
        }

        // Forward as the party that has the item: the user, or the function mailbox they read for (kommun@osby.se for kontaktcenter).
        string forwarder = item.Chain.HasReceived(actor.Id)
            ? actor.Id
            : item.Chain.Recipients.FirstOrDefault(r => Parties.MayActFor(directory, actor, r)) ?? actor.Id;
        ItemChangeResult result = await ledger.RecordAsync(
            itemId,
            new ItemChange(TrackedEventKind.Forwarded, views.Now.ToInstant(), Party: Parties.Normalize(recipient), Forwarder: forwarder),
            actor,
            cancellationToken).ConfigureAwait(false);
        string notice = result.Status switch
        {
            ChangeStatus.Applied => $"Ärende {itemId} är vidarebefordrat. Mottagaren får ett kort i Teams och ska bekräfta att ärendet hanteras; till dess är du ansvarig (RT-7, DL-6).",
            _ => result.Swedish ?? result.Problems?.FirstOrDefault()?.Swedish ?? "Ärendet kunde inte vidarebefordras.",
        };
        return await ItemCardAsync(result.Item ?? item, replace, notice, cancellationToken).ConfigureAwait(false);
    }

    private static bool LooksLikeAddress(string text)
    {
        string t = text.Trim();
        int at = t.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == t.LastIndexOf('@') && t.IndexOf('.', at) > at + 1 && !t.EndsWith('.') && !t.Any(char.IsWhiteSpace);
    }

    private async Task<ItemReply> ItemCardAsync(TrackedItem item, bool replace, string? notice, CancellationToken cancellationToken)
    {
        ItemView view = await views.ForAsync(item, cancellationToken).ConfigureAwait(false);
        return new(ItemCard.Create(new ItemRegisteredView(view, AlreadyRegistered: false)), notice, replace);
    }

    private async Task<ItemReply> RecordOwnAsync(long itemId, Person user, Func<Instant, ItemChange> change, CancellationToken cancellationToken)
    {
        if (await ledger.FindAsync(itemId, cancellationToken).ConfigureAwait(false) is not { } item)
        {
            return ItemReply.Say(NotFound(itemId));
        }

        Actor actor = ActorOf(user);
        if (!HasItem(item, actor))
        {
            return ItemReply.Say($"Ärende {itemId} har inte passerat dig eller någon funktionsbrevlåda du sköter, så du kan inte ändra det.");
        }

        ItemChangeResult result = await ledger.RecordAsync(itemId, change(views.Now.ToInstant()), actor, cancellationToken).ConfigureAwait(false);
        string? notice = result.Status == ChangeStatus.Applied ? null : result.Swedish ?? result.Problems?.FirstOrDefault()?.Swedish;
        return await ItemCardAsync(result.Item ?? item, replace: true, notice, cancellationToken).ConfigureAwait(false);
    }

    private Task<ItemReply> AcknowledgeAsync(long itemId, ButtonClick click, Person user, CancellationToken cancellationToken)
    {
        ZonedDateTime now = views.Now;
        if (click.Value(CardInputs.PromisedDate) is not { } dateText || !CardValues.TryParseDate(dateText, out LocalDate date))
        {
            return Task.FromResult(ItemReply.Say("Välj vilken dag du lovade svar, så registrerar jag mottagningsbekräftelsen."));
        }

        LocalTime time = LocalTime.Noon;
        if (click.Value(CardInputs.PromisedTime) is { } timeText && !CardValues.TryParseTime(timeText, out time))
        {
            return Task.FromResult(ItemReply.Say(CardValues.TimeFormatHelp));
        }

        Instant promised = now.Zone.AtLeniently(date + time).ToInstant();
        if (promised <= now.ToInstant())
        {
            return Task.FromResult(ItemReply.Say("Den utlovade tiden har redan passerat. Välj en tid framåt (DL-3)."));
        }

        return RecordOwnAsync(itemId, user, at => new ItemChange(TrackedEventKind.Acknowledged, at, PromisedBy: promised), cancellationToken);
    }

    private async Task<ItemReply> AnswerForwardAsync(long itemId, ButtonClick click, TrackedEventKind kind, Person user, CancellationToken cancellationToken)
    {
        if (click.Value(CardInputs.Party) is not { } party)
        {
            return ItemReply.Say("Kortet saknar mottagaren. Skriv ”mina ärenden” för att se dina ärenden.");
        }

        if (kind == TrackedEventKind.ForwardDeclined && click.Value(CardInputs.Reason) is null)
        {
            return await ForwardCardAsync(itemId, party, user, "Skriv varför du är fel mottagare, så att den som skickade vet vart ärendet ska i stället.", cancellationToken).ConfigureAwait(false);
        }

        ItemChangeResult result = await ledger.RecordAsync(
            itemId,
            new ItemChange(kind, views.Now.ToInstant(), Party: party, Note: kind == TrackedEventKind.ForwardDeclined ? click.Value(CardInputs.Reason) : null, SuggestedRecipient: click.Value(CardInputs.SuggestedRecipient)),
            ActorOf(user),
            cancellationToken).ConfigureAwait(false);
        string? notice = result.Status switch
        {
            ChangeStatus.Applied => null,
            ChangeStatus.NotFound => null,
            _ => result.Swedish ?? result.Problems?.FirstOrDefault()?.Swedish,
        };
        return result.Status == ChangeStatus.NotFound
            ? ItemReply.Say(NotFound(itemId))
            : await ForwardCardAsync(itemId, party, user, notice, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ItemReply> ForwardCardAsync(long itemId, string? party, Person user, string? notice, CancellationToken cancellationToken)
    {
        if (await ledger.FindAsync(itemId, cancellationToken).ConfigureAwait(false) is not { } item)
        {
            return ItemReply.Say(NotFound(itemId));
        }

        if (party is null || item.ForwardTo(party) is null)
        {
            return ItemReply.Say($"Ärende {itemId} har inte vidarebefordrats till {party ?? "den mottagaren"}.");
        }

        bool mayAct = Parties.MayActFor(directory, ActorOf(user), party);
        ItemView view = await views.ForAsync(item, cancellationToken).ConfigureAwait(false);
        notice ??= mayAct || !item.ForwardTo(party)!.IsOpen
            ? null
            : $"Bara {view.Name(party)} eller ersättaren kan svara på den här vidarebefordran.";
        IReadOnlyList<string> refreshUsers = await notifier.RefreshUsersAsync(item, party, cancellationToken).ConfigureAwait(false);
        return new(ForwardCard.Create(new ForwardCardView(view, party, mayAct, refreshUsers, notice)), null, ReplaceCard: true);
    }
}
