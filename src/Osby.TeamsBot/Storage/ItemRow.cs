using NodaTime;
using Osby.Policy;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Storage;

/// <summary>A stored item: its arrival, and what the ledger keeps up to date from its entries for queries.</summary>
/// <remarks>
/// The entries (<see cref="Entries"/>) are the item's state; <see cref="Responsible"/>, <see cref="IsClosed"/> and
/// <see cref="LastActivity"/> are copies kept by <see cref="ItemLedger"/> on every change, so that lists and reminders can
/// query them without replaying the entries. <see cref="Version"/> is the optimistic-concurrency token.
/// </remarks>
internal sealed class ItemRow
{
    /// <summary>Gets or sets the id (the item number staff see).</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the channel the item came in by.</summary>
    public Channel Channel { get; set; }

    /// <summary>Gets or sets when the item first reached the municipality (DL-9).</summary>
    public Instant FirstArrival { get; set; }

    /// <summary>Gets or sets who sent it (RT-8).</summary>
    public string OriginalSender { get; set; } = string.Empty;

    /// <summary>Gets or sets what kind of sender it is (RT-14).</summary>
    public SenderCategory SenderCategory { get; set; }

    /// <summary>Gets or sets the subject, if any.</summary>
    public string? Subject { get; set; }

    /// <summary>Gets or sets the first receiver's party key.</summary>
    public string Mailbox { get; set; } = string.Empty;

    /// <summary>Gets or sets the information value, 0–3 (RT-14).</summary>
    public int InformationValue { get; set; }

    /// <summary>Gets or sets the calling system's message id; unique when set.</summary>
    public string? ExternalMessageId { get; set; }

    /// <summary>Gets or sets the party responsible now (RT-7), as the forward chain says.</summary>
    public string Responsible { get; set; } = string.Empty;

    /// <summary>Gets or sets a value indicating whether the item is closed.</summary>
    public bool IsClosed { get; set; }

    /// <summary>Gets or sets how the first response turned out (<see cref="FirstResponseOutcome"/>), worked out when the item
    /// is closed (and again at every later change); <see cref="FirstResponseOutcome.Unknown"/> while it is open.</summary>
    public FirstResponseOutcome FirstResponse { get; set; }

    /// <summary>Gets or sets the time of the latest entry.</summary>
    public Instant LastActivity { get; set; }

    /// <summary>Gets or sets when the item was registered here.</summary>
    public Instant CreatedAt { get; set; }

    /// <summary>Gets or sets when the item was last changed here.</summary>
    public Instant UpdatedAt { get; set; }

    /// <summary>Gets or sets the version: 1 at registration, one more with every entry (optimistic concurrency).</summary>
    public int Version { get; set; }

    /// <summary>Gets the entries, the arrival first.</summary>
    public List<ItemEntryRow> Entries { get; } = [];

    /// <summary>Gets the audit trail.</summary>
    public List<AuditRow> Audit { get; } = [];

    /// <summary>Gets the rows of the open-item index.</summary>
    public List<ItemPartyRow> Parties { get; } = [];
}
