using BenchmarkDotNet.Running;
using Osby.TeamsBot.Benchmarks.Load;
using Osby.TeamsBot.Benchmarks.Stored;

namespace Osby.TeamsBot.Benchmarks;

/// <summary>
/// Runs the open-loop load test (<c>load</c>), the working-set run over stored items (<c>sweep-memory</c>) or the BenchmarkDotNet benchmarks chosen on the command line,
/// e.g. <c>--filter '*'</c> (see README.md).
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args"><c>load</c> or <c>sweep-memory</c> and its options, or BenchmarkDotNet's command-line arguments.</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == LoadCommand.Name)
        {
            return await LoadCommand.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == SweepMemoryCommand.Name)
        {
            return await SweepMemoryCommand.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
