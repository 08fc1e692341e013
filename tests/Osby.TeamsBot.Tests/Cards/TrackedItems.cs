using Osby.Policy;
using Osby.Policy.Deadlines;
using Osby.Policy.Routing;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Tests.Cards;

/// <summary>Real tracked items for the card and text tests: built from entries as the ledger stores them, replayed on the
/// library's forward chain, with obligations from the default service policy.</summary>
internal static class TrackedItems
{
    public const string Official = MailboxDirectory.OfficialAddress;
    public const string Bygglov = "bygglov@osby.se";
    public const string Miljo = "miljo@osby.se";
    public const string Anna = "anna.andersson@osby.se";
    public const string Bo = "bo.berg@osby.se";
    public const string Sender = "karin.lind@example.se";
    public const string Subject = "Bygglov för garage på Storgatan 5";

    public static readonly ServicePolicy DefaultPolicy = ServicePolicy.Default;

    /// <summary>Display names as the lead's people store and directory would give them (written here, not read from the code).</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Official] = "Osby kommun",
        [Bygglov] = "Bygglov",
        [Miljo] = "Miljö och hälsoskydd",
        [Anna] = "Anna Andersson",
        [Bo] = "Bo Berg",
    };

    /// <summary>Friday 27 November 2026 at 10.05, Stockholm: when the standard item arrives.</summary>
    public static Instant Arrived => At(2026, 11, 27, 10, 5);

    public static Instant At(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(DefaultPolicy.Clock.Zone).ToInstant();

    public static Builder Item(
        int informationValue = 0,
        Channel channel = Channel.OfficialMailbox,
        string sender = Sender,
        string? subject = Subject,
        SenderCategory category = SenderCategory.Resident,
        Instant? arrived = null,
        string mailbox = Official) =>
        new(new ItemArrival(channel, arrived ?? Arrived, sender, category, subject, mailbox, informationValue, null));

    public static ItemView View(TrackedItem item, Instant now) => ItemView.For(item, Names, DefaultPolicy, now);

    internal sealed class Builder(ItemArrival arrival)
    {
        private static readonly Actor Registrator = Actor.Person("kontaktcenter@osby.se", "Kontaktcenter");

        private readonly List<ItemEntry> entries = [new(1, TrackedEventKind.Arrived, arrival.FirstArrival, arrival.FirstArrival, Registrator)];

        public Builder Forward(string from, string to, Instant at) =>
            Add(TrackedEventKind.Forwarded, at, Registrator, party: to, forwarder: from);

        public Builder Confirm(string party, Instant at, Actor? actor = null) =>
            Add(TrackedEventKind.ForwardConfirmed, at, actor ?? Actor.Person(party, null), party: party);

        public Builder Decline(string party, Instant at, string reason, string? suggestion, Actor? actor = null) =>
            Add(TrackedEventKind.ForwardDeclined, at, actor ?? Actor.Person(party, null), party: party, note: reason, suggestion: suggestion);

        public Builder Advertising(string party, Instant at) =>
            Add(TrackedEventKind.MarkedAsAdvertising, at, Actor.Person(party, null), party: party);

        public Builder Acknowledge(Instant at, Instant promisedBy) =>
            Add(TrackedEventKind.Acknowledged, at, Registrator, promisedBy: promisedBy);

        public Builder Answer(Instant at) => Add(TrackedEventKind.Answered, at, Registrator);

        public Builder Register(Instant at, string diarienummer) => Add(TrackedEventKind.Registered, at, Registrator, note: diarienummer);

        public Builder Close(Instant at) => Add(TrackedEventKind.Closed, at, Registrator);

        public TrackedItem Build(long id = 42) => new(id, arrival, [.. entries], entries.Count);

        public ItemView View(Instant now, long id = 42) => TrackedItems.View(Build(id), now);

        private Builder Add(
            TrackedEventKind kind,
            Instant at,
            Actor actor,
            string? party = null,
            string? forwarder = null,
            string? note = null,
            Instant? promisedBy = null,
            string? suggestion = null)
        {
            entries.Add(new ItemEntry(entries.Count + 1, kind, at, at, actor, party, forwarder, note, promisedBy, suggestion));
            return this;
        }
    }
}
