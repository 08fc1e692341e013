using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Osby.TeamsBot.Storage;

/// <summary>The SQLite side of the storage: the connection, WAL, the busy timeout, and bringing a database file up to date.</summary>
/// <remarks>
/// Everything provider-specific lives here, not in <see cref="OsbyDbContext"/>. Several requests write at once, so the
/// database runs in WAL mode (readers do not block the writer) and every connection waits for the write lock
/// (<see cref="BusyTimeout"/>) instead of failing with "database is locked".
/// </remarks>
internal static class OsbyDatabase
{
    /// <summary>How long a connection waits for another one's write lock before giving up.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private static readonly BusyTimeoutInterceptor Interceptor = new();

    /// <summary>Configures a context for the SQLite file at <paramref name="path"/>.</summary>
    /// <param name="options">The options to configure.</param>
    /// <param name="path">The database file's full path.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    public static DbContextOptionsBuilder UseOsbySqlite(this DbContextOptionsBuilder options, string path)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return options.UseSqlite(ConnectionString(path)).AddInterceptors(Interceptor);
    }

    /// <summary>The connection string for a database file: created when missing, pooled, with <see cref="BusyTimeout"/> as command timeout.</summary>
    /// <param name="path">The database file's full path.</param>
    /// <returns>The connection string.</returns>
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = (int)BusyTimeout.TotalSeconds,
    }.ToString();

    /// <summary>Creates the database's folder when missing, applies every pending migration and, on SQLite, switches to WAL.</summary>
    /// <param name="context">A context on the database.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The latest migration applied.</returns>
    public static async Task<string?> MigrateAsync(OsbyDbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Database.IsSqlite() && context.Database.GetDbConnection() is SqliteConnection connection
            && Path.GetDirectoryName(Path.GetFullPath(connection.DataSource)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (context.Database.IsSqlite())
        {
            // WAL is a property of the file: set once, it holds for every later connection.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
        }

        return (await context.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).LastOrDefault();
    }

    /// <summary>Sets SQLite's busy timeout on every connection as it opens, so a writer waits for another's lock.</summary>
    private sealed class BusyTimeoutInterceptor : DbConnectionInterceptor
    {
        private static readonly string Pragma = $"PRAGMA busy_timeout = {(long)BusyTimeout.TotalMilliseconds};";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using DbCommand command = connection.CreateCommand();
            command.CommandText = Pragma;
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            DbCommand command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = Pragma;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
