using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Benchmarks.Stored;

/// <summary>
/// <c>sweep-memory [--items N] [--sweeps K]</c>: the bot's working set with N (default 1 M) stored items. Starts the bot's
/// application (as <c>Program.cs</c> composes it, server GC as the Web SDK sets it) on a copy of the seeded database,
/// runs K (default 5) reminder sweeps at <see cref="BenchmarkDatabase.Now"/> and prints each sweep's time and the
/// process's working set and GC heap.
/// </summary>
/// <remarks>The seeding and copying run in this process; the measurement runs in a child process (the same assembly with
/// <c>--child</c>), so that its working set holds only the bot.</remarks>
internal static class SweepMemoryCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "sweep-memory";

    private const string Child = "--child";

    /// <summary>Runs the command.</summary>
    /// <param name="args">The options after the name.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        int items = Option(args, "--items", 1_000_000);
        int sweeps = Option(args, "--sweeps", 5);
        if (args.Contains(Child))
        {
            return await MeasureAsync(args[Array.IndexOf(args, Child) + 1], sweeps);
        }

        string seeded = BenchmarkDatabase.Ensure(items);
        string copy = Path.Combine(BenchmarkDatabase.Folder, string.Create(CultureInfo.InvariantCulture, $"sweep-memory-{items}.db"));
        SqliteConnection.ClearAllPools();
        foreach (string stale in new[] { copy, copy + "-wal", copy + "-shm" })
        {
            File.Delete(stale);
        }

        File.Copy(seeded, copy);
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        start.ArgumentList.Add(typeof(SweepMemoryCommand).Assembly.Location);
        start.ArgumentList.Add(Name);
        start.ArgumentList.Add("--sweeps");
        start.ArgumentList.Add(sweeps.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(Child);
        start.ArgumentList.Add(copy);
        start.Environment["DOTNET_gcServer"] = "1";
        using Process child = Process.Start(start) ?? throw new InvalidOperationException("The measuring process did not start.");
        await child.WaitForExitAsync();
        foreach (string file in new[] { copy, copy + "-wal", copy + "-shm" })
        {
            File.Delete(file);
        }

        return child.ExitCode;
    }

    private static async Task<int> MeasureAsync(string database, int sweeps)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Database: {database} ({new FileInfo(database).Length / 1_048_576.0:F0} MB), server GC: {GCSettings.IsServerGC}, {Environment.ProcessorCount} cores"));
        await using WebApplication app = BenchmarkBotHost.Build(database);
        await app.StartAsync();
        Report("started");
        ReminderScheduler scheduler = app.Services.GetRequiredService<ReminderScheduler>();
        for (int sweep = 1; sweep <= sweeps; sweep++)
        {
            var watch = Stopwatch.StartNew();
            int handled = await scheduler.SweepAsync(CancellationToken.None);
            Report(string.Create(CultureInfo.InvariantCulture, $"sweep {sweep}: {handled} entries handled in {watch.Elapsed.TotalMilliseconds:F0} ms"));
        }

        await app.StopAsync();
        return 0;
    }

    private static void Report(string what)
    {
        using Process self = Process.GetCurrentProcess();
        GCMemoryInfo gc = GC.GetGCMemoryInfo();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{what,-50} working set {Environment.WorkingSet / 1_048_576.0,6:F0} MB, peak {self.PeakWorkingSet64 / 1_048_576.0,6:F0} MB, GC heap {gc.HeapSizeBytes / 1_048_576.0,6:F0} MB (live {GC.GetTotalMemory(false) / 1_048_576.0:F0} MB, committed {gc.TotalCommittedBytes / 1_048_576.0:F0} MB)"));
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
