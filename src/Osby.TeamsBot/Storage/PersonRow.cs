using NodaTime;
using Osby.TeamsBot.People;

namespace Osby.TeamsBot.Storage;

/// <summary>A stored <see cref="Person"/>, with lower-case copies of the ids people are looked up by.</summary>
internal sealed class PersonRow
{
    /// <summary>Gets or sets the Teams user id, the key.</summary>
    public string TeamsUserId { get; set; } = string.Empty;

    /// <summary>Gets or sets <see cref="TeamsUserId"/> in lower case, for look-ups.</summary>
    public string TeamsUserIdKey { get; set; } = string.Empty;

    /// <summary>Gets or sets the Entra object id as given.</summary>
    public string? AadObjectId { get; set; }

    /// <summary>Gets or sets <see cref="AadObjectId"/> in lower case, for look-ups.</summary>
    public string? AadObjectIdKey { get; set; }

    /// <summary>Gets or sets the user principal name as given.</summary>
    public string? Upn { get; set; }

    /// <summary>Gets or sets <see cref="Upn"/> in lower case, for look-ups.</summary>
    public string? UpnKey { get; set; }

    /// <summary>Gets or sets the e-mail address as given.</summary>
    public string? Email { get; set; }

    /// <summary>Gets or sets <see cref="Email"/> in lower case, for look-ups.</summary>
    public string? EmailKey { get; set; }

    /// <summary>Gets or sets the display name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the Entra tenant.</summary>
    public string? TenantId { get; set; }

    /// <summary>Gets or sets the unit.</summary>
    public string? Unit { get; set; }

    /// <summary>Gets or sets the roles.</summary>
    public PersonRoles Roles { get; set; }

    /// <summary>Gets or sets when the person was last stored.</summary>
    public Instant UpdatedAt { get; set; }

    /// <summary>Writes an id as the look-up columns hold it: trimmed and lower-case; null when blank.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The key, or null.</returns>
    public static string? Key(string? id) => string.IsNullOrWhiteSpace(id) ? null : id.Trim().ToLowerInvariant();
}
