using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json;
using NodaTime.Extensions;
using Osby.Policy;
using Osby.Policy.Deadlines;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.People;
using Osby.TeamsBot.Reminders;
using Osby.TeamsBot.Storage;
using Osby.TeamsBot.Tests.Hosting;
using Osby.TeamsBot.Tests.Storage;

namespace Osby.TeamsBot.Tests.Reminders;

/// <summary>
/// The outbox's promise with a real process: the bot is started as a child process on a SQLite file, killed while a
/// reminder is on its way to Teams, and started again on the same file. The reminder is neither lost nor sent twice.
/// </summary>
/// <remarks>The child runs on the real clock, so the item arrived ten days ago and its DL-1 reminders are due now. One
/// entry is claimed per sweep (<c>MaxPerSweep</c> 1), so the entry whose post is held is the only one Sending.</remarks>
public sealed class CrashRestartTests
{
    private const string BoConversation = "a:crash-restart-bo";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // The clock the child process runs on: the bot's own default (AddOsbyAnswers), the system's time.
    private static readonly IClock BotClock = TimeProvider.System.ToClock();

    [Fact]
    public async Task BotKilledMidDispatch_RestartedOnTheSameFile_SendsTheReminderExactlyOnce()
    {
        await using var database = new TestDatabase();
        using var directory = new ItemsDirectory();
        await using FakeConnector connector = await FakeConnector.StartAsync();
        long itemId = await SeedAsync(database, directory, connector);
        var log = new ConcurrentQueue<string>();

        // First life: the reminder's post reaches Teams but is never answered; the process dies while waiting.
        connector.HoldActivityPosts = true;
        OutboxRow inFlight;
        using (Process first = StartBot(database.Path, directory.Path, log))
        {
            try
            {
                await Until(() => Task.FromResult(connector.Held.Count > 0), "the first post to reach the connector", log);
                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync().WaitAsync(Patience);
            }
            finally
            {
                Stop(first);
            }
        }

        List<OutboxRow> afterCrash = await RowsAsync(database, itemId);
        afterCrash.Should().ContainSingle(r => r.State == OutboxState.Sending, "one entry was claimed and its post was cut off");
        inFlight = afterCrash.Single(r => r.State == OutboxState.Sending);
        inFlight.Attempts.Should().Be(1);
        connector.Held.Should().ContainSingle().Which.ConversationId.Should().Be(BoConversation);
        connector.DeliveredTo(BoConversation).Should().Be(0, "the held post was never answered");
        connector.Sent.Should().BeEmpty();

        // Second life: Teams answers again; the entry left Sending is claimed after its lease and sent.
        connector.HoldActivityPosts = false;
        List<OutboxRow> settled;
        using (Process second = StartBot(database.Path, directory.Path, log))
        {
            try
            {
                await Until(
                    async () => (await RowsAsync(database, itemId)).Single(r => r.Key == inFlight.Key).State == OutboxState.Sent,
                    $"{inFlight.Key} to be Sent after the restart",
                    log);
                await Until(
                    async () => (await RowsAsync(database, itemId)).All(r => r.State is not (OutboxState.Pending or OutboxState.Sending)),
                    "every due reminder of the item to be settled",
                    log);

                // A few more sweeps (1 s each, lease 3 s): nothing may go out again.
                await Task.Delay(TimeSpan.FromSeconds(6));
                second.HasExited.Should().BeFalse("the bot keeps running; log:\n" + Tail(log));
                settled = await RowsAsync(database, itemId);
            }
            finally
            {
                Stop(second);
            }
        }

        OutboxRow reminder = settled.Single(r => r.Key == inFlight.Key);
        reminder.State.Should().Be(OutboxState.Sent);
        reminder.Attempts.Should().Be(2, "the crashed attempt and the one after the restart");
        reminder.ConversationId.Should().Be(BoConversation);
        connector.Sent.Where(a => a.Id == reminder.ActivityId).Should().ContainSingle("the recorded message is the one Teams delivered")
            .Which.ConversationId.Should().Be(BoConversation);

        // Every reminder sent to Bo was delivered once: as many messages in his chat as entries marked Sent, each one recorded.
        List<OutboxRow> sentToBo = [.. settled.Where(r => r.State == OutboxState.Sent && r.Recipient == TestUser.Bo.Email)];
        sentToBo.Should().Contain(r => r.Key == inFlight.Key);
        connector.DeliveredTo(BoConversation).Should().Be(sentToBo.Count, "no reminder key was sent twice");
        connector.Sent.Select(a => a.Id).Should().BeEquivalentTo(settled.Where(r => r.State == OutboxState.Sent).Select(r => r.ActivityId));
        connector.Held.Should().ContainSingle("nothing was held in the second life");
    }

