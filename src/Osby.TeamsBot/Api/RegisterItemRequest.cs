using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using NodaTime;
using Osby.Policy;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Api;

/// <summary>The body of <c>POST /api/items</c>: an item's first arrival, as a calling system reports it.</summary>
/// <remarks>Every member is read as given (strings for names and times) and checked in <see cref="ToArrival"/>, so that
/// each wrong field gets its own message.</remarks>
internal sealed record RegisterItemRequest
{
    /// <summary>Gets where it came in: a <see cref="Osby.Policy.Channel"/> name.</summary>
    [Required]
    [Description("Where it came in, e.g. \"functionMailbox\" or \"eService\" (case-insensitive).")]
    [ApiEnum(typeof(Channel))]
    public string? Channel { get; init; }

    /// <summary>Gets when it first reached the municipality (DL-9), ISO 8601 with an offset.</summary>
    [Required]
    [Description("When it first reached the municipality (DL-9): every deadline runs from here. ISO 8601 with an offset, e.g. \"2026-11-27T15:40:00+01:00\"; a time without an offset is refused.")]
    [ApiTimestamp]
    public string? FirstArrival { get; init; }

    /// <summary>Gets who sent it.</summary>
    [Required]
    [Description("Who sent it: an address, a phone number or a name. Every later recipient sees it (RT-8).")]
    public string? OriginalSender { get; init; }

    /// <summary>Gets what kind of sender; <see cref="Items.SenderCategory.Unknown"/> when left out.</summary>
    [Description("What kind of sender (shown instead of the sender on sensitive items, RT-14); \"unknown\" when left out.")]
    [ApiEnum(typeof(SenderCategory))]
    public string? SenderCategory { get; init; }

    /// <summary>Gets the subject or a short description.</summary>
    [Description("The subject or a short description, at most 500 characters; kept off Teams cards when informationValue is 2 or more (RT-14).")]
    public string? Subject { get; init; }

    /// <summary>Gets the first receiver.</summary>
    [Required]
    [Description("The first receiver: a function mailbox's or a person's address. Responsible until a forward is confirmed (RT-7).")]
    public string? Mailbox { get; init; }

    /// <summary>Gets the SEFOS routine's information value, 0–3; 0 when left out.</summary>
    [Description("The SEFOS routine's information value, 0–3 (RT-14); 0 when left out.")]
    [Range(0, ItemArrival.MaxInformationValue)]
    public int? InformationValue { get; init; }

    /// <summary>Gets the calling system's id of the message.</summary>
    [Description("The calling system's id of the message, e.g. the mail's Message-ID. Registering the same id again returns the item already registered (200) instead of a new one.")]
    public string? ExternalMessageId { get; init; }

    /// <summary>Reads the request into an arrival, listing every field that is missing or cannot be read.</summary>
    /// <param name="problems">Receives the problems.</param>
    /// <returns>The arrival, or null when there were problems.</returns>
    /// <remarks>Rules on the values themselves (information value 0–3, arrival not in the future, subject length) are the
    /// ledger's, so that the API and the cards answer alike.</remarks>
    public ItemArrival? ToArrival(ICollection<ItemProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        int before = problems.Count;

        Channel channel = ApiFields.Name(Channel, "channel", required: true, Osby.Policy.Channel.PersonalEmail, problems);
        Instant firstArrival = ApiFields.Time(FirstArrival, "firstArrival", required: true, problems) ?? default;
        string sender = ApiFields.Text(OriginalSender, "originalSender", required: true, problems);
        SenderCategory category = ApiFields.Name(SenderCategory, "senderCategory", required: false, Items.SenderCategory.Unknown, problems);
        string mailbox = ApiFields.Text(Mailbox, "mailbox", required: true, problems);

        return problems.Count > before
            ? null
            : new ItemArrival(
                channel,
                firstArrival,
                sender,
                category,
                ApiFields.Optional(Subject),
                mailbox,
                InformationValue ?? 0,
                ApiFields.Optional(ExternalMessageId));
    }
}
