using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Osby.TeamsBot.Api;

/// <summary>The configured key hashes of the item API's calling systems, and which system a presented key belongs to.</summary>
/// <remarks>
/// A presented key is hashed with SHA-256 (UTF-8) and compared with every configured hash in constant time, without
/// stopping at a match, so the response time says nothing about the keys. The keys are random 256-bit values
/// (<c>openssl rand -hex 32</c>), so a plain hash is enough: there is nothing to guess by brute force. Thread-safe.
/// </remarks>
internal sealed class ApiKeys
{
    private readonly (string System, byte[] Hash)[] clients;

    /// <summary>Initializes a new instance of the <see cref="ApiKeys"/> class from the validated options.</summary>
    /// <param name="options">The item API options.</param>
    public ApiKeys(IOptions<ItemApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        clients = [.. options.Value.Clients.Select(c => (c.System!.Trim(), Convert.FromHexString(c.KeySha256!.Trim())))];
    }

    /// <summary>Gets the names of the configured systems.</summary>
    public IReadOnlyList<string> Systems => [.. clients.Select(c => c.System)];

    /// <summary>Whether a text is a SHA-256 written as 64 hexadecimal characters.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when it is.</returns>
    public static bool IsSha256Hex(string? text) => text is { Length: 64 } && text.All(char.IsAsciiHexDigit);

    /// <summary>Finds the system a key belongs to.</summary>
    /// <param name="key">The key presented in <c>X-Api-Key</c>.</param>
    /// <returns>The system's name, or null when the key matches none.</returns>
    public string? FindSystem(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        byte[] presented = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        string? found = null;
        foreach ((string system, byte[] hash) in clients)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, hash))
            {
                found = system;
            }
        }

        return found;
    }
}
