using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Osby.Policy;
using Osby.TeamsBot.Hosting;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Reminders;
using Osby.TeamsBot.Storage;
using Osby.TeamsBot.Tests.Hosting;

namespace Osby.TeamsBot.Tests.Reminders;

/// <summary>The reminders in the running bot: settings, the sync of items' plans and the start-up backfill.</summary>
public sealed class ReminderServiceCollectionExtensionsTests
{
    private static readonly LocalDateTime Friday = new(2026, 11, 27, 10, 0);

    [Fact]
    public async Task AddOsbyReminders_SettingsWrittenAsPeopleWriteThem_AreBound()
    {
        await using var app = Bot(new Dictionary<string, string?>
        {
            ["Osby:Reminders:DigestTime"] = "07:30",
            ["Osby:Reminders:SnoozeFor"] = "00:30:00",
            ["Osby:Reminders:SweepInterval"] = "00:00:30",
            ["Osby:Reminders:ClaimLease"] = "00:02:00",
            ["Osby:Reminders:MaxPerSweep"] = "250",
            ["Osby:Reminders:QuietHoursIncludeEscalations"] = "false",
            ["Osby:Reminders:GuidelineOwner"] = "kanslichef@osby.se",
            ["Osby:Reminders:GuidelineDecided"] = "2025-01-15",
        });
        app.CreateClient().Dispose();

        ReminderOptions options = app.Services.GetRequiredService<IOptions<ReminderOptions>>().Value;

        options.DigestTime.Should().Be(new LocalTime(7, 30));
        options.SnoozeFor.Should().Be(Duration.FromMinutes(30));
        options.SweepInterval.Should().Be(Duration.FromSeconds(30));
        options.ClaimLease.Should().Be(Duration.FromMinutes(2));
        options.MaxPerSweep.Should().Be(250);
        options.QuietHoursIncludeEscalations.Should().BeFalse();
        options.GuidelineOwner.Should().Be("kanslichef@osby.se");
        options.GuidelineDecided.Should().Be(new LocalDate(2025, 1, 15));
        app.Services.GetRequiredService<Outbox>().Lease.Should().Be(Duration.FromMinutes(2));
    }

