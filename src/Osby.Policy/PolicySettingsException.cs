namespace Osby.Policy;

/// <summary>Thrown when configuration settings of the library are invalid; lists every problem.</summary>
/// <remarks>Each problem names the setting's path (e.g. "ClosedDays:0") and says what is wrong in Swedish and English.</remarks>
public sealed class PolicySettingsException : ArgumentException
{
    /// <summary>Creates the exception from a list of problems.</summary>
    /// <param name="problems">The problems, one per invalid setting.</param>
    public PolicySettingsException(IReadOnlyList<string> problems)
        : base("Inställningarna är felaktiga / The settings are invalid:" + Environment.NewLine
               + string.Join(Environment.NewLine, (problems ?? throw new ArgumentNullException(nameof(problems))).Select(p => "- " + p)))
    {
        Problems = [.. problems];
    }

    /// <summary>Creates the exception with a message.</summary>
    public PolicySettingsException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public PolicySettingsException(string message)
        : base(message)
    {
        Problems = [message];
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PolicySettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Gets the problems, one per invalid setting.</summary>
    public IReadOnlyList<string> Problems { get; }
}
