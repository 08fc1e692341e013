using System.Globalization;

namespace Osby.Policy.Routing;

/// <summary>One thing wrong with a directory file: where it is, and what is wrong in Swedish and English.</summary>
/// <remarks>Instances are immutable and thread-safe; they come from <see cref="MailboxDirectoryException.Problems"/> and
/// <see cref="MailboxDirectorySource.TryReload(string, out IReadOnlyList{MailboxDirectoryProblem})"/>.</remarks>
public sealed class MailboxDirectoryProblem
{
    internal MailboxDirectoryProblem(string path, int? line, string swedishMessage, string englishMessage)
    {
        Path = path;
        Line = line;
        SwedishMessage = swedishMessage;
        EnglishMessage = englishMessage;
    }

    /// <summary>Gets the JSON path of the value concerned, e.g. "$.mailboxes[3].redirectTo"; "$" for the whole file.</summary>
    /// <remarks>A missing field's path names the field; its <see cref="Line"/> is that of the object that lacks it.</remarks>
    public string Path { get; }

    /// <summary>Gets the 1-based line in the file, or null when it is not known.</summary>
    public int? Line { get; }

    /// <summary>Gets what is wrong, in Swedish, for the person who maintains the file.</summary>
    public string SwedishMessage { get; }

    /// <summary>Gets what is wrong, in English.</summary>
    public string EnglishMessage { get; }

    /// <summary>Returns "rad 12, $.mailboxes[3].redirectTo: Swedish / English".</summary>
    /// <returns>The problem as one line of text.</returns>
    public override string ToString() => Line is { } line
        ? string.Create(CultureInfo.InvariantCulture, $"rad {line}, {Path}: {SwedishMessage} / {EnglishMessage}")
        : $"{Path}: {SwedishMessage} / {EnglishMessage}";
}