    [Fact]
    public async Task AddOsbyReminders_UnreadableOrUnknownSettings_StopTheStartNamingEachKey()
    {
        await using var app = Bot(new Dictionary<string, string?>
        {
            ["Osby:Reminders:DigestTime"] = "8 på morgonen",
            ["Osby:Reminders:SweepInterval"] = "1m",
            ["Osby:Reminders:GuidelineDecided"] = "3 juni 2024",
            ["Osby:Reminders:MaxPerSweep"] = "0",
            ["Osby:Reminders:SweepIntervall"] = "00:01:00",
        });

        Action start = () => app.CreateClient().Dispose();

        OptionsValidationException failure = start.Should().Throw<OptionsValidationException>().Which;
        failure.Failures.Should().HaveCount(5);
        failure.Failures.Should().ContainSingle(f => f.Contains("Osby:Reminders:DigestTime \"8 på morgonen\"", StringComparison.Ordinal) && f.Contains("HH:mm", StringComparison.Ordinal));
        failure.Failures.Should().ContainSingle(f => f.Contains("Osby:Reminders:SweepInterval \"1m\"", StringComparison.Ordinal) && f.Contains("00:01:00", StringComparison.Ordinal));
        failure.Failures.Should().ContainSingle(f => f.Contains("Osby:Reminders:GuidelineDecided \"3 juni 2024\"", StringComparison.Ordinal) && f.Contains("yyyy-MM-dd", StringComparison.Ordinal));
        failure.Failures.Should().ContainSingle(f => f.Contains("Osby:Reminders:MaxPerSweep is 0", StringComparison.Ordinal));
        failure.Failures.Should().ContainSingle(f => f.Contains("Osby:Reminders:SweepIntervall is not a reminder setting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ItemRegistered_ThroughTheLedger_HasItsPlannedRemindersInTheOutbox()
    {
        await using var app = Bot();
        app.CreateClient().Dispose();
        var ledger = app.Services.GetRequiredService<ItemLedger>();

        ItemChangeResult registered = await ledger.RegisterAsync(Arrival("<a@example.se>"), Actor.System("e-tjänst"), default);

        IReadOnlyList<PlannedReminder> plan = app.Services.GetRequiredService<ReminderPlanner>().Plan(registered.Item!);
        plan.Should().NotBeEmpty("a resident's e-mail has a first-response deadline (DL-1)");
        (await OutboxKeysAsync(app, registered.Item!.Id)).Should().BeEquivalentTo(plan.Select(r => r.Key));
    }

    [Fact]
    public async Task ItemClosed_ThroughTheLedger_CancelsItsPendingReminders()
    {
        await using var app = Bot();
        app.CreateClient().Dispose();
        var ledger = app.Services.GetRequiredService<ItemLedger>();
        ItemChangeResult registered = await ledger.RegisterAsync(Arrival("<b@example.se>"), Actor.System("e-tjänst"), default);
        Instant at = registered.Item!.LastActivity + Duration.FromMinutes(5);

        await ledger.RecordAsync(registered.Item.Id, new ItemChange(TrackedEventKind.Closed, at), Actor.System("test"), default);

        await using OsbyDbContext context = await app.Services.GetRequiredService<IDbContextFactory<OsbyDbContext>>().CreateDbContextAsync();
        List<OutboxState> states = await context.Outbox.Where(o => o.ItemId == registered.Item.Id).Select(o => o.State).ToListAsync();
        states.Should().NotBeEmpty().And.OnlyContain(s => s == OutboxState.Cancelled);
    }

    [Fact]
    public async Task FirstSweep_AfterAStartWithoutReminders_PlansTheOpenItemsThatHaveNone()
    {
        string folder = Path.Combine(Path.GetTempPath(), "osby-teamsbot-tests", Guid.NewGuid().ToString("N"));
        string path = Path.Combine(folder, "osby-teamsbot.db");
        var storage = new Dictionary<string, string?> { ["Osby:Storage:Path"] = path };
        try
        {
            long id;
            await using (var before = new BotApplication(storage, now: Friday))
            {
                before.CreateClient().Dispose();
                id = (await before.Services.GetRequiredService<ItemLedger>().RegisterAsync(Arrival("<c@example.se>"), Actor.System("e-tjänst"), default)).Item!.Id;
            }

            await using var after = Bot(storage);
            after.CreateClient().Dispose();
            await after.Services.GetRequiredService<ReminderScheduler>().SweepAsync(default);

            TrackedItem item = (await after.Services.GetRequiredService<ItemLedger>().FindAsync(id, default))!;
            (await OutboxKeysAsync(after, id)).Should().NotBeEmpty()
                .And.BeEquivalentTo(after.Services.GetRequiredService<ReminderPlanner>().Plan(item).Select(r => r.Key));
        }
        finally
        {
            Storage.TestDatabase.Delete(folder, path);
        }
    }

    private static ItemArrival Arrival(string messageId) =>
        new(Channel.FunctionMailbox, new LocalDateTime(2026, 11, 27, 9, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Stockholm"]).ToInstant(),
            "anna@example.se", SenderCategory.Resident, "Fråga om bygglov", "bygglov@osby.se", 0, messageId);

    private static BotApplication Bot(IReadOnlyDictionary<string, string?>? settings = null) => new(
        settings,
        services => services.AddSingleton<IReminderRenderer, NothingToSay>(),
        Friday);

    private static async Task<List<string>> OutboxKeysAsync(BotApplication app, long itemId)
    {
        await using OsbyDbContext context = await app.Services.GetRequiredService<IDbContextFactory<OsbyDbContext>>().CreateDbContextAsync();
        return await context.Outbox.Where(o => o.ItemId == itemId).Select(o => o.Key).ToListAsync();
    }

    /// <summary>A renderer with nothing to send: these tests look at what is planned, not at what goes out.</summary>
    private sealed class NothingToSay : IReminderRenderer
    {
        public Task<IMessageActivity?> RenderAsync(OutboxEntry entry, CancellationToken cancellationToken) => Task.FromResult<IMessageActivity?>(null);
    }
}
