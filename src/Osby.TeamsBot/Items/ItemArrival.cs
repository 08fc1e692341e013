using NodaTime;
using Osby.Policy;

namespace Osby.TeamsBot.Items;

/// <summary>An item's first arrival, as registered through the API or the "registrera" card.</summary>
/// <param name="Channel">Where it came in.</param>
/// <param name="FirstArrival">When it first reached the municipality (DL-9): every deadline runs from here.</param>
/// <param name="OriginalSender">Who sent it: an address, a phone number or a name (RT-8: every recipient sees it).</param>
/// <param name="SenderCategory">What kind of sender; shown instead of the sender on sensitive items (RT-14).</param>
/// <param name="Subject">The subject or a short description; never shown on cards when <see cref="InformationValue"/> is 2 or more.</param>
/// <param name="Mailbox">The first receiver: a function mailbox's address or a person's address (the first party of the chain).</param>
/// <param name="InformationValue">The SEFOS routine's information value, 0–3 (RT-14).</param>
/// <param name="ExternalMessageId">The calling system's id of the message (e.g. the mail's Message-ID); the same id is one item.</param>
internal sealed record ItemArrival(
    Channel Channel,
    Instant FirstArrival,
    string OriginalSender,
    SenderCategory SenderCategory,
    string? Subject,
    string Mailbox,
    int InformationValue,
    string? ExternalMessageId)
{
    /// <summary>The highest information value on the SEFOS routine's four-level scale.</summary>
    public const int MaxInformationValue = 3;

    /// <summary>The information value from which subject and text stay off cards (RT-14).</summary>
    public const int SensitiveFrom = 2;

    /// <summary>The longest subject kept, in characters.</summary>
    public const int MaxSubjectLength = 500;

    /// <summary>Gets a value indicating whether subject and text must stay off cards (RT-14).</summary>
    public bool IsSensitive => InformationValue >= SensitiveFrom;
}