    /// <summary>Stores an item whose DL-1 deadline passed days ago in bygglov@osby.se, and Bo, who reads it, with his chat.</summary>
    private static async Task<long> SeedAsync(TestDatabase database, ItemsDirectory directory, FakeConnector connector)
    {
        await database.MigrateAsync();
        var ledger = new ItemLedger(database.Contexts, BotClock, ServicePolicy.Default, directory.Directory, [], NullLogger<ItemLedger>.Instance);
        DateTimeZone zone = ServicePolicy.Default.Clock.Zone;
        LocalDate tenDaysAgo = BotClock.GetCurrentInstant().InZone(zone).Date.PlusDays(-10);
        Instant arrived = zone.AtLeniently(tenDaysAgo.At(new LocalTime(9, 0))).ToInstant();
        ItemChangeResult registered = await ledger.RegisterAsync(
            new ItemArrival(Channel.FunctionMailbox, arrived, "invanare@example.se", SenderCategory.Resident, "Fråga om bygglov", "bygglov@osby.se", 0, "<crash-restart@example.se>"),
            Actor.System("e-tjänst"),
            default);
        registered.Item.Should().NotBeNull();

        var people = new PeopleStore(database.Contexts, BotClock);
        TestUser bo = TestUser.Bo;
        await people.UpsertAsync(new Person(bo.TeamsId, bo.AadObjectId, bo.Email, bo.Email, bo.Name, TeamsActivities.TenantId, null, PersonRoles.Registrator), default);
        var reference = new ConversationReference
        {
            ActivityId = null,
            User = new ChannelAccount(bo.TeamsId, bo.Name, aadObjectId: bo.AadObjectId),
            Bot = new ChannelAccount("28:osby-bot", "Osby"),
            Conversation = new ConversationAccount(isGroup: false, id: BoConversation, conversationType: "personal", tenantId: TeamsActivities.TenantId),
            ChannelId = "msteams",
            ServiceUrl = connector.ServiceUrl.ToString(),
        };
        await people.SaveConversationAsync(
            new StoredConversation(BoConversation, "personal", bo.TeamsId, connector.ServiceUrl.ToString(), JsonConvert.SerializeObject(reference), BotClock.GetCurrentInstant()),
            default);
        return registered.Item!.Id;
    }

    /// <summary>Starts the built bot (<c>dotnet Osby.TeamsBot.dll</c>) in local mode on the file, sweeping every second.</summary>
    private static Process StartBot(string storage, string directory, ConcurrentQueue<string> log)
    {
        string dll = BotAssembly();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Osby__Storage__Path"] = storage;
        start.Environment["Osby__MailboxDirectory__Path"] = directory;
        start.Environment["Osby__Reminders__SweepInterval"] = "00:00:01";
        start.Environment["Osby__Reminders__ClaimLease"] = "00:00:03";
        start.Environment["Osby__Reminders__MaxPerSweep"] = "1";
        start.Environment["MicrosoftAppId"] = string.Empty;
        start.Environment["MicrosoftAppPassword"] = string.Empty;

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(log, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The bot's own build output for the configuration these tests were built in (beside its runtimeconfig).</summary>
    private static string BotAssembly()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string framework = testOutput.Name;
        string configuration = testOutput.Parent!.Name;
        for (DirectoryInfo? folder = testOutput; folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "src", "Osby.TeamsBot", "bin", configuration, framework, "Osby.TeamsBot.dll");
            if (File.Exists(candidate) && File.Exists(Path.ChangeExtension(candidate, ".runtimeconfig.json")))
            {
                return candidate;
            }
        }

        string beside = Path.Combine(testOutput.FullName, "Osby.TeamsBot.dll");
        File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")).Should().BeTrue($"the built bot is needed to start it as a process ({beside})");
        return beside;
    }

    private static async Task<List<OutboxRow>> RowsAsync(TestDatabase database, long itemId)
    {
        await using OsbyDbContext context = await database.Contexts.CreateDbContextAsync();
        return await context.Outbox.AsNoTracking().Where(o => o.ItemId == itemId).OrderBy(o => o.Id).ToListAsync();
    }

    private static async Task Until(Func<Task<bool>> condition, string what, ConcurrentQueue<string> log)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > Patience)
            {
                throw new TimeoutException($"Waited {Patience.TotalSeconds} s for {what}. The bot's log:\n{Tail(log)}");
            }

            await Task.Delay(200);
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(30_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
    }

    private static void Keep(ConcurrentQueue<string> log, string? line)
    {
        if (line is not null)
        {
            log.Enqueue(line);
        }
    }

    private static string Tail(ConcurrentQueue<string> log) => string.Join('\n', log.TakeLast(60));
}
