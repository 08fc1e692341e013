using Microsoft.EntityFrameworkCore;
using NodaTime;
using Osby.TeamsBot.Items;

namespace Osby.TeamsBot.Storage;

/// <summary>The bot's database: tracked items with their entries, audit trail, open-item index and sent cards; people and
/// conversations; the outbox of reminders and digests.</summary>
/// <remarks>
/// <para>The model is independent of the database: times are <see cref="InstantConverter">Unix ticks</see>, enums are
/// numbers, and no column type or SQL is provider-specific, so PostgreSQL can replace SQLite with a new set of migrations
/// and no change here. What is SQLite-specific (the connection, WAL and the busy timeout) is in <see cref="OsbyDatabase"/>.</para>
/// <para>Not thread-safe, like every <see cref="DbContext"/>: take one per operation from
/// <see cref="IDbContextFactory{TContext}"/>.</para>
/// </remarks>
internal sealed class OsbyDbContext : DbContext
{
    /// <summary>The longest party key kept (an e-mail address is at most 254 characters).</summary>
    public const int MaxPartyLength = 320;

    /// <summary>The longest external message id kept.</summary>
    public const int MaxExternalMessageIdLength = 400;

    /// <summary>The longest note (diarienummer or reason) kept.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>The longest outbox key kept (<c>item:{id}:{kind}:{step}:</c> and a party key).</summary>
    public const int MaxOutboxKeyLength = 400;

    /// <summary>The longest conversation or activity id kept on an outbox entry.</summary>
    public const int MaxConversationIdLength = 1000;

    /// <summary>Initializes a new instance of the <see cref="OsbyDbContext"/> class.</summary>
    /// <param name="options">The options (provider and connection).</param>
    public OsbyDbContext(DbContextOptions<OsbyDbContext> options)
        : base(options)
    {
    }

    /// <summary>Gets the items.</summary>
    public DbSet<ItemRow> Items => Set<ItemRow>();

    /// <summary>Gets the items' entries.</summary>
    public DbSet<ItemEntryRow> ItemEntries => Set<ItemEntryRow>();

    /// <summary>Gets the open-item index.</summary>
    public DbSet<ItemPartyRow> ItemParties => Set<ItemPartyRow>();

    /// <summary>Gets the audit trail.</summary>
    public DbSet<AuditRow> Audit => Set<AuditRow>();

    /// <summary>Gets the forward cards sent.</summary>
    public DbSet<SentCardRow> SentCards => Set<SentCardRow>();

    /// <summary>Gets the people.</summary>
    public DbSet<PersonRow> People => Set<PersonRow>();

    /// <summary>Gets the conversations.</summary>
    public DbSet<ConversationRow> Conversations => Set<ConversationRow>();

    /// <summary>Gets the outbox of reminders and digests.</summary>
    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<ItemRow>(item =>
        {
            item.ToTable("Items");
            item.HasKey(i => i.Id);
            item.Property(i => i.OriginalSender).HasMaxLength(MaxPartyLength);
            item.Property(i => i.Subject).HasMaxLength(ItemArrival.MaxSubjectLength);
            item.Property(i => i.Mailbox).HasMaxLength(MaxPartyLength);
            item.Property(i => i.Responsible).HasMaxLength(MaxPartyLength);
            item.Property(i => i.ExternalMessageId).HasMaxLength(MaxExternalMessageIdLength);
            item.Property(i => i.Version).IsConcurrencyToken();
            item.HasIndex(i => i.ExternalMessageId).IsUnique();
            item.HasIndex(i => new { i.IsClosed, i.LastActivity });
            item.HasIndex(i => i.FirstArrival);

            // A digest reads a unit's recently closed items by first receiver or responsible party, not every closed item,
            // and from the index alone: it needs only the id, first arrival and first-response outcome.
            item.HasIndex(i => new { i.Mailbox, i.FirstArrival, i.IsClosed, i.FirstResponse });
            item.HasIndex(i => new { i.Responsible, i.FirstArrival, i.IsClosed, i.FirstResponse });
            item.HasMany(i => i.Entries).WithOne().HasForeignKey(e => e.ItemId).OnDelete(DeleteBehavior.Cascade);
            item.HasMany(i => i.Audit).WithOne().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Restrict);
            item.HasMany(i => i.Parties).WithOne().HasForeignKey(p => p.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ItemEntryRow>(entry =>
        {
            entry.ToTable("ItemEntries");
            entry.HasKey(e => e.Id);
            entry.HasIndex(e => new { e.ItemId, e.Sequence }).IsUnique();
            entry.Property(e => e.ActorId).HasMaxLength(MaxPartyLength);
            entry.Property(e => e.Party).HasMaxLength(MaxPartyLength);
            entry.Property(e => e.Forwarder).HasMaxLength(MaxPartyLength);
            entry.Property(e => e.SuggestedRecipient).HasMaxLength(MaxPartyLength);
            entry.Property(e => e.Note).HasMaxLength(MaxNoteLength);
        });

        modelBuilder.Entity<ItemPartyRow>(party =>
        {
            party.ToTable("ItemParties");
            party.HasKey(p => new { p.ItemId, p.Party, p.Kind });
            party.Property(p => p.Party).HasMaxLength(MaxPartyLength);
            party.HasIndex(p => p.Party);
        });

        modelBuilder.Entity<AuditRow>(audit =>
        {
            audit.ToTable("Audit");
            audit.HasKey(a => a.Id);
            audit.HasIndex(a => a.ItemId);
            audit.Property(a => a.ActorId).HasMaxLength(MaxPartyLength);
        });

        modelBuilder.Entity<SentCardRow>(card =>
        {
            card.ToTable("SentCards");
            card.HasKey(c => c.Id);
            card.HasIndex(c => new { c.ConversationId, c.ActivityId }).IsUnique();
            card.HasIndex(c => c.ItemId);
            card.Property(c => c.Party).HasMaxLength(MaxPartyLength);
            card.HasOne<ItemRow>().WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PersonRow>(person =>
        {
            person.ToTable("People");
            person.HasKey(p => p.TeamsUserId);
            person.HasIndex(p => p.TeamsUserIdKey);
            person.HasIndex(p => p.AadObjectIdKey);
            person.HasIndex(p => p.UpnKey);
            person.HasIndex(p => p.EmailKey);
        });

        modelBuilder.Entity<ConversationRow>(conversation =>
        {
            conversation.ToTable("Conversations");
            conversation.HasKey(c => c.ConversationId);
            conversation.HasIndex(c => c.TeamsUserId);
        });

        modelBuilder.Entity<OutboxRow>(outbox =>
        {
            outbox.ToTable("Outbox");
            outbox.HasKey(o => o.Id);
            outbox.Property(o => o.Key).HasMaxLength(MaxOutboxKeyLength);
            outbox.Property(o => o.Recipient).HasMaxLength(MaxPartyLength);
            outbox.Property(o => o.ConversationId).HasMaxLength(MaxConversationIdLength);
            outbox.Property(o => o.ActivityId).HasMaxLength(MaxConversationIdLength);
            outbox.Property(o => o.Failure).HasMaxLength(MaxNoteLength);
            outbox.HasIndex(o => o.Key).IsUnique();
            outbox.HasIndex(o => new { o.State, o.NextAttemptAt });
            outbox.HasIndex(o => new { o.State, o.ClosedAt });
            outbox.HasIndex(o => o.ItemId);
        });
    }
}
