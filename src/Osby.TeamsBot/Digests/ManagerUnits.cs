using Osby.Policy.Routing;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Digests;

/// <summary>A manager in the mailbox directory and the units their digest covers.</summary>
/// <param name="ManagerName">The manager's name, from the directory.</param>
/// <param name="Units">The units they lead, as the directory names them, each once.</param>
/// <remarks>
/// <para>The rule (RT-12: the directory is data the municipality maintains): a manager is a directory manager whose e-mail
/// address or Teams UPN is the person's party key, ignoring case; their units are those managers' <see cref="Manager.Unit"/>s.
/// A unit covers an owner (of a function mailbox, or a person's unit) that equals it or starts with "{unit},", ignoring
/// case and surrounding blanks, so "Samhällsbyggnadsförvaltningen" covers "Samhällsbyggnadsförvaltningen, miljöenheten" but
/// not "Samhällsbyggnadsförvaltningen2" nor "Socialförvaltningen".</para>
/// <para>A unit's parties are the function mailboxes it covers, their registrators and substitutes (RT-11), the
/// directory's managers of a covered unit, and the people the bot has stored with a covered unit.</para>
/// </remarks>
internal sealed record ManagerUnits(string ManagerName, IReadOnlyList<string> Units)
{
    /// <summary>Finds the units a person manages.</summary>
    /// <param name="directory">The mailbox directory.</param>
    /// <param name="party">The person's party key (e-mail address or UPN).</param>
    /// <returns>The manager and their units, or null when the person is not a manager in the directory.</returns>
    public static ManagerUnits? Of(MailboxDirectory directory, string party)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (string.IsNullOrWhiteSpace(party))
        {
            return null;
        }

        Manager[] managers = [.. directory.Managers.Where(m => Parties.Same(m.Email, party) || Parties.Same(m.TeamsUpn, party))];
        if (managers.Length == 0)
        {
            return null;
        }

        string[] units = [.. managers.Select(m => m.Unit.Trim()).Where(u => u.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        return units.Length == 0 ? null : new ManagerUnits(managers[0].Name, units);
    }

    /// <summary>Whether one of the units covers an owner: the owner is the unit or a part of it ("{unit}, …").</summary>
    /// <param name="owner">A function mailbox's owner or a person's unit.</param>
    /// <returns>True when covered.</returns>
    public bool Covers(string? owner)
    {
        if (string.IsNullOrWhiteSpace(owner))
        {
            return false;
        }

        string o = owner.Trim();
        return Units.Any(u => o.Equals(u, StringComparison.OrdinalIgnoreCase) || o.StartsWith(u + ",", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The parties the directory places in the units: covered function mailboxes, their registrators and
    /// substitutes, and the managers of covered units.</summary>
    /// <param name="directory">The mailbox directory.</param>
    /// <returns>Party keys (<see cref="Parties.Normalize"/>), each once.</returns>
    public IReadOnlyList<string> DirectoryParties(MailboxDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        IEnumerable<string?> mailboxes = directory.Mailboxes.Where(m => Covers(m.Owner))
            .SelectMany(m => m.Registrators.Select(r => r.Email).Append(m.Substitute?.Email).Prepend(m.Address));
        IEnumerable<string?> managers = directory.Managers.Where(m => Covers(m.Unit)).SelectMany(m => new[] { m.Email, m.TeamsUpn });
        return [.. mailboxes.Concat(managers).OfType<string>().Where(p => !string.IsNullOrWhiteSpace(p)).Select(Parties.Normalize)
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
