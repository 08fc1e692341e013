using Osby.Policy.Routing;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.People;

/// <summary>A person's unit and roles as the mailbox directory gives them (RT-11, RT-12): the directory is the one source.</summary>
internal static class DirectoryRoles
{
    /// <summary>Reads a person's unit and roles from the directory by their addresses.</summary>
    /// <param name="directory">The mailbox directory.</param>
    /// <param name="addresses">The person's e-mail address and UPN (either may be null).</param>
    /// <returns>The unit (a manager's unit, else the owner of the first mailbox they are registrator or substitute of) and the roles.</returns>
    public static (string? Unit, PersonRoles Roles) For(MailboxDirectory directory, params string?[] addresses)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(addresses);

        bool Is(string? address) => address is not null && addresses.Any(a => Parties.Same(a, address));

        var roles = PersonRoles.None;
        string? unit = null;
        foreach (Manager manager in directory.Managers.Where(m => Is(m.Email) || Is(m.TeamsUpn)))
        {
            roles |= PersonRoles.Manager;
            unit ??= manager.Unit;
        }

        foreach (FunctionMailbox mailbox in directory.Mailboxes)
        {
            if (mailbox.Registrators.Any(r => Is(r.Email)))
            {
                roles |= PersonRoles.Registrator;
                if (Parties.Same(mailbox.Address, MailboxDirectory.OfficialAddress) || Parties.Same(mailbox.Address, MailboxDirectory.KontaktcenterAddress))
                {
                    roles |= PersonRoles.Kontaktcenter;
                }

                unit ??= mailbox.Owner;
            }

            if (Is(mailbox.Substitute?.Email))
            {
                roles |= PersonRoles.Substitute;
                unit ??= mailbox.Owner;
            }
        }

        return (unit, roles);
    }

    /// <summary>The function mailboxes a person acts for: as registrator or as substitute (RT-11).</summary>
    /// <param name="directory">The mailbox directory.</param>
    /// <param name="partyKey">The person's party key.</param>
    /// <returns>The mailboxes' addresses, lower-case.</returns>
    public static IReadOnlyList<string> MailboxesOf(MailboxDirectory directory, string partyKey)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return [.. directory.Mailboxes
            .Where(m => m.Registrators.Any(r => Parties.Same(r.Email, partyKey)) || Parties.Same(m.Substitute?.Email, partyKey))
            .Select(m => Parties.Normalize(m.Address))];
    }
}
