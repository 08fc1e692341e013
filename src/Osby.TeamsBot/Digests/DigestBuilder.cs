using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Digests;

/// <summary>Builds a manager's digest card for their unit(s) from the stored items and failed deliveries.</summary>
internal sealed class DigestBuilder
{
    /// <summary>Builds the digest for a manager now.</summary>
    /// <param name="managerParty">The manager's party key (e-mail address or Teams UPN, as in the mailbox directory).</param>
    /// <param name="evenIfEmpty">Build a card even when there is nothing to report (the manager asked with "sammanställning").</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The card, or null when the person is not a manager in the directory or there is nothing to report and it was not asked for.</returns>
    public Task<AdaptiveCard?> BuildAsync(string managerParty, bool evenIfEmpty, CancellationToken cancellationToken) => throw new NotImplementedException();
}
