using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Osby.Policy;
using Osby.Policy.Deadlines;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Reminders;
using Osby.TeamsBot.Storage;

namespace Osby.TeamsBot.Benchmarks.Stored;

/// <summary>
/// Seeded SQLite databases for the sweep, digest and working-set benchmarks, migrated with the bot's real migrations and
/// cached under the temp folder (<see cref="Folder"/>) between runs.
/// </summary>
/// <remarks>
/// <para>A database with <c>N</c> stored items holds, for item <c>i</c> (1…N), spread over <see cref="Managers"/> units by
/// <c>i % 200</c>:</para>
/// <list type="bullet">
/// <item>a fifth of every unit's items open, those with <c>i / 200</c> divisible by 5 (arrived within the last 10 days,
/// one <c>Arrived</c> entry, an open-item index row for its function mailbox) with two Pending outbox rows ("svar snart",
/// "försenat"); the first <see cref="Due"/> open items' first row is due at <see cref="Now"/>, every other pending row
/// between 1 hour and 30 days later;</item>
/// <item>the others closed (arrived within the last 60 days; <c>Arrived</c>, <c>Answered</c>, <c>Closed</c> entries; the
/// first-response outcome the ledger would store, worked out by the library) with one Sent outbox row.</item>
/// </list>
/// <para>So 1 M stored items are 1 M item rows, 2.6 M entries, 200 k open-item index rows and 1.2 M outbox rows, of
/// which exactly 1 000 are due. The rows are written with raw batched INSERTs (prepared commands, one transaction) into
/// the tables and columns the migrations create; audit rows, people and conversations are not seeded (no path measured
/// here reads them).</para>
/// <para>The mailbox directory (<see cref="DirectoryPath"/>) is the bot's example directory plus 200 benchmark units, each
/// with a function mailbox <c>enhetNNN@osby.se</c> and a manager <c>chefNNN@osby.se</c>.</para>
/// </remarks>
internal static class BenchmarkDatabase
{
    /// <summary>The outbox rows due at <see cref="Now"/> in every seeded database.</summary>
    public const int Due = 1_000;

    /// <summary>The benchmark units, each with one manager and one function mailbox.</summary>
    public const int Managers = 200;

    /// <summary>Bumped whenever the seeded content changes, so a cached file of an older layout is never used.</summary>
    private const string Layout = "v4";

    /// <summary>The two indexes on outbox state; the baseline database has neither, so finding due rows scans the table.</summary>
    private static readonly string[] StateIndexes = ["IX_Outbox_State_NextAttemptAt", "IX_Outbox_State_ClosedAt"];

    /// <summary>The indexes a unit's items are found by; the digests' baseline database has none of them.</summary>
    private static readonly string[] UnitIndexes = ["IX_ItemParties_Party", "IX_Items_Mailbox_FirstArrival_IsClosed_FirstResponse", "IX_Items_Responsible_FirstArrival_IsClosed_FirstResponse"];

    /// <summary>Gets "now" in every benchmark: Wednesday 25 November 2026, 10:00 in Stockholm (office hours, a working day).</summary>
    public static Instant Now { get; } = Instant.FromUtc(2026, 11, 25, 9, 0);

