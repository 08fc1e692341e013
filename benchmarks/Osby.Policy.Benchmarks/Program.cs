using BenchmarkDotNet.Running;

namespace Osby.Policy.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. <c>--filter '*'</c> (see README.md).</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet's command-line arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
