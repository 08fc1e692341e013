using Microsoft.EntityFrameworkCore;
using NodaTime;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Storage;

namespace Osby.TeamsBot.People;

/// <summary>Stores the people and conversations the bot has seen. Thread-safe; register as a singleton.</summary>
/// <remarks>Each call uses its own database context. Concurrent first sightings of one person or conversation store one row:
/// the call that loses the insert reads the winner's row and merges into it.</remarks>
internal sealed class PeopleStore
{
    private const int MaxAttempts = 3;

    /// <summary>How many of the latest conversations <see cref="LatestConversationInTenantAsync"/> looks through.</summary>
    public const int TenantScanLimit = 200;

    private readonly IDbContextFactory<OsbyDbContext> contexts;
    private readonly IClock clock;

    /// <summary>Initializes a new instance of the <see cref="PeopleStore"/> class.</summary>
    /// <param name="contexts">Creates a database context per call.</param>
    /// <param name="clock">Stamps when a person was stored.</param>
    public PeopleStore(IDbContextFactory<OsbyDbContext> contexts, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(clock);
        this.contexts = contexts;
        this.clock = clock;
    }

    /// <summary>Adds or updates a person by Teams user id; fields given as null keep their stored value.</summary>
    /// <param name="person">The person.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The person as stored.</returns>
    /// <remarks>A blank name also keeps the stored one; <see cref="Person.Roles"/> is always taken as given (the directory
    /// says it afresh each time).</remarks>
    /// <exception cref="ArgumentException">The Teams user id is blank.</exception>
    public async Task<Person> UpsertAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentException.ThrowIfNullOrWhiteSpace(person.TeamsUserId);
        string teamsUserId = person.TeamsUserId.Trim();