    /// <summary>Gets the cache folder.</summary>
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "osby-teamsbot-benchmarks", Layout);

    /// <summary>Gets the benchmark mailbox directory file (written by <see cref="EnsureDirectory"/>).</summary>
    public static string DirectoryPath => Path.Combine(Folder, "mailbox-directory.json");

    /// <summary>The party key of a benchmark manager.</summary>
    /// <param name="unit">0…199.</param>
    /// <returns>The manager's e-mail address.</returns>
    public static string Manager(int unit) => string.Create(CultureInfo.InvariantCulture, $"chef{unit:D3}@osby.se");

    /// <summary>Returns the seeded database with <paramref name="storedItems"/> items, seeding it first when not cached.</summary>
    /// <param name="storedItems">How many items; at least 5 × <see cref="Due"/>.</param>
    /// <param name="withStateIndexes">False for the copy without the outbox state indexes (the full-scan baseline).</param>
    /// <returns>The database file's full path.</returns>
    public static string Ensure(int storedItems, bool withStateIndexes = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(storedItems, 5 * Due);
        EnsureDirectory();
        string path = Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"items-{storedItems}.db"));
        if (!File.Exists(path))
        {
            Seed(path, storedItems);
        }

        return withStateIndexes ? path : CopyWithout(path, "no-state-index", StateIndexes);
    }

    /// <summary>Returns a copy of the seeded database without the indexes a unit's items are found by (the open-item index's
    /// party and the items' first receiver and responsible): the digests' full-scan baseline.</summary>
    /// <param name="storedItems">How many items; at least 5 × <see cref="Due"/>.</param>
    /// <returns>The copy's full path.</returns>
    public static string EnsureWithoutUnitIndexes(int storedItems) => CopyWithout(Ensure(storedItems), "no-unit-index", UnitIndexes);

    /// <summary>Puts every entry left Sending (by a claim) back to Pending with no attempts, as seeded.</summary>
    /// <param name="path">The database file.</param>
    /// <returns>How many entries were put back.</returns>
    public static int PutBackClaimed(string path)
    {
        using var connection = new SqliteConnection(OsbyDatabase.ConnectionString(path));
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "UPDATE Outbox SET State = $pending, ClaimedAt = NULL, Attempts = 0 WHERE State = $sending;";
        command.Parameters.AddWithValue("$pending", (int)OutboxState.Pending);
        command.Parameters.AddWithValue("$sending", (int)OutboxState.Sending);
        return command.ExecuteNonQuery();
    }

    /// <summary>SQLite's plan for the due query <see cref="Outbox.DueQuery"/> sends (as EF Core writes it for SQLite), one step
    /// after the other.</summary>
    /// <param name="path">The database file.</param>
    /// <returns>The plan, e.g. "SEARCH o USING INDEX IX_Outbox_State_NextAttemptAt (State=? AND NextAttemptAt<?)".</returns>
    public static string DuePlan(string path)
    {
        using var connection = new SqliteConnection(OsbyDatabase.ConnectionString(path));
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN SELECT * FROM \"Outbox\" AS \"o\" WHERE \"o\".\"State\" = 1 AND \"o\".\"NextAttemptAt\" <= $now ORDER BY \"o\".\"NextAttemptAt\" LIMIT $max;";
        command.Parameters.AddWithValue("$now", Now.ToUnixTimeTicks());
        command.Parameters.AddWithValue("$max", Due);
        using SqliteDataReader reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join("; ", plan);
    }

    /// <summary>Writes the benchmark mailbox directory unless it is there.</summary>
    public static void EnsureDirectory()
    {
        Directory.CreateDirectory(Folder);
        if (File.Exists(DirectoryPath))
        {
            return;
        }

        string example = FindExample();
        JsonNode directory = JsonNode.Parse(File.ReadAllText(example))!;
        directory.AsObject().Remove("$schema");
        JsonArray mailboxes = directory["mailboxes"]!.AsArray();
        JsonArray managers = directory["managers"]?.AsArray() ?? [];
        for (int unit = 0; unit < Managers; unit++)
        {
            string name = UnitName(unit);
            mailboxes.Add(new JsonObject
            {
                ["address"] = Mailbox(unit),
                ["name"] = string.Create(CultureInfo.InvariantCulture, $"Testenhet {unit:D3}"),
                ["owner"] = name,
                ["kind"] = "unit",
                ["registrators"] = new JsonArray(new JsonObject
                {
                    ["name"] = string.Create(CultureInfo.InvariantCulture, $"Registrator {unit:D3}"),
                    ["email"] = string.Create(CultureInfo.InvariantCulture, $"registrator{unit:D3}@osby.se"),
                }),
            });
            managers.Add(new JsonObject
            {
                ["name"] = string.Create(CultureInfo.InvariantCulture, $"Chef {unit:D3}"),
                ["email"] = Manager(unit),
                ["unit"] = name,
                ["role"] = "manager",
            });
        }

        directory["managers"] = managers;
        string partial = DirectoryPath + ".partial";
        File.WriteAllText(partial, directory.ToJsonString());
        using (FileStream stream = File.OpenRead(partial))
        {
            // The bot's own reader: a directory it would refuse fails here, not in the middle of a benchmark.
            Osby.Policy.Routing.MailboxDirectory.Load(stream);
        }

        File.Move(partial, DirectoryPath, overwrite: true);
    }

    private static string UnitName(int unit) => string.Create(CultureInfo.InvariantCulture, $"Testförvaltningen, enhet {unit:D3}");

    private static string Mailbox(int unit) => string.Create(CultureInfo.InvariantCulture, $"enhet{unit:D3}@osby.se");

    private static string CopyWithout(string path, string suffix, string[] indexes)
    {
        string copy = Path.ChangeExtension(path, null) + "-" + suffix + ".db";
        if (File.Exists(copy))
        {
            return copy;
        }

        string partial = copy + ".partial";
        SqliteConnection.ClearAllPools();
        File.Copy(path, partial, overwrite: true);
        using (var connection = new SqliteConnection($"Data Source={partial};Pooling=False"))
        {
            connection.Open();
            foreach (string index in indexes)
            {
                Execute(connection, $"DROP INDEX {index};");
            }

            Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        }

        File.Move(partial, copy);
        return copy;
    }

    private static void Seed(string path, int storedItems)
    {
        var watch = Stopwatch.StartNew();
        string partial = path + ".partial";
        foreach (string stale in new[] { partial, partial + "-wal", partial + "-shm" })
        {
            File.Delete(stale);
        }

        using (var context = new OsbyDbContext((DbContextOptions<OsbyDbContext>)new DbContextOptionsBuilder<OsbyDbContext>().UseOsbySqlite(partial).Options))
        {
            OsbyDatabase.MigrateAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        }

        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={partial};Pooling=False"))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;");
            using (SqliteTransaction transaction = connection.BeginTransaction())
            {
                Insert(connection, transaction, storedItems);
                transaction.Commit();
            }

            Execute(connection, "PRAGMA journal_mode = WAL;");
        }

        File.Move(partial, path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Seeded {storedItems:N0} stored items into {path} in {watch.Elapsed.TotalSeconds:F1} s ({new FileInfo(path).Length / 1_048_576.0:F0} MB)."));
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, int storedItems)
    {
        using SqliteCommand item = Prepare(
            connection,
            transaction,
            "INSERT INTO Items (Id, Channel, FirstArrival, OriginalSender, SenderCategory, Subject, Mailbox, InformationValue, ExternalMessageId, CreatedAt, Responsible, IsClosed, FirstResponse, LastActivity, UpdatedAt, Version) VALUES ($id, $channel, $arrival, $sender, $category, $subject, $mailbox, 1, $external, $arrival, $mailbox, $closed, $outcome, $last, $last, 1);",
            "$id", "$channel", "$arrival", "$sender", "$category", "$subject", "$mailbox", "$external", "$closed", "$outcome", "$last");
        using SqliteCommand entry = Prepare(
            connection,
            transaction,
            "INSERT INTO ItemEntries (ItemId, Sequence, Kind, At, RecordedAt, ActorId, ActorName) VALUES ($item, $sequence, $kind, $at, $at, $actor, $name);",
            "$item", "$sequence", "$kind", "$at", "$actor", "$name");
        using SqliteCommand party = Prepare(
            connection,
            transaction,
            "INSERT INTO ItemParties (ItemId, Party, Kind) VALUES ($item, $party, $kind);",
            "$item", "$party", "$kind");
        using SqliteCommand outbox = Prepare(
            connection,
            transaction,
            "INSERT INTO Outbox (Key, Kind, ItemId, Recipient, DueAt, Deadline, Step, State, Attempts, NextAttemptAt, SentAt, ConversationId, ActivityId) VALUES ($key, $kind, $item, $recipient, $due, $deadline, $step, $state, $attempts, $due, $sent, $conversation, $activity);",
            "$key", "$kind", "$item", "$recipient", "$due", "$deadline", "$step", "$state", "$attempts", "$sent", "$conversation", "$activity");

        long now = Now.ToUnixTimeTicks();
        long minute = Duration.FromMinutes(1).BclCompatibleTicks;
        long day = Duration.FromDays(1).BclCompatibleTicks;
        int dueLeft = Due;
        for (long i = 1; i <= storedItems; i++)
        {
            int unit = (int)(i % Managers);
            string mailbox = Mailbox(unit);
            bool open = i / Managers % 5 == 0;

            // Open items arrived within the last 10 days, closed ones within the last 60: spread, not sorted by id.
            long arrival = now - ((i * 7_919 % (open ? 10 * 24 * 60 : 60 * 24 * 60)) + 1) * minute;
            long last = open ? arrival : Math.Min(arrival + day, now - minute);
            string sender = string.Create(CultureInfo.InvariantCulture, $"avsandare{i}@example.se");
            string subject = string.Create(CultureInfo.InvariantCulture, $"Fråga nummer {i}");
            string external = string.Create(CultureInfo.InvariantCulture, $"<bench-{i}@example.se>");
            FirstResponseOutcome outcome = open ? FirstResponseOutcome.Unknown : ClosedOutcome(
                new ItemArrival(Channel.FunctionMailbox, Instant.FromUnixTimeTicks(arrival), sender, SenderCategory.Resident, subject, mailbox, 1, external),
                Instant.FromUnixTimeTicks(last));
            Set(item, i, (int)Channel.FunctionMailbox, arrival, sender, (int)SenderCategory.Resident, subject, mailbox, external, open ? 0 : 1, (int)outcome, last);
            item.ExecuteNonQuery();

            Set(entry, i, 1, (int)TrackedEventKind.Arrived, arrival, mailbox, "Registrator");
            entry.ExecuteNonQuery();
            if (open)
            {
                Set(party, i, mailbox, (int)ItemPartyKind.Responsible);
                party.ExecuteNonQuery();

                long deadline = arrival + 2 * day;
                for (int step = 1; step <= 2; step++)
                {
                    long due;
                    if (step == 1 && dueLeft > 0)
                    {
                        due = now - (dueLeft * minute / 100);
                        dueLeft--;
                    }
                    else
                    {
                        due = now + (60 * minute) + (i * 104_729 % (30 * 24 * 60) * minute);
                    }

                    ReminderKind kind = step == 1 ? ReminderKind.ResponseDueSoon : ReminderKind.ResponseOverdue;
                    Set(outbox, Key(i, kind, step, mailbox), (int)kind, i, mailbox, due, deadline, step, (int)OutboxState.Pending, 0, null, null, null);
                    outbox.ExecuteNonQuery();
                }
            }
            else
            {
                Set(entry, i, 2, (int)TrackedEventKind.Answered, last, mailbox, "Handläggare");
                entry.ExecuteNonQuery();
                Set(entry, i, 3, (int)TrackedEventKind.Closed, last, mailbox, "Handläggare");
                entry.ExecuteNonQuery();

                long sent = arrival + (day / 2);
                Set(outbox, Key(i, ReminderKind.ResponseDueSoon, 1, mailbox), (int)ReminderKind.ResponseDueSoon, i, mailbox, sent, arrival + 2 * day, 1,
                    (int)OutboxState.Sent, 1, sent, string.Create(CultureInfo.InvariantCulture, $"a:conversation-{unit}"),
                    string.Create(CultureInfo.InvariantCulture, $"activity-{i}"));
                outbox.ExecuteNonQuery();
            }
        }

        if (dueLeft > 0)
        {
            throw new InvalidOperationException($"Only {Due - dueLeft} rows could be made due; seed at least {5 * Due} items.");
        }
    }

    private static string Key(long item, ReminderKind kind, int step, string recipient) =>
        string.Create(CultureInfo.InvariantCulture, $"item:{item}:{(int)kind}:{step}:{recipient}");

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (string name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    /// <summary>The first-response outcome the ledger stores for a seeded closed item (answered and closed at
    /// <paramref name="closedAt"/>), worked out as the ledger does it.</summary>
    private static FirstResponseOutcome ClosedOutcome(ItemArrival arrival, Instant closedAt)
    {
        var actor = new Actor(arrival.Mailbox, "Handläggare");
        var item = new TrackedItem(0, arrival, [
            new ItemEntry(1, TrackedEventKind.Arrived, arrival.FirstArrival, arrival.FirstArrival, actor),
            new ItemEntry(2, TrackedEventKind.Answered, closedAt, closedAt, actor),
            new ItemEntry(3, TrackedEventKind.Closed, closedAt, closedAt, actor),
        ], 3);
        return FirstResponseOutcomes.Of(item, ServicePolicy.Default, closedAt);
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (int p = 0; p < values.Length; p++)
        {
            command.Parameters[p].Value = values[p] ?? DBNull.Value;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string FindExample()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Osby.sln")))
            {
                return Path.Combine(folder.FullName, "src", "Osby.Policy", "Routing", "mailbox-directory.example.json");
            }
        }

        throw new DirectoryNotFoundException($"No Osby.sln above {AppContext.BaseDirectory}.");
    }
}
