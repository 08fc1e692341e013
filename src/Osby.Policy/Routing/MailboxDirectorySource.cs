namespace Osby.Policy.Routing;

/// <summary>Holds the directory a running service uses, and replaces it only with a valid one (rule RT-12).</summary>
/// <remarks>
/// When the municipality edits the file, the service calls <see cref="TryReload(string, out IReadOnlyList{MailboxDirectoryProblem})"/>:
/// a valid file becomes <see cref="Current"/>; a broken one is reported with every problem and the last good directory
/// stays in use, so a typo never takes routing down. Thread-safe: readers always see a whole directory, and concurrent
/// reloads are applied one at a time.
/// </remarks>
public sealed class MailboxDirectorySource
{
    private readonly object reloading = new();
    private MailboxDirectory current;

    /// <summary>Creates the source with the directory to start from.</summary>
    /// <param name="initial">The directory in use until a reload succeeds, e.g. one loaded at start-up.</param>
    /// <exception cref="ArgumentNullException"><paramref name="initial"/> is null.</exception>
    public MailboxDirectorySource(MailboxDirectory initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        current = initial;
    }

    /// <summary>Gets the directory in use: the last one that loaded without problems.</summary>
    public MailboxDirectory Current => Volatile.Read(ref current);

    /// <summary>Reads a directory file and, if it is valid, makes it <see cref="Current"/>; otherwise keeps the last good one.</summary>
    /// <param name="json">The file's text (JSON).</param>
    /// <param name="problems">Every problem found, in file order; empty on success.</param>
    /// <returns>True when the new directory is in use; false when the file has problems and the previous directory stays.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public bool TryReload(string json, out IReadOnlyList<MailboxDirectoryProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryReload(System.Text.Encoding.UTF8.GetBytes(json), out problems);
    }

    /// <summary>Reads a directory file from a stream of UTF-8 text and, if it is valid, makes it <see cref="Current"/>; otherwise keeps the last good one.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="problems">Every problem found, in file order; empty on success.</param>
    /// <returns>True when the new directory is in use; false when the file has problems and the previous directory stays.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read; the previous directory stays.</exception>
    public bool TryReload(Stream utf8Json, out IReadOnlyList<MailboxDirectoryProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var copy = new MemoryStream();
        utf8Json.CopyTo(copy);
        return TryReload(copy.ToArray(), out problems);
    }

    private bool TryReload(byte[] utf8Json, out IReadOnlyList<MailboxDirectoryProblem> problems)
    {
        lock (reloading)
        {
            MailboxDirectory? loaded = MailboxDirectoryReader.Read(utf8Json, out problems);
            if (loaded is null)
            {
                return false;
            }

            Volatile.Write(ref current, loaded);
            return true;
        }
    }
}
