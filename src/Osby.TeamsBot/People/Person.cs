namespace Osby.TeamsBot.People;

/// <summary>Someone the bot knows from Teams: ids to reach them, and their unit and roles from the mailbox directory.</summary>
/// <param name="TeamsUserId">The Teams user id ("29:…"), the key.</param>
/// <param name="AadObjectId">The Entra ID object id, if known.</param>
/// <param name="Upn">The user principal name, if known.</param>
/// <param name="Email">The e-mail address, if known; with the UPN, the person's party key.</param>
/// <param name="Name">The display name.</param>
/// <param name="TenantId">The Entra tenant.</param>
/// <param name="Unit">The unit, from the directory (a manager's unit, or the owner of a mailbox they are registrator of).</param>
/// <param name="Roles">The roles, from the directory.</param>
internal sealed record Person(
    string TeamsUserId,
    string? AadObjectId,
    string? Upn,
    string? Email,
    string Name,
    string? TenantId,
    string? Unit,
    PersonRoles Roles)
{
    /// <summary>Gets the party key: the e-mail address, else the UPN, lower-case; null when neither is known.</summary>
    public string? PartyKey => (Email ?? Upn) is { Length: > 0 } address ? Items.Parties.Normalize(address) : null;
}
