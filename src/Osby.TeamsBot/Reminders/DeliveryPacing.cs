namespace Osby.TeamsBot.Reminders;

/// <summary>
/// Keeps the bot's requests to Teams below the send rates: per conversation <see cref="DeliveryOptions.PerConversationPerSecond"/>
/// in any second and <see cref="DeliveryOptions.PerConversationPer30Seconds"/> in any 30 seconds, and
/// <see cref="DeliveryOptions.AppPerSecond"/> in any second for the whole app. A caller over a limit waits for a permit
/// (on the <see cref="TimeProvider"/>), never fails. Thread-safe.
/// </summary>
/// <remarks>
/// <para>Each permit is logged with its time (a sliding log, not a token bucket), so the limits hold for every window,
/// also one that straddles two bursts. Windows are closed at both ends: two permits exactly one second apart count as
/// the same second, which keeps the pace on the safe side of however Teams counts.</para>
/// <para>Waiters are not queued: when several wait for one conversation, whoever wakes first takes the free permit and
/// the others wait again. Logs of conversations that have been quiet for 30 seconds are dropped.</para>
/// </remarks>
internal sealed class DeliveryPacing
{
    private const int SweepAbove = 256;

    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan HalfMinute = TimeSpan.FromSeconds(30);

    private readonly TimeProvider time;
    private readonly int perConversationPerSecond;
    private readonly int perConversationPerHalfMinute;
    private readonly int appPerSecond;
    private readonly Lock gate = new();
    private readonly Queue<DateTimeOffset> app = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> conversations = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="DeliveryPacing"/> class.</summary>
    /// <param name="options">The limits.</param>
    /// <param name="time">The clock that permits are logged and waited on.</param>
    public DeliveryPacing(DeliveryOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        this.time = time;
        perConversationPerSecond = options.PerConversationPerSecond;
        perConversationPerHalfMinute = options.PerConversationPer30Seconds;
        appPerSecond = options.AppPerSecond;
    }

    /// <summary>Waits until one more request may go to Teams, and takes the permit.</summary>
    /// <param name="conversationId">The conversation the request writes to; null for a request that counts only towards the
    /// app's limit (creating a conversation).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the request may be sent.</returns>
    public async Task WaitAsync(string? conversationId, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                DateTimeOffset now = time.GetUtcNow();
                wait = Take(conversationId, now);
            }

            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            // Task.Delay counts whole milliseconds: a shorter wait would end at once, before the permit is free.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), time, cancellationToken).ConfigureAwait(false);
        }
    }

    // Takes a permit now and returns zero, or returns how long to wait before asking again. Called under the lock.
    private TimeSpan Take(string? conversationId, DateTimeOffset now)
    {
        Prune(app, now, Second);
        DateTimeOffset free = FreeAt(app, appPerSecond, Second, now);

        Queue<DateTimeOffset>? log = null;
        if (conversationId is not null)
        {
            if (conversations.TryGetValue(conversationId, out log))
            {
                Prune(log, now, HalfMinute);
                DateTimeOffset halfMinute = FreeAt(log, perConversationPerHalfMinute, HalfMinute, now);
                DateTimeOffset second = FreeAt(log, perConversationPerSecond, Second, now);
                free = Later(free, Later(halfMinute, second));
            }
        }

        if (free > now)
        {
            return free - now;
        }

        app.Enqueue(now);
        if (conversationId is not null)
        {
            if (log is null)
            {
                log = new Queue<DateTimeOffset>();
                conversations[conversationId] = log;
                Sweep(now);
            }

            log.Enqueue(now);
        }

        return TimeSpan.Zero;
    }

    // When the window again has room: just after the permit that must leave it has left it.
    private static DateTimeOffset FreeAt(Queue<DateTimeOffset> log, int limit, TimeSpan window, DateTimeOffset now)
    {
        int inWindow = log.Count(at => now - at <= window);
        if (inWindow < limit)
        {
            return now;
        }

        // The permits are in time order; the (limit)th newest must be more than a window old.
        DateTimeOffset leaving = log.ElementAt(log.Count - limit);
        return leaving + window + TimeSpan.FromTicks(1);
    }

    private static void Prune(Queue<DateTimeOffset> log, DateTimeOffset now, TimeSpan window)
    {
        while (log.Count > 0 && now - log.Peek() > window)
        {
            log.Dequeue();
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    // Drops the logs of conversations quiet for longer than the longest window, once there are many.
    private void Sweep(DateTimeOffset now)
    {
        if (conversations.Count <= SweepAbove)
        {
            return;
        }

        foreach (var (id, log) in conversations.ToList())
        {
            Prune(log, now, HalfMinute);
            if (log.Count == 0)
            {
                conversations.Remove(id);
            }
        }
    }
}
