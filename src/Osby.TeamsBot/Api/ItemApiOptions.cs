namespace Osby.TeamsBot.Api;

/// <summary>The systems that may call the item API, section <c>Osby:Api</c>.</summary>
/// <remarks>
/// Each calling system has its own key; only the key's SHA-256 is configured, so configuration and its backups never
/// hold a usable key. With no clients the API answers 401 to everyone (and says so at start-up). See docs/items-api.md.
/// </remarks>
internal sealed class ItemApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Osby:Api";

    /// <summary>Gets the calling systems.</summary>
    public IList<ItemApiClient> Clients { get; } = [];
}

/// <summary>A system that may call the item API, e.g. <c>{ "System": "power-automate-bygglov", "KeySha256": "…" }</c>.</summary>
internal sealed class ItemApiClient
{
    /// <summary>Gets or sets the system's name: the actor of its changes (<c>system:&lt;name&gt;</c>) in the audit trail.</summary>
    public string? System { get; set; }

    /// <summary>Gets or sets the SHA-256 of the system's key, as 64 hexadecimal characters (<c>printf %s KEY | sha256sum</c>).</summary>
    public string? KeySha256 { get; set; }
}
