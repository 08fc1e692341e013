using Osby.Policy.Routing;

namespace Osby.Policy.Tests.Routing;

/// <summary>One message of a labelled test set: what arrived, and whether a registrator would call it advertising or routine mail.</summary>
/// <param name="Kind">What sort of message it is, e.g. "newsletter" or "invoice"; for the test output only.</param>
/// <param name="IsRoutine">True for advertising and routine mail (rule RT-6: offers of courses, purchases, newsletters and the like);
/// false for a real matter that must be handled.</param>
/// <param name="From">The sender as it appears in the From header.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The plain-text body.</param>
/// <param name="Headers">Relevant headers as "Name: value".</param>
internal sealed record LabelledMail(string Kind, bool IsRoutine, string From, string Subject, string Body, string[] Headers)
{
    /// <summary>Gets how it came in; most test messages reach kommun@osby.se.</summary>
    public Channel Channel { get; init; } = Channel.OfficialMailbox;

    /// <summary>Gets the address it was sent to.</summary>
    public string To { get; init; } = "kommun@osby.se";

    /// <summary>Turns the labelled message into the router's input.</summary>
    /// <returns>The message.</returns>
    public InboundMessage ToMessage() => new(
        From,
        [To],
        Subject,
        Body,
        Channel,
        headers: Headers.ToDictionary(
            h => h[..h.IndexOf(':', StringComparison.Ordinal)],
            h => h[(h.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(),
            StringComparer.OrdinalIgnoreCase));

    /// <summary>Returns the kind and subject, for test output.</summary>
    /// <returns>"kind: subject".</returns>
    public override string ToString() => $"{Kind}: {Subject}";

    /// <summary>Creates an advertising or routine message.</summary>
    public static LabelledMail Routine(string kind, string from, string subject, string body, params string[] headers) =>
        new(kind, true, from, subject, body, headers);

    /// <summary>Creates a real matter.</summary>
    public static LabelledMail Matter(string kind, string from, string subject, string body, params string[] headers) =>
        new(kind, false, from, subject, body, headers);
}
