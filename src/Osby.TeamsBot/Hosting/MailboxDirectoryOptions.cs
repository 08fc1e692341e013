namespace Osby.TeamsBot.Hosting;

/// <summary>Where the bot reads the municipality's mailbox directory (Bilaga 2), section <c>Osby:MailboxDirectory</c>.</summary>
/// <remarks>
/// Without a path the bot uses the example directory embedded in Osby.Policy, which holds the
/// two addresses the guideline names and entries marked EXEMPEL; see <c>docs/mailbox-directory.md</c>
/// for how to write the real one.
/// </remarks>
internal sealed class MailboxDirectoryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Osby:MailboxDirectory";

    /// <summary>Gets or sets the path of the directory JSON file, relative to the content root; empty for the example.</summary>
    public string? Path { get; set; }
}
