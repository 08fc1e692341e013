using Microsoft.Extensions.Time.Testing;

namespace Osby.TeamsBot.Tests.Hosting;

/// <summary>
/// A <see cref="TimeProvider"/> over a <see cref="FakeTimeProvider"/> that knows which one-shot timers (<c>Task.Delay</c>)
/// are pending, so a test can move the fake clock to the next one exactly when the code under test waits, and never
/// while it is busy (a request in flight keeps its time stamp).
/// </summary>
/// <remarks>Give it only to the code under test; timers of anything else would look like waiting.</remarks>
internal sealed class SteppedTime(FakeTimeProvider fake) : TimeProvider
{
    private const int MaxSteps = 100_000;

    private readonly Lock gate = new();
    private readonly List<Pending> pending = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => fake.LocalTimeZone;

    /// <inheritdoc />
    public override long TimestampFrequency => fake.TimestampFrequency;

    /// <inheritdoc />
    public override long GetTimestamp() => fake.GetTimestamp();

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (period != Timeout.InfiniteTimeSpan || dueTime == Timeout.InfiniteTimeSpan)
        {
            return fake.CreateTimer(callback, state, dueTime, period);
        }

        var entry = new Pending(this, fake.GetUtcNow() + dueTime);
        lock (gate)
        {
            pending.Add(entry);
        }

        Signal();
        entry.Timer = fake.CreateTimer(
            s =>
            {
                entry.Remove();
                callback(s);
            },
            state,
            dueTime,
            period);
        return entry;
    }

    /// <summary>Runs tasks to the end: whenever every unfinished one waits on a timer, moves the clock to the earliest.</summary>
    /// <param name="tasks">The tasks, each waiting on at most one timer at a time.</param>
    /// <returns>A task that completes when all have.</returns>
    public async Task RunAsync(IReadOnlyCollection<Task> tasks)
    {
        for (int step = 0; step < MaxSteps; step++)
        {
            List<Task> unfinished = [.. tasks.Where(t => !t.IsCompleted)];
            if (unfinished.Count == 0)
            {
                await Task.WhenAll(tasks);
                return;
            }

            Task next;
            DateTimeOffset? due = null;
            lock (gate)
            {
                next = changed.Task;
                if (pending.Count >= unfinished.Count)
                {
                    due = pending.Min(p => p.Due);
                }
            }

            if (due is { } at)
            {
                DateTimeOffset now = fake.GetUtcNow();
                fake.Advance(at > now ? at - now : TimeSpan.Zero);
                continue;
            }

            await Task.WhenAny([.. unfinished, next]);
        }

        throw new InvalidOperationException($"The tasks did not finish within {MaxSteps} steps.");
    }

    /// <summary>Runs one task to the end (see <see cref="RunAsync(IReadOnlyCollection{Task})"/>).</summary>
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        await RunAsync([task]);
        return await task;
    }

    private void Signal()
    {
        TaskCompletionSource done;
        lock (gate)
        {
            done = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }

    private sealed class Pending(SteppedTime owner, DateTimeOffset due) : ITimer
    {
        public DateTimeOffset Due { get; private set; } = due;

        public ITimer Timer { get; set; } = null!;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Due = owner.GetUtcNow() + dueTime;
            return Timer.Change(dueTime, period);
        }

        public void Remove()
        {
            lock (owner.gate)
            {
                owner.pending.Remove(this);
            }

            owner.Signal();
        }

        public void Dispose()
        {
            Remove();
            Timer.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
