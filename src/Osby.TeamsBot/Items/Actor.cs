namespace Osby.TeamsBot.Items;

/// <summary>Who made a change: a person in Teams (by e-mail address or UPN) or a calling system (by its API key's name).</summary>
/// <param name="Id">The party key: a person's lower-case e-mail address or UPN, or <c>system:&lt;name&gt;</c>.</param>
/// <param name="Name">The display name written in the audit trail and on cards.</param>
internal sealed record Actor(string Id, string Name)
{
    private const string SystemPrefix = "system:";

    /// <summary>Gets a value indicating whether the actor is a calling system rather than a person.</summary>
    public bool IsSystem => Id.StartsWith(SystemPrefix, StringComparison.Ordinal);

    /// <summary>Creates a person actor.</summary>
    /// <param name="address">The person's e-mail address or UPN.</param>
    /// <param name="name">The person's display name; the address when blank.</param>
    /// <returns>The actor.</returns>
    public static Actor Person(string address, string? name)
    {
        string key = Parties.Normalize(address);
        return new(key, string.IsNullOrWhiteSpace(name) ? key : name.Trim());
    }

    /// <summary>Creates a system actor.</summary>
    /// <param name="name">The calling system's name, as configured with its API key.</param>
    /// <returns>The actor.</returns>
    public static Actor System(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new(SystemPrefix + name.Trim(), name.Trim());
    }
}
