using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using NodaTime;
using Osby.Policy.Deadlines;

namespace Osby.TeamsBot.Reminders;

/// <summary>
/// Sends what the outbox holds when it is due: every <see cref="ReminderOptions.SweepInterval"/> it queues today's
/// digests and the guideline's follow-up, claims the due entries and, for each, renders the message from the current state
/// and delivers it (<see cref="SweepAsync"/>). A hosted service; its first sweep runs at start and also plans the open
/// items that have no reminders yet (<see cref="ReminderPlanSync.BackfillAsync"/>).
/// </summary>
/// <remarks>
/// <para>The timer is a <see cref="PeriodicTimer"/> on the injected <see cref="TimeProvider"/>, and "now" comes from the
/// <see cref="IClock"/> derived from it, so a test moves both with one <c>FakeTimeProvider</c>. Sweeps never overlap: the
/// timer's and a direct call's run one after the other.</para>
/// <para>Each entry ends one way: no message any more (the renderer returns null) → cancelled; sent → sent; a transient
/// failure → pending again at the delivery's retry time, until <see cref="Outbox.MaxAttempts"/> attempts have been made,
/// then failed ("Gav upp efter …"); a permanent failure → failed with the delivery's reason, which the managers' digest
/// shows. An exception from the renderer or the delivery counts as a transient failure. Nothing escapes the loop; each
/// outcome is logged.</para>
/// <para>Once a message is delivered it is marked sent even when the host is stopping. Entries claimed but not yet
/// attempted when the host stops are put back as pending. See <see cref="Outbox"/> for what a crash does.</para>
/// </remarks>
internal sealed partial class ReminderScheduler : BackgroundService
{
    /// <summary>How long to wait after an exception, before the next attempt (doubles with each attempt, at most an hour).</summary>
    internal static readonly Duration FirstRetryDelay = Duration.FromMinutes(1);

    private readonly Outbox outbox;
    private readonly Func<LocalDate, IReadOnlyList<PlannedReminder>> digests;
    private readonly Func<Instant, PlannedReminder?> guidelineFollowUp;
    private readonly IReminderRenderer renderer;
    private readonly Func<string, IMessageActivity, CancellationToken, Task<DeliveryResult>> send;
    private readonly ReminderPlanSync? planSync;
    private readonly ReminderOptions options;
    private readonly TimeProvider time;
    private readonly IClock clock;
    private readonly DateTimeZone zone;
    private readonly ILogger<ReminderScheduler> logger;
    private readonly SemaphoreSlim gate = new(1, 1);
    private bool backfilled;