        for (int attempt = 1; ; attempt++)
        {
            OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (context.ConfigureAwait(false))
            {
                PersonRow? row = await context.People.FindAsync([teamsUserId], cancellationToken).ConfigureAwait(false);
                if (row is null)
                {
                    row = new PersonRow
                    {
                        TeamsUserId = teamsUserId,
                        TeamsUserIdKey = PersonRow.Key(teamsUserId)!,
                        Name = person.Name?.Trim() ?? string.Empty,
                    };
                    context.People.Add(row);
                }

                row.AadObjectId = Given(person.AadObjectId) ?? row.AadObjectId;
                row.Upn = Given(person.Upn) ?? row.Upn;
                row.Email = Given(person.Email) ?? row.Email;
                row.Name = Given(person.Name) ?? row.Name;
                row.TenantId = Given(person.TenantId) ?? row.TenantId;
                row.Unit = Given(person.Unit) ?? row.Unit;
                row.Roles = person.Roles;
                row.AadObjectIdKey = PersonRow.Key(row.AadObjectId);
                row.UpnKey = PersonRow.Key(row.Upn);
                row.EmailKey = PersonRow.Key(row.Email);
                row.UpdatedAt = clock.GetCurrentInstant();

                try
                {
                    await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    return ToPerson(row);
                }
                catch (DbUpdateException) when (attempt < MaxAttempts)
                {
                    // A concurrent call added the person first: merge into its row.
                }
            }
        }
    }

    /// <summary>Finds a person by Teams user id, Entra object id, UPN or e-mail address (case-insensitive).</summary>
    /// <param name="id">Any of the ids.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The person, or null.</returns>
    /// <remarks>A Teams user id matches first; otherwise the person last stored with that Entra object id, UPN or e-mail address.</remarks>
    public async Task<Person?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        string exact = id.Trim();
        string key = PersonRow.Key(id)!;
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            PersonRow? row = await context.People.AsNoTracking()
                .Where(p => p.TeamsUserId == exact || p.TeamsUserIdKey == key)
                .OrderByDescending(p => p.TeamsUserId == exact)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
                ?? await context.People.AsNoTracking()
                    .Where(p => p.AadObjectIdKey == key || p.UpnKey == key || p.EmailKey == key)
                    .OrderByDescending(p => p.UpdatedAt)
                    .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return row is null ? null : ToPerson(row);
        }
    }

    /// <summary>Finds the people with the given party keys (e-mail or UPN).</summary>
    /// <param name="partyKeys">The keys.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The people found, by party key.</returns>
    /// <remarks>The dictionary is keyed by each found key as <see cref="Parties.Normalize"/> writes it, ignoring case; a key
    /// that matches a person's e-mail address wins over one that matches another person's UPN.</remarks>
    public async Task<IReadOnlyDictionary<string, Person>> FindByPartyKeysAsync(IReadOnlyCollection<string> partyKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partyKeys);
        string[] keys = [.. partyKeys.Select(PersonRow.Key).OfType<string>().Distinct(StringComparer.Ordinal)];
        var found = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        if (keys.Length == 0)
        {
            return found;
        }

        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            List<PersonRow> rows = await context.People.AsNoTracking()
                .Where(p => (p.EmailKey != null && keys.Contains(p.EmailKey)) || (p.UpnKey != null && keys.Contains(p.UpnKey)))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (string key in keys)
            {
                PersonRow? row = rows.Where(p => p.EmailKey == key).OrderByDescending(p => p.UpdatedAt).FirstOrDefault()
                    ?? rows.Where(p => p.UpnKey == key).OrderByDescending(p => p.UpdatedAt).FirstOrDefault();
                if (row is not null)
                {
                    found[Parties.Normalize(key)] = ToPerson(row);
                }
            }

            return found;
        }
    }

    /// <summary>Finds the people stored with one of the given units or a part of one ("{unit}, …"), for the managers' digests.</summary>
    /// <param name="units">The units, as the mailbox directory names them.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The people, each once.</returns>
    /// <remarks>A person's unit comes from the same directory (<see cref="DirectoryRoles"/>), so it is compared as written.
    /// One query per unit, filtered in SQL.</remarks>
    public async Task<IReadOnlyList<Person>> InUnitsAsync(IReadOnlyCollection<string> units, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(units);
        var found = new Dictionary<string, Person>(StringComparer.Ordinal);
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            foreach (string unit in units.Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim()).Distinct(StringComparer.Ordinal))
            {
                string part = unit + ",";
                List<PersonRow> rows = await context.People.AsNoTracking()
                    .Where(p => p.Unit != null && (p.Unit == unit || p.Unit.StartsWith(part)))
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                foreach (PersonRow row in rows)
                {
                    found.TryAdd(row.TeamsUserId, ToPerson(row));
                }
            }
        }

        return [.. found.Values];
    }

    /// <summary>Adds or refreshes a conversation reference.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    /// <remarks>A reference older than the stored one (by <see cref="StoredConversation.UpdatedAt"/>) is ignored, so the
    /// newest service URL stays whatever order the activities are handled in.</remarks>
    /// <exception cref="ArgumentException">The conversation id is blank.</exception>
    public async Task SaveConversationAsync(StoredConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversation.ConversationId);

        for (int attempt = 1; ; attempt++)
        {
            OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (context.ConfigureAwait(false))
            {
                ConversationRow? row = await context.Conversations.FindAsync([conversation.ConversationId], cancellationToken).ConfigureAwait(false);
                if (row is null)
                {
                    row = new ConversationRow { ConversationId = conversation.ConversationId };
                    context.Conversations.Add(row);
                }
                else if (conversation.UpdatedAt < row.UpdatedAt)
                {
                    return;
                }

                row.ConversationType = conversation.ConversationType;
                row.TeamsUserId = conversation.TeamsUserId ?? row.TeamsUserId;
                row.ServiceUrl = conversation.ServiceUrl;
                row.ReferenceJson = conversation.ReferenceJson;
                row.UpdatedAt = conversation.UpdatedAt;

                try
                {
                    await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (DbUpdateException) when (attempt < MaxAttempts)
                {
                    // A concurrent call added the conversation first: compare with its row.
                }
            }
        }
    }

    /// <summary>Finds a person's personal (1:1) chat with the bot.</summary>
    /// <param name="teamsUserId">The person's Teams user id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The latest personal conversation, or null.</returns>
    public async Task<StoredConversation?> PersonalConversationAsync(string teamsUserId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(teamsUserId))
        {
            return null;
        }

        string id = teamsUserId.Trim();
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            ConversationRow? row = await context.Conversations.AsNoTracking()
                .Where(c => c.TeamsUserId == id && c.ConversationType == "personal")
                .OrderByDescending(c => c.UpdatedAt)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return row is null ? null : ToConversation(row);
        }
    }

    /// <summary>Finds a conversation by id.</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The conversation, or null.</returns>
    public async Task<StoredConversation?> ConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(conversationId))
        {
            return null;
        }

        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            ConversationRow? row = await context.Conversations.AsNoTracking()
                .FirstOrDefaultAsync(c => c.ConversationId == conversationId, cancellationToken).ConfigureAwait(false);
            return row is null ? null : ToConversation(row);
        }
    }

    /// <summary>Finds the most recently refreshed conversation of a tenant (personal, group chat or team), to learn the
    /// service URL and the bot's account there.</summary>
    /// <param name="tenantId">The Entra tenant id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The conversation, or null when none of the latest <see cref="TenantScanLimit"/> is in the tenant.</returns>
    /// <remarks>The tenant is read from each stored reference (<c>conversation.tenantId</c>), newest first; the newest
    /// is the best guess at the tenant's current service URL, since Teams can move a tenant to another region.</remarks>
    public async Task<StoredConversation?> LatestConversationInTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(tenantId))
        {
            return null;
        }

        string tenant = tenantId.Trim();
        OsbyDbContext context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            List<ConversationRow> rows = await context.Conversations.AsNoTracking()
                .OrderByDescending(c => c.UpdatedAt)
                .Take(TenantScanLimit)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            ConversationRow? row = rows.FirstOrDefault(c => string.Equals(TenantOf(c.ReferenceJson), tenant, StringComparison.OrdinalIgnoreCase));
            return row is null ? null : ToConversation(row);
        }
    }

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? TenantOf(string referenceJson)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(referenceJson);
            return document.RootElement.TryGetProperty("conversation", out var conversation)
                && conversation.ValueKind == System.Text.Json.JsonValueKind.Object
                && conversation.TryGetProperty("tenantId", out var tenant)
                && tenant.ValueKind == System.Text.Json.JsonValueKind.String
                ? tenant.GetString()
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static Person ToPerson(PersonRow row) =>
        new(row.TeamsUserId, row.AadObjectId, row.Upn, row.Email, row.Name, row.TenantId, row.Unit, row.Roles);

    private static StoredConversation ToConversation(ConversationRow row) =>
        new(row.ConversationId, row.ConversationType, row.TeamsUserId, row.ServiceUrl, row.ReferenceJson, row.UpdatedAt);
}
