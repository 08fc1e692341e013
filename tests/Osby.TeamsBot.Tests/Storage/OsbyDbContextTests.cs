using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Osby.Policy;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Storage;

namespace Osby.TeamsBot.Tests.Storage;

/// <summary>The model, its checked-in migrations and how values land in the SQLite file.</summary>
public sealed class OsbyDbContextTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        await using OsbyDbContext context = database.OpenContext();

        context.Database.HasPendingModelChanges().Should().BeFalse(
            "every model change needs a migration: dotnet ef migrations add <Name> --project src/Osby.TeamsBot --output-dir Storage/Migrations");
    }

    [Fact]
    public async Task MigrateAsync_FreshFile_AppliesEveryMigrationUpToTheLatest()
    {
        File.Exists(database.Path).Should().BeFalse();

        string? latest = await database.MigrateAsync();

        File.Exists(database.Path).Should().BeTrue();
        await using OsbyDbContext context = database.OpenContext();
        List<string> all = [.. context.Database.GetMigrations()];
        all.Should().NotBeEmpty();
        latest.Should().Be(all[^1]);
        (await context.Database.GetAppliedMigrationsAsync()).Should().Equal(all);
        (await context.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task MigrateAsync_UpToDateFile_KeepsItsData()
    {
        ItemLedger ledger = await database.OpenLedgerAsync();
        ItemChangeResult registered = await ledger.RegisterAsync(
            new ItemArrival(Channel.EService, TestDatabase.Now, "anna@example.se", SenderCategory.Resident, null, "kommun@osby.se", 0, "<x@example.se>"),
            Actor.System("e-tjänst"),
            default);

        ItemLedger again = await database.RestartAsync();

        (await again.FindAsync(registered.Item!.Id, default)).Should().NotBeNull();
    }

    [Fact]
    public async Task Connections_UseWalAndWaitForTheWriteLock()
    {
        await database.MigrateAsync();
        await using OsbyDbContext context = database.OpenContext();
        DbConnection connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();

        (await ScalarAsync(connection, "PRAGMA journal_mode;")).Should().Be("wal");
        (await ScalarAsync(connection, "PRAGMA busy_timeout;")).Should().Be("30000");
    }

    [Fact]
    public async Task Instants_AreStoredAsUnixTicks_AndEnumsAsNumbers()
    {
        ItemLedger ledger = await database.OpenLedgerAsync();
        var arrival = new ItemArrival(
            Channel.Sefos, Instant.FromUtc(2026, 11, 27, 8, 0), "anna@example.se", SenderCategory.Authority, null, "kommun@osby.se", 2, null);
        ItemChangeResult registered = await ledger.RegisterAsync(arrival, Actor.System("e-tjänst"), default);

        await using OsbyDbContext context = database.OpenContext();
        DbConnection connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        string id = registered.Item!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        (await ScalarAsync(connection, $"SELECT FirstArrival FROM Items WHERE Id = {id};")).Should().Be("17957664000000000");
        (await ScalarAsync(connection, $"SELECT Channel FROM Items WHERE Id = {id};")).Should().Be("8");
        (await ScalarAsync(connection, $"SELECT SenderCategory FROM Items WHERE Id = {id};")).Should().Be("3");
        (await ScalarAsync(connection, $"SELECT Kind FROM ItemEntries WHERE ItemId = {id};")).Should().Be("1");
    }

    private static async Task<string?> ScalarAsync(DbConnection connection, string sql)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        object? value = await command.ExecuteScalarAsync();
        return Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
