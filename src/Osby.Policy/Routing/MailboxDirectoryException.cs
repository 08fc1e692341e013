namespace Osby.Policy.Routing;

/// <summary>Thrown when a mailbox directory file is not valid; lists every problem found, not only the first.</summary>
/// <remarks>
/// Each problem names its JSON path and line and says what is wrong in Swedish and English. A file that is not JSON at
/// all has one problem, the syntax error; otherwise every check runs and all failures are listed, in file order.
/// </remarks>
public sealed class MailboxDirectoryException : FormatException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">The problems, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public MailboxDirectoryException(IReadOnlyList<MailboxDirectoryProblem> problems)
        : base(Describe(problems))
    {
        Problems = [.. problems];
    }

    /// <summary>Creates the exception with a generic message and no problems.</summary>
    public MailboxDirectoryException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message, which becomes its one problem (path "$").</summary>
    /// <param name="message">The message.</param>
    public MailboxDirectoryException(string message)
        : base(message)
    {
        Problems = [new MailboxDirectoryProblem("$", null, message, message)];
    }

    /// <summary>Creates the exception with a message, which becomes its one problem (path "$"), and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MailboxDirectoryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new MailboxDirectoryProblem("$", null, message, message)];
    }

    /// <summary>Gets the problems, in file order.</summary>
    public IReadOnlyList<MailboxDirectoryProblem> Problems { get; }

    private static string Describe(IReadOnlyList<MailboxDirectoryProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return "Katalogen över funktionsbrevlådor är felaktig / The mailbox directory is invalid:" + Environment.NewLine
            + string.Join(Environment.NewLine, problems.Select(p => "- " + p));
    }
}