    /// <summary>Initializes a new instance of the <see cref="ReminderScheduler"/> class.</summary>
    /// <param name="outbox">The outbox.</param>
    /// <param name="planner">Plans the digests and the guideline's follow-up.</param>
    /// <param name="renderer">Builds each message when it is sent.</param>
    /// <param name="delivery">Sends it.</param>
    /// <param name="planSync">Plans the open items without reminders, at the first sweep.</param>
    /// <param name="options">The settings.</param>
    /// <param name="policy">Gives the zone "today" is taken in (Europe/Stockholm).</param>
    /// <param name="time">Drives the timer.</param>
    /// <param name="clock">Says what time it is.</param>
    /// <param name="logger">Told of every outcome.</param>
    public ReminderScheduler(
        Outbox outbox,
        ReminderPlanner planner,
        IReminderRenderer renderer,
        TeamsDelivery delivery,
        ReminderPlanSync planSync,
        IOptions<ReminderOptions> options,
        ServicePolicy policy,
        TimeProvider time,
        IClock clock,
        ILogger<ReminderScheduler> logger)
        : this(
            outbox,
            (planner ?? throw new ArgumentNullException(nameof(planner))).Digests,
            planner.GuidelineFollowUp,
            renderer,
            (delivery ?? throw new ArgumentNullException(nameof(delivery))).SendAsync,
            planSync ?? throw new ArgumentNullException(nameof(planSync)),
            options,
            (policy ?? throw new ArgumentNullException(nameof(policy))).Clock.Zone,
            time,
            clock,
            logger)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReminderScheduler"/> class from its parts (the public constructor
    /// passes the planner's and the delivery's methods).</summary>
    /// <param name="outbox">The outbox.</param>
    /// <param name="digests">The digests of a day.</param>
    /// <param name="guidelineFollowUp">The guideline's next follow-up.</param>
    /// <param name="renderer">Builds each message.</param>
    /// <param name="send">Sends a message to a recipient.</param>
    /// <param name="planSync">Plans the open items without reminders at the first sweep; none to skip that.</param>
    /// <param name="options">The settings.</param>
    /// <param name="zone">The zone of "today".</param>
    /// <param name="time">Drives the timer.</param>
    /// <param name="clock">Says what time it is.</param>
    /// <param name="logger">Told of every outcome.</param>
    internal ReminderScheduler(
        Outbox outbox,
        Func<LocalDate, IReadOnlyList<PlannedReminder>> digests,
        Func<Instant, PlannedReminder?> guidelineFollowUp,
        IReminderRenderer renderer,
        Func<string, IMessageActivity, CancellationToken, Task<DeliveryResult>> send,
        ReminderPlanSync? planSync,
        IOptions<ReminderOptions> options,
        DateTimeZone zone,
        TimeProvider time,
        IClock clock,
        ILogger<ReminderScheduler> logger)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(digests);
        ArgumentNullException.ThrowIfNull(guidelineFollowUp);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(logger);
        this.outbox = outbox;
        this.digests = digests;
        this.guidelineFollowUp = guidelineFollowUp;
        this.renderer = renderer;
        this.send = send;
        this.planSync = planSync;
        this.options = options.Value;
        this.zone = zone;
        this.time = time;
        this.clock = clock;
        this.logger = logger;
    }

    /// <summary>Runs one sweep: queues today's digests and the guideline's follow-up, then claims and handles what is due.</summary>
    /// <param name="cancellationToken">Cancels the sweep (a message already delivered is still marked sent).</param>
    /// <returns>How many due entries were handled.</returns>
    /// <remarks>Never throws but for cancellation: a failing step is logged and the sweep goes on with the next.</remarks>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!backfilled && planSync is not null)
            {
                try
                {
                    await planSync.BackfillAsync(cancellationToken).ConfigureAwait(false);
                    backfilled = true;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogStepFailed(logger, exception, "backfill");
                }
            }
            else
            {
                backfilled = true;
            }

            Instant now = clock.GetCurrentInstant();
            await EnqueueScheduledAsync(now, cancellationToken).ConfigureAwait(false);

            IReadOnlyList<OutboxEntry> due;
            try
            {
                due = await outbox.ClaimDueAsync(now, options.MaxPerSweep, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogStepFailed(logger, exception, "claim");
                return 0;
            }

            for (int i = 0; i < due.Count; i++)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    await PutBackAsync(due.Skip(i)).ConfigureAwait(false);
                    cancellationToken.ThrowIfCancellationRequested();
                }

                await DispatchAsync(due[i], cancellationToken).ConfigureAwait(false);
            }

            return due.Count;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        gate.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // never hold up the host's start
        LogStarted(logger, options.SweepInterval);
        using var timer = new PeriodicTimer(options.SweepInterval.ToTimeSpan(), time);
        try
        {
            do
            {
                await SweepSafelyAsync(stoppingToken).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task SweepSafelyAsync(CancellationToken cancellationToken)
    {
        try
        {
            int handled = await SweepAsync(cancellationToken).ConfigureAwait(false);
            if (handled > 0)
            {
                LogSwept(logger, handled);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogStepFailed(logger, exception, "sweep");
        }
    }

    private async Task EnqueueScheduledAsync(Instant now, CancellationToken cancellationToken)
    {
        try
        {
            foreach (PlannedReminder digest in digests(now.InZone(zone).Date))
            {
                await outbox.EnqueueAsync(digest, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogStepFailed(logger, exception, "digests");
        }

        try
        {
            if (guidelineFollowUp(now) is { } followUp)
            {
                await outbox.EnqueueAsync(followUp, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogStepFailed(logger, exception, "guideline follow-up");
        }
    }

    private async Task DispatchAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        string key = entry.Reminder.Key;
        DeliveryResult result;
        try
        {
            IMessageActivity? message = await renderer.RenderAsync(entry, cancellationToken).ConfigureAwait(false);
            if (message is null)
            {
                await outbox.CloseAsync(key, OutboxState.Cancelled, NotNeeded, clock.GetCurrentInstant(), CancellationToken.None).ConfigureAwait(false);
                LogCancelled(logger, key);
                return;
            }

            result = await send(entry.Reminder.Recipient, message, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping mid-send: the entry stays Sending and is claimed again after the lease (it may have gone out).
            throw;
        }
        catch (Exception exception)
        {
            LogDispatchFailed(logger, exception, key, entry.Attempts);
            result = new DeliveryResult(DeliveryStatus.RetryLater, null, null, null, "Ett oväntat fel uppstod när meddelandet skulle skickas.");
        }

        // From here the message's fate is decided: record it even if the host is stopping.
        try
        {
            await RecordAsync(entry, result).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // Left Sending: claimed again after the lease.
            LogStepFailed(logger, exception, "record " + key);
        }
    }

    private async Task RecordAsync(OutboxEntry entry, DeliveryResult result)
    {
        string key = entry.Reminder.Key;
        Instant now = clock.GetCurrentInstant();
        switch (result.Status)
        {
            case DeliveryStatus.Sent:
                await outbox.MarkSentAsync(key, now, result.ConversationId ?? string.Empty, result.ActivityId, CancellationToken.None).ConfigureAwait(false);
                LogSent(logger, key, entry.Reminder.Recipient, entry.Attempts);
                break;
            case DeliveryStatus.RetryLater when entry.Attempts >= Outbox.MaxAttempts:
                string gaveUp = result.Reason is { Length: > 0 } why ? $"{Outbox.GaveUp(entry.Attempts)} Senast: {why}" : Outbox.GaveUp(entry.Attempts);
                await outbox.CloseAsync(key, OutboxState.Failed, gaveUp, now, CancellationToken.None).ConfigureAwait(false);
                LogFailed(logger, key, entry.Reminder.Recipient, gaveUp);
                break;
            case DeliveryStatus.RetryLater:
                Instant retryAt = result.RetryAt is { } at && at > now ? at : now + Backoff(entry.Attempts);
                await outbox.RescheduleAsync(key, retryAt, result.Reason, CancellationToken.None).ConfigureAwait(false);
                LogRetry(logger, key, entry.Attempts, retryAt, result.Reason);
                break;
            default:
                string reason = result.Reason is { Length: > 0 } given ? given : "Meddelandet kunde inte levereras.";
                await outbox.CloseAsync(key, OutboxState.Failed, reason, now, CancellationToken.None).ConfigureAwait(false);
                LogFailed(logger, key, entry.Reminder.Recipient, reason);
                break;
        }
    }

    private async Task PutBackAsync(IEnumerable<OutboxEntry> entries)
    {
        foreach (OutboxEntry entry in entries)
        {
            try
            {
                await outbox.RescheduleAsync(entry.Reminder.Key, entry.NextAttemptAt, null, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                LogStepFailed(logger, exception, "put back " + entry.Reminder.Key);
            }
        }
    }

    /// <summary>The wait after an attempt that failed without a retry time: a minute, doubling, at most an hour.</summary>
    private static Duration Backoff(int attempts) =>
        Duration.FromMinutes(Math.Min(60, FirstRetryDelay.TotalMinutes * Math.Pow(2, Math.Max(0, attempts - 1))));

    private const string NotNeeded = "Behövs inte längre.";

    [LoggerMessage(EventId = 71, Level = LogLevel.Information, Message = "Reminder scheduler started; sweeps every {Interval}")]
    private static partial void LogStarted(ILogger logger, Duration interval);

    [LoggerMessage(EventId = 72, Level = LogLevel.Information, Message = "Sent {Key} to {Recipient} (attempt {Attempt})")]
    private static partial void LogSent(ILogger logger, string key, string recipient, int attempt);

    [LoggerMessage(EventId = 73, Level = LogLevel.Information, Message = "Cancelled {Key}: nothing to send any more")]
    private static partial void LogCancelled(ILogger logger, string key);

    [LoggerMessage(EventId = 74, Level = LogLevel.Warning, Message = "Will retry {Key} at {RetryAt} after attempt {Attempt}: {Reason}")]
    private static partial void LogRetry(ILogger logger, string key, int attempt, Instant retryAt, string? reason);

    [LoggerMessage(EventId = 75, Level = LogLevel.Error, Message = "Gave up on {Key} to {Recipient}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string key, string recipient, string reason);

    [LoggerMessage(EventId = 76, Level = LogLevel.Error, Message = "Rendering or sending {Key} failed on attempt {Attempt}")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception, string key, int attempt);

    [LoggerMessage(EventId = 77, Level = LogLevel.Error, Message = "Reminder step {Step} failed; the sweep goes on")]
    private static partial void LogStepFailed(ILogger logger, Exception exception, string step);

    [LoggerMessage(EventId = 78, Level = LogLevel.Debug, Message = "Swept {Count} due entries")]
    private static partial void LogSwept(ILogger logger, int count);
}
