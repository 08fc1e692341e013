using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using NodaTime;
using Osby.Policy.Routing;
using Osby.TeamsBot.People;

namespace Osby.TeamsBot.Bots;

/// <summary>
/// Keeps the bot's memory of people and conversations current: the conversation reference of every incoming activity
/// (Teams can change <c>serviceUrl</c>), the sender as a <see cref="Person"/>, and on installation the roster.
/// </summary>
/// <remarks>
/// <para>People are read from the connector with <see cref="TeamsInfo.GetMemberAsync"/> and
/// <see cref="TeamsInfo.GetPagedMembersAsync"/>, never the throttled <c>GetMembersAsync</c>; a sender is looked up once
/// and then served from the store. Their unit and roles come from the mailbox directory (<see cref="DirectoryRoles"/>).</para>
/// <para>Only changes are written: an unchanged reference or an already known sender costs no database write. A failure
/// here is logged and never fails the user's turn.</para>
/// </remarks>
internal sealed partial class PeopleCapture
{
    private const string PersonKey = "Osby.Person";
    private const int RosterPageSize = 500;

    // How long a resolved sender is served from memory; one Teams could not name is asked for again after a while,
    // so that an unresolvable sender does not cost a connector call and a database write on every message.
    private static readonly Duration KnownFor = Duration.FromHours(1);
    private static readonly Duration UnknownFor = Duration.FromMinutes(10);

    private readonly PeopleStore people;
    private readonly MailboxDirectory directory;
    private readonly IClock clock;
    private readonly ILogger<PeopleCapture> logger;
    private readonly ConcurrentDictionary<string, string> savedReferences = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (Person Person, Instant Until)> knownSenders = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="PeopleCapture"/> class.</summary>
    /// <param name="people">The store.</param>
    /// <param name="directory">The mailbox directory (units and roles).</param>
    /// <param name="clock">The current time.</param>
    /// <param name="logger">The logger.</param>
    public PeopleCapture(PeopleStore people, MailboxDirectory directory, IClock clock, ILogger<PeopleCapture> logger)
    {
        this.people = people;
        this.directory = directory;
        this.clock = clock;
        this.logger = logger;
    }

    /// <summary>Gets the sender captured for this turn, if any.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <returns>The person, or null when the sender could not be resolved.</returns>
    public static Person? SenderOf(ITurnContext turnContext) =>
        turnContext?.TurnState.Get<Person>(PersonKey);

    /// <summary>Saves the turn's conversation reference and resolves its sender (kept in the turn state).</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public async Task CaptureAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Conversation?.Id is null || activity.From?.Id is null || activity.ServiceUrl is null)
        {
            return;
        }

        try
        {
            await SaveReferenceAsync(activity, cancellationToken).ConfigureAwait(false);
            if (await ResolveSenderAsync(turnContext, cancellationToken).ConfigureAwait(false) is { } person)
            {
                turnContext.TurnState.Set(PersonKey, person);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogCaptureFailed(logger, exception, activity.Conversation.Id);
        }
    }

    /// <summary>Stores everyone in the conversation's roster (a team, a group chat or a personal chat), page by page.</summary>
    /// <param name="turnContext">The installation turn.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many people were stored.</returns>
    public async Task<int> CaptureRosterAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        int count = 0;
        try
        {
            string? continuation = null;
            do
            {
                TeamsPagedMembersResult page = await TeamsInfo.GetPagedMembersAsync(turnContext, RosterPageSize, continuation, cancellationToken).ConfigureAwait(false);
                foreach (TeamsChannelAccount member in page.Members ?? [])
                {
                    await StoreAsync(member, turnContext.Activity.Conversation?.TenantId, cancellationToken).ConfigureAwait(false);
                    count++;
                }

                continuation = page.ContinuationToken;
            }
            while (!string.IsNullOrEmpty(continuation));
        }
        catch (Exception exception) when (exception is ErrorResponseException or HttpRequestException or JsonException)
        {
            LogRosterFailed(logger, exception, turnContext.Activity.Conversation?.Id);
        }

        return count;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task SaveReferenceAsync(IActivity activity, CancellationToken cancellationToken)
    {
        string conversationId = activity.Conversation.Id;
        string type = activity.Conversation.ConversationType ?? "personal";
        string? userId = type == "personal" ? activity.From.Id : null;
        string fingerprint = $"{activity.ServiceUrl}|{userId}|{activity.Conversation.TenantId}";
        if (savedReferences.TryGetValue(conversationId, out string? saved) && saved == fingerprint)
        {
            return;
        }

        ConversationReference reference = activity.GetConversationReference();
        await people.SaveConversationAsync(
            new StoredConversation(conversationId, type, userId, activity.ServiceUrl, JsonConvert.SerializeObject(reference), clock.GetCurrentInstant()),
            cancellationToken).ConfigureAwait(false);
        savedReferences[conversationId] = fingerprint;
    }

    private async Task<Person?> ResolveSenderAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var from = turnContext.Activity.From;
        Instant now = clock.GetCurrentInstant();
        if (knownSenders.TryGetValue(from.Id, out var cached) && cached.Until > now)
        {
            return cached.Person;
        }

        Person? person = await people.FindAsync(from.Id, cancellationToken).ConfigureAwait(false);
        if (person?.PartyKey is null)
        {
            TeamsChannelAccount? member = await GetMemberAsync(turnContext, from.Id, cancellationToken).ConfigureAwait(false);
            person = member is null
                ? person ?? await StoreAsync(new TeamsChannelAccount { Id = from.Id, Name = from.Name, AadObjectId = from.AadObjectId }, turnContext.Activity.Conversation.TenantId, cancellationToken).ConfigureAwait(false)
                : await StoreAsync(member, turnContext.Activity.Conversation.TenantId, cancellationToken).ConfigureAwait(false);
        }

        knownSenders[from.Id] = (person, now + (person.PartyKey is null ? UnknownFor : KnownFor));
        return person;
    }

    private async Task<TeamsChannelAccount?> GetMemberAsync(ITurnContext turnContext, string id, CancellationToken cancellationToken)
    {
        try
        {
            return await TeamsInfo.GetMemberAsync(turnContext, id, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ErrorResponseException or HttpRequestException or JsonException)
        {
            LogMemberNotFound(logger, exception, turnContext.Activity.Conversation?.Id);
            return null;
        }
    }

    private Task<Person> StoreAsync(TeamsChannelAccount member, string? tenantId, CancellationToken cancellationToken)
    {
        string? email = Blank(member.Email);
        string? upn = Blank(member.UserPrincipalName);
        (string? unit, PersonRoles roles) = DirectoryRoles.For(directory, email, upn);
        var person = new Person(member.Id, Blank(member.AadObjectId), upn, email, Blank(member.Name) ?? email ?? upn ?? member.Id, Blank(member.TenantId) ?? tenantId, unit, roles);
        return people.UpsertAsync(person, cancellationToken);
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Warning, Message = "Could not store the conversation reference or sender of conversation {ConversationId}")]
    private static partial void LogCaptureFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(EventId = 31, Level = LogLevel.Warning, Message = "Could not read the roster of conversation {ConversationId}")]
    private static partial void LogRosterFailed(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(EventId = 32, Level = LogLevel.Information, Message = "Teams did not return a member in conversation {ConversationId}")]
    private static partial void LogMemberNotFound(ILogger logger, Exception exception, string? conversationId);
}
