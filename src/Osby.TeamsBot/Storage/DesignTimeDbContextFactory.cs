using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Osby.TeamsBot.Storage;

/// <summary>Lets <c>dotnet ef</c> create the context without starting the bot (migrations only; see docs/storage.md).</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<OsbyDbContext>
{
    /// <summary>Creates a context on a scratch file in the temporary folder, or on the file given as <c>-- --path FILE</c>.</summary>
    /// <param name="args">The arguments after <c>--</c> on the <c>dotnet ef</c> command line.</param>
    /// <returns>The context.</returns>
    public OsbyDbContext CreateDbContext(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int at = Array.IndexOf(args, "--path");
        string path = at >= 0 && at + 1 < args.Length
            ? Path.GetFullPath(args[at + 1])
            : Path.Combine(Path.GetTempPath(), "osby-teamsbot-design.db");
        var options = new DbContextOptionsBuilder<OsbyDbContext>();
        options.UseOsbySqlite(path);
        return new OsbyDbContext(options.Options);
    }
}
