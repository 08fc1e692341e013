using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NodaTime;
using Osby.TeamsBot.Reminders;
using Osby.TeamsBot.Storage;

namespace Osby.TeamsBot.Benchmarks.Stored;

/// <summary>
/// The due-finding part of a reminder sweep: <see cref="Outbox.ClaimDueAsync"/> claims the 1 000 due entries among
/// everything stored (the outbox of 10 k, 100 k or 1 M items), against the same claim on a copy of the database without
/// the outbox state indexes (the baseline: finding due rows scans the table).
/// </summary>
/// <remarks>Each iteration claims the same 1 000 rows: the iteration clean-up puts them back to Pending (not measured).
/// One invocation per iteration, so the mean is the time of one claim and the allocation that of one claim.</remarks>
[MemoryDiagnoser]
[Config(typeof(StoredJobConfig))]
[MedianColumn]
public class SweepBenchmarks
{
    private string indexed = string.Empty;
    private string scanned = string.Empty;
    private Outbox? withIndex;
    private Outbox? withoutIndex;
    private int claimed;

    /// <summary>Gets or sets how many items are stored.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int StoredItems { get; set; }

    /// <summary>Seeds (or finds) both databases and prints the due query's plan on each.</summary>
    [GlobalSetup]
    public void Setup()
    {
        indexed = BenchmarkDatabase.Ensure(StoredItems);
        scanned = BenchmarkDatabase.Ensure(StoredItems, withStateIndexes: false);
        BenchmarkDatabase.PutBackClaimed(indexed);
        BenchmarkDatabase.PutBackClaimed(scanned);
        Console.WriteLine($"// Due query plan, indexed: {BenchmarkDatabase.DuePlan(indexed)}");
        Console.WriteLine($"// Due query plan, without state indexes: {BenchmarkDatabase.DuePlan(scanned)}");
        withIndex = Create(indexed);
        withoutIndex = Create(scanned);
    }

    /// <summary>Puts the claimed rows back and checks that the claim got exactly the due ones.</summary>
    [IterationCleanup]
    public void PutBack()
    {
        int back = BenchmarkDatabase.PutBackClaimed(indexed) + BenchmarkDatabase.PutBackClaimed(scanned);
        if (claimed != BenchmarkDatabase.Due || back != BenchmarkDatabase.Due)
        {
            throw new InvalidOperationException($"The claim returned {claimed} and left {back} Sending, not {BenchmarkDatabase.Due}.");
        }
    }

    /// <summary>The claim on a database without the outbox state indexes (a full scan).</summary>
    /// <returns>How many were claimed.</returns>
    [Benchmark(Baseline = true)]
    public async Task<int> ClaimWithoutIndex() => claimed = (await withoutIndex!.ClaimDueAsync(BenchmarkDatabase.Now, BenchmarkDatabase.Due, CancellationToken.None)).Count;

    /// <summary>The claim as the bot runs it, on the (State, NextAttemptAt) index.</summary>
    /// <returns>How many were claimed.</returns>
    [Benchmark]
    public async Task<int> ClaimWithIndex() => claimed = (await withIndex!.ClaimDueAsync(BenchmarkDatabase.Now, BenchmarkDatabase.Due, CancellationToken.None)).Count;

    private static Outbox Create(string path)
    {
        var options = (DbContextOptions<OsbyDbContext>)new DbContextOptionsBuilder<OsbyDbContext>().UseOsbySqlite(path).Options;
        return new Outbox(new PooledDbContextFactory<OsbyDbContext>(options), new StillClock(BenchmarkDatabase.Now));
    }

    /// <summary>A clock that stands still.</summary>
    private sealed class StillClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
