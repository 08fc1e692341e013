namespace Osby.TeamsBot.Storage;

/// <summary>Where the bot keeps its database, section <c>Osby:Storage</c>.</summary>
/// <remarks>
/// Without a path the database is <c>Osby/osby-teamsbot.db</c> in the local application data folder of the account the
/// bot runs as (<see cref="Environment.SpecialFolder.LocalApplicationData"/>: <c>%LOCALAPPDATA%</c> on Windows,
/// <c>~/.local/share</c> on Linux). The folder is created when missing.
/// </remarks>
internal sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Osby:Storage";

    /// <summary>The database file's name in the default folder.</summary>
    public const string DefaultFileName = "osby-teamsbot.db";

    /// <summary>Gets or sets the SQLite database file, absolute or relative to the content root; empty for the default.</summary>
    public string? Path { get; set; }

    /// <summary>Gets the database file's full path.</summary>
    /// <param name="contentRoot">The content root, for a relative <see cref="Path"/>.</param>
    /// <returns>The full path.</returns>
    /// <exception cref="InvalidOperationException">No path is configured and the account has no local application data folder.</exception>
    /// <exception cref="ArgumentException">The configured path is not a valid path.</exception>
    public string ResolvePath(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(Path))
        {
            return System.IO.Path.GetFullPath(Path.Trim(), contentRoot);
        }

        // DoNotVerify: without it the path is empty while the folder does not exist yet (a new service account's
        // ~/.local/share); the folder is created with the database's.
        string appData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(appData))
        {
            throw new InvalidOperationException(
                $"{Section}:Path is not set and the account the bot runs as has no local application data folder; set {Section}:Path to the database file.");
        }

        return System.IO.Path.Combine(appData, "Osby", DefaultFileName);
    }
}
