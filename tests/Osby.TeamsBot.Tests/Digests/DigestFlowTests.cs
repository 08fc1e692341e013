using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Osby.Policy;
using Osby.TeamsBot.Bots;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Digests;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Tests.Hosting;
using static Osby.TeamsBot.Tests.Hosting.TestUser;

namespace Osby.TeamsBot.Tests.Digests;

/// <summary>"sammanställning" end to end through <c>/api/messages</c> with a loopback fake connector: a manager in the
/// directory gets the digest card of their units, anyone else a plain Swedish answer (issue 7 §3).</summary>
public sealed class DigestFlowTests : IAsyncLifetime
{
    // Friday 27 November 2026, 10.00: a working day.
    private static readonly LocalDateTime Friday = new(2026, 11, 27, 10, 0);

    private readonly ItemsDirectory directory = new();
    private readonly RecordedFailures failures = new();
    private FakeConnector connector = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        connector.AddMember(Maria);
        connector.AddMember(Carl);
    }

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task Sammanställning_FromAManager_AnswersWithTheDigestOfTheirUnit()
    {
        await using var app = App();
        var chat = new TeamsChat(app.CreateClient(), connector);
        long id = await RegisterAsync(app, ItemsDirectory.Miljo);
        await RegisterAsync(app, ItemsDirectory.Social);

        await chat.SayAsync(Maria, "sammanställning");

        // The reminder scheduler runs in the same host and may also escalate the overdue item to Maria (DL-1) once she has a
        // chat; the digest is the one card headed "Sammanställning".
        var card = chat.SentTo(Maria).Select(s => s.CardOf()).Should().ContainSingle(c => SentCard.Text(c).Contains("Sammanställning", StringComparison.Ordinal)).Subject;
        string text = SentCard.Text(card);
        text.Should().Contain("Sammanställning").And.Contain("Öppna ärenden").And.Contain("Försenade");
        text.Should().Contain($"Ärende {id.ToString(CultureInfo.InvariantCulture)} · EXEMPEL: Miljö och hälsoskydd · Första svar, försenat 1 timme");
        SentCard.Actions(card).Should().Contain(a => (string?)a["verb"] == CardVerbs.ShowMyItems);
        failures.Since.Should().Be(Instant.FromUtc(2026, 11, 25, 23, 0), "failures since Thursday, midnight in Stockholm");
    }

    [Fact]
    public async Task VisaSammanställning_ManagerWithNothingToReport_StillGetsACard()
    {
        await using var app = App();
        var chat = new TeamsChat(app.CreateClient(), connector);

        await chat.SayAsync(Maria, "Visa sammanställning");

        SentCard.Text(chat.SentTo(Maria).Should().ContainSingle().Subject.CardOf()).Should().Contain("Inget att rapportera");
    }

    [Theory]
    [InlineData("sammanställning")]
    [InlineData("sammanfattning")]
    public async Task Sammanställning_FromSomeoneWhoIsNotAManager_SaysSoInSwedish(string command)
    {
        await using var app = App();
        var chat = new TeamsChat(app.CreateClient(), connector);

        await chat.SayAsync(Carl, command);

        var sent = chat.SentTo(Carl).Should().ContainSingle().Subject;
        sent.Text.Should().Be("Sammanställningen är för chefer i funktionsbrevlådekatalogen. Du finns inte med som chef där.");
        sent.Text.Should().Be(ItemActions.NotAManagerMessage);
    }

    private static async Task<long> RegisterAsync(BotApplication app, string mailbox)
    {
        // Thursday 26 November 9.00: the first response was due Friday 9.00, so it is an hour late.
        var arrival = new ItemArrival(
            Channel.FunctionMailbox, new LocalDateTime(2026, 11, 26, 9, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Stockholm"]).ToInstant(),
            "karin@example.se", SenderCategory.Resident, "Buller från fläkt", mailbox, 0, null);
        ItemChangeResult result = await app.Services.GetRequiredService<ItemLedger>().RegisterAsync(arrival, Actor.System("test"), default);
        return result.Item!.Id;
    }

    private BotApplication App() => new(
        new Dictionary<string, string?> { ["Osby:MailboxDirectory:Path"] = directory.Path },
        services => services.AddSingleton<IFailedDeliveries>(failures),
        now: Friday);
}
