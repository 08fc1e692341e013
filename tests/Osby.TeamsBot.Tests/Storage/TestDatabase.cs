using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime.Testing;
using Osby.Policy.Deadlines;
using Osby.Policy.Routing;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.People;
using Osby.TeamsBot.Storage;

namespace Osby.TeamsBot.Tests.Storage;

/// <summary>A SQLite file of its own in a new temporary folder, with the ledger and people store on it; deleted on dispose.</summary>
/// <remarks>The clock stands at Friday 27 November 2026, 13.00 in Stockholm, and moves only when a test moves it.</remarks>
internal sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The time the clock starts at: Friday 27 November 2026, 12.00 UTC (13.00 in Stockholm).</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 27, 12, 0);

    private IDbContextFactory<OsbyDbContext>? contexts;

    public TestDatabase()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "osby-teamsbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, "osby-teamsbot.db");
    }

    /// <summary>Gets the folder the database lives in.</summary>
    public string Folder { get; }

    /// <summary>Gets the database file.</summary>
    public string Path { get; }

    /// <summary>Gets the clock of every ledger and store made here.</summary>
    public FakeClock Clock { get; } = new(Now);

    /// <summary>Gets the context factory, as the bot makes it (pooled, SQLite with WAL and busy timeout).</summary>
    public IDbContextFactory<OsbyDbContext> Contexts => contexts ??= NewContexts(Path);

    /// <summary>Deletes a test database's folder, after closing the pooled connections to its file.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="path">The database file.</param>
    public static void Delete(string folder, string path)
    {
        using (var connection = new SqliteConnection(OsbyDatabase.ConnectionString(path)))
        {
            SqliteConnection.ClearPool(connection);
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Migrates the file (as the bot does at start-up) and opens a ledger on it.</summary>
    public async Task<ItemLedger> OpenLedgerAsync(MailboxDirectory? directory = null, params IItemObserver[] observers)
    {
        await MigrateAsync();
        return new ItemLedger(Contexts, Clock, ServicePolicy.Default, directory ?? MailboxDirectory.Example, observers, NullLogger<ItemLedger>.Instance);
    }

    /// <summary>Migrates the file and opens a people store on it.</summary>
    public async Task<PeopleStore> OpenPeopleAsync()
    {
        await MigrateAsync();
        return new PeopleStore(Contexts, Clock);
    }

    /// <summary>As after a restart: drops the context pool and the pooled connections, and opens a new ledger on the same file.</summary>
    public Task<ItemLedger> RestartAsync(MailboxDirectory? directory = null)
    {
        CloseConnections();
        contexts = null;
        return OpenLedgerAsync(directory);
    }

    /// <summary>Migrates the file as the bot does at start-up.</summary>
    public async Task<string?> MigrateAsync()
    {
        await using OsbyDbContext context = await Contexts.CreateDbContextAsync();
        return await OsbyDatabase.MigrateAsync(context, CancellationToken.None);
    }

    /// <summary>Opens a context for looking at the stored rows directly.</summary>
    public OsbyDbContext OpenContext() => Contexts.CreateDbContext();

    public ValueTask DisposeAsync()
    {
        Delete(Folder, Path);
        return ValueTask.CompletedTask;
    }

    private static PooledDbContextFactory<OsbyDbContext> NewContexts(string path)
    {
        var options = new DbContextOptionsBuilder<OsbyDbContext>();
        options.UseOsbySqlite(path);
        return new PooledDbContextFactory<OsbyDbContext>(options.Options);
    }

    private void CloseConnections()
    {
        using var connection = new SqliteConnection(OsbyDatabase.ConnectionString(Path));
        SqliteConnection.ClearPool(connection);
    }
}
