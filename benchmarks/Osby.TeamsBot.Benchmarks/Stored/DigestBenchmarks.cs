using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Osby.TeamsBot.Cards;
using Osby.TeamsBot.Digests;

namespace Osby.TeamsBot.Benchmarks.Stored;

/// <summary>
/// The managers' morning: <see cref="DigestBuilder.BuildAsync"/> for each of the 200 benchmark managers over 100 k stored
/// items (500 per unit, a fifth of them open), with the builder the bot's own service collection makes; against the same
/// on a copy of the database without the indexes a unit's items are found by (the baseline: every digest scans).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(DigestJobConfig))]
public class DigestBenchmarks
{
    private WebApplication? app;
    private WebApplication? scanningApp;
    private DigestBuilder? builder;
    private DigestBuilder? scanningBuilder;

    /// <summary>Gets or sets how many items are stored.</summary>
    [Params(100_000)]
    public int StoredItems { get; set; }

    /// <summary>Seeds (or finds) both databases and builds the bot's services on each.</summary>
    [GlobalSetup]
    public void Setup()
    {
        app = BenchmarkBotHost.Build(BenchmarkDatabase.Ensure(StoredItems));
        builder = app.Services.GetRequiredService<DigestBuilder>();
        scanningApp = BenchmarkBotHost.Build(BenchmarkDatabase.EnsureWithoutUnitIndexes(StoredItems));
        scanningBuilder = scanningApp.Services.GetRequiredService<DigestBuilder>();
    }

    /// <summary>Disposes the services.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        app?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        scanningApp?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Every manager's digest on the database without the unit indexes.</summary>
    /// <returns>How many cards were built.</returns>
    [Benchmark(Baseline = true)]
    public Task<int> DigestsFor200ManagersScanning() => BuildAllAsync(scanningBuilder!);

    /// <summary>Every manager's digest as the bot builds it.</summary>
    /// <returns>How many cards were built.</returns>
    [Benchmark]
    public Task<int> DigestsFor200Managers() => BuildAllAsync(builder!);

    /// <summary>Builds the digest card of every manager (even one with nothing to report).</summary>
    private static async Task<int> BuildAllAsync(DigestBuilder builder)
    {
        int cards = 0;
        for (int unit = 0; unit < BenchmarkDatabase.Managers; unit++)
        {
            AdaptiveCard? card = await builder.BuildAsync(BenchmarkDatabase.Manager(unit), evenIfEmpty: true, CancellationToken.None);
            cards += card is null ? 0 : 1;
        }

        return cards == BenchmarkDatabase.Managers ? cards : throw new InvalidOperationException($"Only {cards} digests were built.");
    }
}
