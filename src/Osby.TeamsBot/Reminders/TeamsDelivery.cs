using System.Globalization;
using System.Net;
using System.Runtime.ExceptionServices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using Microsoft.Rest;
using Newtonsoft.Json;
using NodaTime;
using Osby.Policy.Deadlines;
using Osby.TeamsBot.Hosting;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.People;

namespace Osby.TeamsBot.Reminders;

/// <summary>
/// Delivers proactive messages to people in Teams within Teams' limits: through the stored personal conversation, or a
/// 1:1 conversation created from the stored Teams user id and tenant; below the send rates (per conversation 7 per second
/// and 60 per 30 seconds, about 50 per second for the app); retrying 429, 412, 502, 503 and 504 with exponential backoff
/// and jitter, honouring Retry-After; classifying permanent failures (403 MessageWritesBlocked, a conversation that is
/// gone, nobody to reach). Thread-safe; register as a singleton.
/// </summary>
/// <remarks>
/// <para><b>Finding the chat.</b> The recipient's party key finds the person (<see cref="PeopleStore.FindByPartyKeysAsync"/>),
/// and their latest personal conversation is used. Someone the bot knows only from a team roster has no personal chat yet:
/// the bot creates one (<c>POST /v3/conversations</c> with the person's Teams id and tenant, the person's tenant or else the
/// bot's own, <see cref="BotAuthenticationOptions.MicrosoftAppTenantId"/>) and stores its reference, so the next message goes
/// straight there. Creating needs the tenant's service URL, which Teams only tells the bot in incoming activities: it is
/// taken from the tenant's most recently refreshed conversation of any kind
/// (<see cref="PeopleStore.LatestConversationInTenantAsync"/>), the best guess at the tenant's current region.</para>
/// <para><b>Pacing.</b> Every request to Teams first takes a permit from <see cref="DeliveryPacing"/>, waiting when a
/// limit is reached rather than failing.</para>
/// <para><b>Retries.</b> 408, 412, 429, 500, 502, 503 and 504, timeouts and broken connections are transient. One call
/// tries at most <see cref="DeliveryOptions.MaxAttempts"/> times; before retry <c>n</c> it waits a random time between
/// zero and <c>BaseBackoff × 2^(n−1)</c> (full jitter, at most <see cref="DeliveryOptions.MaxWait"/>), and at least
/// the Retry-After Teams asked for. When the tries run out, or Teams asks for a wait longer than
/// <see cref="DeliveryOptions.MaxWait"/>, the call ends with <see cref="DeliveryStatus.RetryLater"/> at the next backoff
/// ceiling or the Retry-After, whichever is later. 500 is treated as transient too: Teams answers it for its own passing
/// faults, and a reminder is not worth losing to one. Everything else Teams answers (400, 401, 403, 404, …) is
/// <see cref="DeliveryStatus.Failed"/> at once.</para>
/// <para>The send runs inside the adapter's turn, but a failure never reaches the adapter's turn-error handler (which would
/// write "Något gick fel hos mig" into the very chat that failed): it is caught in the turn and classified here.</para>
/// </remarks>
internal sealed partial class TeamsDelivery
{
    private const string PersonalConversation = "personal";

    private static readonly int[] TransientStatuses = [408, 412, 429, 500, 502, 503, 504];

    private readonly PeopleStore people;
    private readonly BotAdapter adapter;
    private readonly DateTimeZone zone;
    private readonly DeliveryOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<TeamsDelivery> logger;
    private readonly DeliveryPacing pacing;
    private readonly string botAppId;
    private readonly string? botTenantId;

