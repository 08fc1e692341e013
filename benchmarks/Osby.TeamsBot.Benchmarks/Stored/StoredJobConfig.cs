using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Osby.TeamsBot.Benchmarks.Stored;

/// <summary>
/// The job of the stored-item benchmarks: in process (the generated project around the bot takes longer to build than
/// BenchmarkDotNet's build timeout on a small machine) with a 30-minute limit (the digests' full-scan baseline takes
/// minutes), one launch, 2 warm-up and 8 measured iterations of one invocation each (the iteration set-up and clean-up
/// put the database back between invocations).
/// </summary>
public class StoredJobConfig : ManualConfig
{
    /// <summary>Initializes a new instance of the <see cref="StoredJobConfig"/> class.</summary>
    public StoredJobConfig()
        : this(warmups: 2, iterations: 8)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StoredJobConfig"/> class.</summary>
    /// <param name="warmups">Warm-up iterations.</param>
    /// <param name="iterations">Measured iterations.</param>
    protected StoredJobConfig(int warmups, int iterations)
    {
        AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithInvocationCount(1)
            .WithUnrollFactor(1));
    }
}

/// <summary>The digest benchmark's job: as <see cref="StoredJobConfig"/>, with 1 warm-up and 3 measured iterations (each
/// builds 200 digests).</summary>
public sealed class DigestJobConfig : StoredJobConfig
{
    /// <summary>Initializes a new instance of the <see cref="DigestJobConfig"/> class.</summary>
    public DigestJobConfig()
        : base(warmups: 1, iterations: 3)
    {
    }
}
