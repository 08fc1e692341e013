using Osby.Policy.Routing;

namespace Osby.TeamsBot.Items;

/// <summary>Party keys (who has an item) and who may act for whom.</summary>
/// <remarks>
/// A party in an item's forward chain is a person's e-mail address or UPN, or a function mailbox's address; external
/// senders are whatever identifies them (an address, a phone number, a name). Keys compare case-insensitively and are
/// stored lower-case when they are addresses.
/// </remarks>
internal static class Parties
{
    /// <summary>Normalises a party key: trimmed, and lower-case when it is an address.</summary>
    /// <param name="party">The party.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException"><paramref name="party"/> is null or blank.</exception>
    public static string Normalize(string party)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(party);
        string trimmed = party.Trim();
        return trimmed.Contains('@', StringComparison.Ordinal) ? trimmed.ToLowerInvariant() : trimmed;
    }

    /// <summary>Whether two party keys name the same party.</summary>
    /// <param name="a">One key.</param>
    /// <param name="b">The other.</param>
    /// <returns>True when they are equal, ignoring case and surrounding blanks.</returns>
    public static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a person may answer a forward addressed to a party (RT-7, RT-11): the party themselves; for a function
    /// mailbox, its registrators and its substitute; for a person, the substitute of a function mailbox that person is
    /// registrator of. A calling system may record every event.
    /// </summary>
    /// <param name="directory">The function mailboxes.</param>
    /// <param name="actor">Who wants to act.</param>
    /// <param name="party">The addressed party.</param>
    /// <returns>True when the actor may act.</returns>
    public static bool MayActFor(MailboxDirectory directory, Actor actor, string party)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsSystem || Same(actor.Id, party))
        {
            return true;
        }

        if (directory.Find(party) is { } mailbox)
        {
            return mailbox.Registrators.Any(r => Same(r.Email, actor.Id)) || Same(mailbox.Substitute?.Email, actor.Id);
        }

        return directory.Mailboxes.Any(m => m.Registrators.Any(r => Same(r.Email, party)) && Same(m.Substitute?.Email, actor.Id));
    }

    /// <summary>The people who read for a party: a function mailbox's registrators and substitute (RT-11), or the person.</summary>
    /// <param name="directory">The function mailboxes.</param>
    /// <param name="party">A party key.</param>
    /// <returns>Their party keys, without repeats.</returns>
    public static IReadOnlyList<string> Addressees(MailboxDirectory directory, string party)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return directory.Find(party) is { } mailbox
            ? [.. mailbox.Registrators.Select(r => r.Email).Append(mailbox.Substitute?.Email).OfType<string>().Select(Normalize).Distinct()]
            : [Normalize(party)];
    }
}
