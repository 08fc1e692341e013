using Microsoft.EntityFrameworkCore;

namespace Osby.TeamsBot.Storage;

/// <summary>Brings the database up to date at start-up, before the server takes a request.</summary>
/// <remarks>
/// It does its work in <see cref="IHostedLifecycleService.StartingAsync"/>, which the host runs for every lifecycle service
/// before it calls <see cref="IHostedService.StartAsync"/> on any hosted service, the web server's included (the
/// <c>GenericWebHostService</c> opens Kestrel in its <c>StartAsync</c>). So the order of registration does not matter, and
/// other hosted services (reminders) also find the tables in place. A database that cannot be migrated stops the start.
/// </remarks>
/// <param name="contexts">The context factory.</param>
/// <param name="logger">Told which database and migration are in use.</param>
internal sealed partial class DatabaseMigrator(IDbContextFactory<OsbyDbContext> contexts, ILogger<DatabaseMigrator> logger) : IHostedLifecycleService
{
    /// <inheritdoc />
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            string? migration = await OsbyDatabase.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
            LogMigrated(logger, context.Database.GetDbConnection().DataSource, migration);
        }
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 60, Level = LogLevel.Information, Message = "Database {DataSource} is at migration {Migration}")]
    private static partial void LogMigrated(ILogger logger, string dataSource, string? migration);
}
