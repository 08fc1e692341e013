using System.Globalization;
using Microsoft.Extensions.Options;

namespace Osby.TeamsBot.Api;

/// <summary>Checks the item API's clients at start-up, listing every problem with its configuration key.</summary>
/// <remarks>A client needs a name and a 64-character hexadecimal SHA-256; two clients may share neither a name (the audit
/// trail could not tell them apart) nor a key (revoking one would revoke both).</remarks>
internal sealed class ItemApiOptionsValidator : IValidateOptions<ItemApiOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ItemApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> problems = [];
        var systems = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var hashes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < options.Clients.Count; i++)
        {
            ItemApiClient client = options.Clients[i];
            string key = string.Create(CultureInfo.InvariantCulture, $"{ItemApiOptions.Section}:Clients:{i}");
            string? system = client.System?.Trim();
            if (string.IsNullOrEmpty(system))
            {
                problems.Add($"{key}:System is blank: name the calling system, e.g. \"power-automate-bygglov\".");
            }
            else if (systems.TryGetValue(system, out int first))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{key}:System \"{system}\" is configured twice (also entry {first}): give each calling system one entry."));
            }
            else
            {
                systems[system] = i;
            }

            string? hash = client.KeySha256?.Trim();
            if (!ApiKeys.IsSha256Hex(hash))
            {
                problems.Add($"{key}:KeySha256 of \"{system}\" must be the key's SHA-256 as 64 hexadecimal characters (printf %s KEY | sha256sum), not the key itself.");
            }
            else if (hashes.TryGetValue(hash!, out int same))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{key}:KeySha256 of \"{system}\" is the same as entry {same}'s: each system needs its own key."));
            }
            else
            {
                hashes[hash!] = i;
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