    /// <summary>Initializes a new instance of the <see cref="TeamsDelivery"/> class.</summary>
    /// <param name="people">The people and conversations the bot knows.</param>
    /// <param name="adapter">The bot's adapter (a <c>CloudAdapter</c>).</param>
    /// <param name="policy">The service policy (its clock's zone, for the times in reasons).</param>
    /// <param name="authentication">The bot's app id and tenant.</param>
    /// <param name="options">Retries and send rates.</param>
    /// <param name="time">The clock that waits and stamps run on.</param>
    /// <param name="logger">The logger.</param>
    public TeamsDelivery(
        PeopleStore people,
        BotAdapter adapter,
        ServicePolicy policy,
        IOptions<BotAuthenticationOptions> authentication,
        IOptions<DeliveryOptions> options,
        TimeProvider time,
        ILogger<TeamsDelivery> logger)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        this.people = people;
        this.adapter = adapter;
        zone = policy.Clock.Zone;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        pacing = new DeliveryPacing(this.options, time);
        botAppId = authentication.Value.MicrosoftAppId ?? string.Empty;
        botTenantId = string.IsNullOrWhiteSpace(authentication.Value.MicrosoftAppTenantId) ? null : authentication.Value.MicrosoftAppTenantId.Trim();
    }

    /// <summary>Sends a message to a person's personal chat with the bot.</summary>
    /// <param name="recipient">The person's party key (e-mail address or UPN).</param>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">The recipient is blank.</exception>
    public async Task<DeliveryResult> SendAsync(string recipient, IMessageActivity message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        ArgumentNullException.ThrowIfNull(message);

        string key = Parties.Normalize(recipient);
        IReadOnlyDictionary<string, Person> found = await people.FindByPartyKeysAsync([key], cancellationToken).ConfigureAwait(false);
        if (!found.TryGetValue(key, out Person? person))
        {
            LogUnreachable(logger, key);
            return Failed(null, $"{key} har aldrig använt Osby-boten och kan inte nås i Teams.");
        }

        string who = string.IsNullOrWhiteSpace(person.Name) ? key : person.Name;
        StoredConversation? conversation = await people.PersonalConversationAsync(person.TeamsUserId, cancellationToken).ConfigureAwait(false);
        StoredConversation? tenantConversation = null;
        string? tenantId = person.TenantId ?? botTenantId;
        if (conversation is null)
        {
            tenantConversation = tenantId is null ? null : await people.LatestConversationInTenantAsync(tenantId, cancellationToken).ConfigureAwait(false);
            if (tenantConversation is null)
            {
                LogUnreachable(logger, key);
                return Failed(null, $"{who} har aldrig använt Osby-boten och kan inte nås i Teams.");
            }
        }

        return await WithRetriesAsync(
            who,
            () => conversation?.ConversationId,
            async token =>
            {
                if (conversation is not null)
                {
                    await pacing.WaitAsync(conversation.ConversationId, token).ConfigureAwait(false);
                    string? id = await SendThroughAsync(conversation, message, token).ConfigureAwait(false);
                    return new Delivered(conversation.ConversationId, id);
                }

                // A failure after the conversation was created retries through it rather than creating another.
                return await CreateAndSendAsync(person, tenantId!, tenantConversation!, message, created => conversation = created, token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces a message the bot sent before (a reminder card acted on), with the same limits and retries.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="activityId">The message's activity id.</param>
    /// <param name="message">The new content.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">The conversation or activity id is blank.</exception>
    public async Task<DeliveryResult> UpdateAsync(string conversationId, string activityId, IMessageActivity message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        ArgumentNullException.ThrowIfNull(message);

        StoredConversation? conversation = await people.ConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return Failed(conversationId, "Boten känner inte till chatten där meddelandet finns, så det kunde inte uppdateras.");
        }

        Person? person = conversation.TeamsUserId is { } userId ? await people.FindAsync(userId, cancellationToken).ConfigureAwait(false) : null;
        string who = person is { Name.Length: > 0 } ? person.Name : "mottagaren";
        return await WithRetriesAsync(
            who,
            () => conversationId,
            async token =>
            {
                await pacing.WaitAsync(conversationId, token).ConfigureAwait(false);
                await UpdateThroughAsync(conversation, activityId, message, token).ConfigureAwait(false);
                return new Delivered(conversationId, activityId);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static DeliveryResult Failed(string? conversationId, string reason) =>
        new(DeliveryStatus.Failed, conversationId, null, null, reason);

    private static ConversationReference Reference(StoredConversation conversation) =>
        JsonConvert.DeserializeObject<ConversationReference>(conversation.ReferenceJson)
        ?? throw new InvalidOperationException($"The stored reference of conversation {conversation.ConversationId} is empty.");

    private static string Capitalized(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.GetCultureInfo("sv-SE")) + text[1..];

    private static TimeSpan Longer(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private Instant Now => Instant.FromDateTimeOffset(time.GetUtcNow());

    private async Task<DeliveryResult> WithRetriesAsync(
        string who,
        Func<string?> conversationId,
        Func<CancellationToken, Task<Delivered>> attempt,
        CancellationToken cancellationToken)
    {
        for (int tries = 1; ; tries++)
        {
            Failure failure;
            try
            {
                Delivered delivered = await attempt(cancellationToken).ConfigureAwait(false);
                return new DeliveryResult(DeliveryStatus.Sent, delivered.ConversationId, delivered.ActivityId, null, null);
            }
            catch (Exception exception) when (Classify(exception, cancellationToken) is { } classified)
            {
                failure = classified;
                LogAttemptFailed(logger, exception, conversationId(), tries, failure.Status);
            }

            if (!failure.Transient)
            {
                return Failed(conversationId(), failure.Reason(who));
            }

            TimeSpan ceiling = Ceiling(tries);
            TimeSpan asked = failure.RetryAfter ?? TimeSpan.Zero;
            if (tries >= options.MaxAttempts || asked > options.MaxWait)
            {
                Instant retryAt = Now + Duration.FromTimeSpan(Longer(asked, ceiling));
                return new DeliveryResult(DeliveryStatus.RetryLater, conversationId(), null, retryAt, $"{failure.Reason(who)} Nästa försök {When(retryAt)}.");
            }

            TimeSpan wait = Longer(asked, TimeSpan.FromTicks((long)(Random.Shared.NextDouble() * ceiling.Ticks)));
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // The backoff ceiling before retry n: BaseBackoff doubled n − 1 times, at most MaxWait.
    private TimeSpan Ceiling(int retry)
    {
        double ticks = options.BaseBackoff.Ticks * Math.Pow(2, retry - 1);
        return ticks >= options.MaxWait.Ticks ? options.MaxWait : TimeSpan.FromTicks((long)ticks);
    }

    private string When(Instant instant)
    {
        ZonedDateTime local = instant.InZone(zone);
        string clock = local.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        return local.Date == Now.InZone(zone).Date
            ? $"kl. {clock}"
            : $"{local.ToString("d MMMM", CultureInfo.GetCultureInfo("sv-SE"))} kl. {clock}";
    }

    private Failure? Classify(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        ErrorResponseException error => Failure.From(
            error.Response?.StatusCode,
            error.Body?.Error?.Code ?? Failure.CodeIn(error.Response?.Content),
            error.Response?.Content,
            RetryAfter(error.Response?.Headers)),
        HttpOperationException operation => Failure.From(
            operation.Response?.StatusCode,
            Failure.CodeIn(operation.Response?.Content),
            operation.Response?.Content,
            RetryAfter(operation.Response?.Headers)),
        HttpRequestException request => request.StatusCode is { } status
            ? Failure.From(status, null, null, null)
            : Failure.Unanswered,
        OperationCanceledException when !cancellationToken.IsCancellationRequested => Failure.Unanswered,
        TimeoutException => Failure.Unanswered,
        _ => null,
    };

    // Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3).
    private TimeSpan? RetryAfter(IDictionary<string, IEnumerable<string>>? headers)
    {
        string? value = headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset at))
        {
            TimeSpan until = at - time.GetUtcNow();
            return until > TimeSpan.Zero ? until : TimeSpan.Zero;
        }

        return null;
    }

    private async Task<string?> SendThroughAsync(StoredConversation conversation, IMessageActivity message, CancellationToken cancellationToken)
    {
        string? id = null;
        ExceptionDispatchInfo? failure = null;
        await adapter.ContinueConversationAsync(
            botAppId,
            Reference(conversation),
            async (context, token) =>
            {
                try
                {
                    id = (await context.SendActivityAsync(message, token).ConfigureAwait(false))?.Id;
                }
                catch (Exception exception) when (Caught(exception, out failure))
                {
                }
            },
            cancellationToken).ConfigureAwait(false);
        failure?.Throw();
        return id;
    }

    private async Task UpdateThroughAsync(StoredConversation conversation, string activityId, IMessageActivity message, CancellationToken cancellationToken)
    {
        message.Id = activityId;
        ExceptionDispatchInfo? failure = null;
        await adapter.ContinueConversationAsync(
            botAppId,
            Reference(conversation),
            async (context, token) =>
            {
                try
                {
                    await context.UpdateActivityAsync(message, token).ConfigureAwait(false);
                }
                catch (Exception exception) when (Caught(exception, out failure))
                {
                }
            },
            cancellationToken).ConfigureAwait(false);
        failure?.Throw();
    }

    private async Task<Delivered> CreateAndSendAsync(
        Person person,
        string tenantId,
        StoredConversation tenantConversation,
        IMessageActivity message,
        Action<StoredConversation> created,
        CancellationToken cancellationToken)
    {
        ConversationReference known = Reference(tenantConversation);
        var user = new ChannelAccount(person.TeamsUserId, person.Name, aadObjectId: person.AadObjectId);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = known.Bot,
            Members = [new ChannelAccount(person.TeamsUserId)],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(tenantId) },
        };

        await pacing.WaitAsync(null, cancellationToken).ConfigureAwait(false);
        string? conversationId = null;
        string? activityId = null;
        ExceptionDispatchInfo? failure = null;
        await adapter.CreateConversationAsync(
            botAppId,
            Channels.Msteams,
            tenantConversation.ServiceUrl,
            null,
            parameters,
            async (context, token) =>
            {
                try
                {
                    conversationId = context.Activity.Conversation.Id;
                    ConversationReference reference = context.Activity.GetConversationReference();
                    reference.User = user;
                    reference.Bot ??= known.Bot;
                    reference.Conversation = new ConversationAccount(isGroup: false, id: conversationId, conversationType: PersonalConversation, tenantId: tenantId);
                    var conversation = new StoredConversation(
                        conversationId, PersonalConversation, person.TeamsUserId, tenantConversation.ServiceUrl, JsonConvert.SerializeObject(reference), Now);
                    await people.SaveConversationAsync(conversation, token).ConfigureAwait(false);
                    created(conversation);
                    LogConversationCreated(logger, conversationId, person.TeamsUserId);

                    await pacing.WaitAsync(conversationId, token).ConfigureAwait(false);
                    activityId = (await context.SendActivityAsync(message, token).ConfigureAwait(false))?.Id;
                }
                catch (Exception exception) when (Caught(exception, out failure))
                {
                }
            },
            cancellationToken).ConfigureAwait(false);
        failure?.Throw();
        return new Delivered(conversationId ?? throw new InvalidOperationException("Teams created a conversation without an id."), activityId);
    }

    // Keeps a failure inside the turn away from the adapter's turn-error handler; it is rethrown after the turn.
    private static bool Caught(Exception exception, out ExceptionDispatchInfo? failure)
    {
        failure = ExceptionDispatchInfo.Capture(exception);
        return true;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Delivery to conversation {ConversationId} failed on try {Try} with status {Status}")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, string? conversationId, int @try, int? status);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Created personal conversation {ConversationId} with {TeamsUserId}")]
    private static partial void LogConversationCreated(ILogger logger, string conversationId, string teamsUserId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "No way to reach {Recipient} in Teams")]
    private static partial void LogUnreachable(ILogger logger, string recipient);

    /// <summary>Where a message went.</summary>
    /// <param name="ConversationId">The conversation.</param>
    /// <param name="ActivityId">The message's activity id.</param>
    private sealed record Delivered(string ConversationId, string? ActivityId);

    /// <summary>How a request to Teams failed.</summary>
    /// <param name="Transient">Whether trying again may help.</param>
    /// <param name="Status">The HTTP status code; null when Teams did not answer.</param>
    /// <param name="Code">Teams' error code, if any.</param>
    /// <param name="Blocked">Whether the user blocked or removed the app (MessageWritesBlocked).</param>
    /// <param name="RetryAfter">How long Teams asked the bot to wait.</param>
    private sealed record Failure(bool Transient, int? Status, string? Code, bool Blocked, TimeSpan? RetryAfter)
    {
        /// <summary>Gets a request Teams did not answer (a timeout or a broken connection).</summary>
        public static Failure Unanswered { get; } = new(true, null, null, false, null);

        /// <summary>Classifies an answer.</summary>
        public static Failure From(HttpStatusCode? status, string? code, string? content, TimeSpan? retryAfter)
        {
            int? number = status is { } value ? (int)value : null;
            bool blocked = number == 403 && (Is(code, "MessageWritesBlocked") || Is(code, "ConversationBlockedByUser")
                || (content?.Contains("MessageWritesBlocked", StringComparison.OrdinalIgnoreCase) ?? false));
            return new Failure(number is null || TransientStatuses.Contains(number.Value), number, code, blocked, retryAfter);
        }

        /// <summary>Reads <c>error.code</c> from a Bot Connector error body.</summary>
        public static string? CodeIn(string? content)
        {
            if (string.IsNullOrWhiteSpace(content))
            {
                return null;
            }

            try
            {
                using var document = System.Text.Json.JsonDocument.Parse(content);
                return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                    && document.RootElement.TryGetProperty("error", out var error)
                    && error.ValueKind == System.Text.Json.JsonValueKind.Object
                    && error.TryGetProperty("code", out var code)
                    && code.ValueKind == System.Text.Json.JsonValueKind.String
                    ? code.GetString()
                    : null;
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
            }
        }

        /// <summary>Says in Swedish what happened, for the managers' digest.</summary>
        public string Reason(string who) => this switch
        {
            { Blocked: true } => $"{Capitalized(who)} har blockerat eller tagit bort Osby-boten i Teams och kan inte nås där.",
            { Status: null } => "Teams svarade inte i tid.",
            { Status: 429 } => "Teams tar inte emot fler meddelanden från boten just nu (429).",
            { Status: 412 } => "Teams kunde inte ta emot meddelandet just nu (412).",
            { Transient: true } => $"Teams fungerar inte som det ska just nu ({Status}).",
            { Status: 404 } => $"Chatten med {who} finns inte längre i Teams (404).",
            { Status: 403 } => $"Teams tillåter inte boten att skriva till {who} (403{Detail}).",
            { Status: 401 } => "Boten kunde inte logga in i Teams (401). Kontrollera botens app-id och hemlighet.",
            { Status: 400 } => $"Teams tog inte emot meddelandet till {who} (400{Detail}).",
            _ => $"Teams svarade med fel {Status} på meddelandet till {who}{Detail}.",
        };

        private string Detail => string.IsNullOrWhiteSpace(Code) ? string.Empty : $": {Code}";

        private static bool Is(string? code, string expected) => string.Equals(code, expected, StringComparison.OrdinalIgnoreCase);
    }
}
