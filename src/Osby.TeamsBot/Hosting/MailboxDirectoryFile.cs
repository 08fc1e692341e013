using Osby.Policy.Routing;

namespace Osby.TeamsBot.Hosting;

/// <summary>Loads the configured mailbox directory file, or the embedded example when none is configured.</summary>
internal static class MailboxDirectoryFile
{
    /// <summary>Loads the directory.</summary>
    /// <param name="options">Where the file is.</param>
    /// <param name="contentRoot">The folder a relative path is resolved against.</param>
    /// <returns>The loaded directory.</returns>
    /// <exception cref="MailboxDirectoryException">The file is broken; every problem is listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static MailboxDirectory Load(MailboxDirectoryOptions options, string contentRoot)
    {
        var path = FullPath(options, contentRoot);
        if (path is null)
        {
            return MailboxDirectory.Example;
        }

        using var stream = File.OpenRead(path);
        return MailboxDirectory.Load(stream);
    }

    /// <summary>Lists what is wrong with the configured file, in Swedish and English; empty when it loads.</summary>
    /// <param name="options">Where the file is.</param>
    /// <param name="contentRoot">The folder a relative path is resolved against.</param>
    /// <returns>The problems, each naming the setting and the file.</returns>
    public static IReadOnlyList<string> Check(MailboxDirectoryOptions options, string contentRoot)
    {
        var path = FullPath(options, contentRoot);
        if (path is null)
        {
            return [];
        }

        try
        {
            Load(options, contentRoot);
            return [];
        }
        catch (MailboxDirectoryException exception)
        {
            return [.. exception.Problems.Select(problem => $"{MailboxDirectoryOptions.Section}:Path ({path}): {problem}")];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [$"{MailboxDirectoryOptions.Section}:Path: filen {path} kan inte läsas / the file cannot be read ({exception.GetType().Name})."];
        }
    }

    private static string? FullPath(MailboxDirectoryOptions options, string contentRoot) =>
        string.IsNullOrWhiteSpace(options.Path) ? null : Path.GetFullPath(options.Path, contentRoot);
}
