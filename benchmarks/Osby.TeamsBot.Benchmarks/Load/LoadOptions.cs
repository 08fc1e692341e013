using System.Globalization;

namespace Osby.TeamsBot.Benchmarks.Load;

/// <summary>The load test's settings, from <c>load [--rate N] [--seconds N] [--senders N] [--throughput-seconds N] [--warmup-seconds N] [--rounds N]</c>.</summary>
/// <param name="Rate">Messages per second in the open-loop run.</param>
/// <param name="Duration">How long the open-loop run sends.</param>
/// <param name="Senders">Concurrent senders in the max-throughput run.</param>
/// <param name="ThroughputDuration">How long the max-throughput run sends.</param>
/// <param name="Warmup">How long each scenario is warmed up (closed loop, <paramref name="Senders"/> senders) first.</param>
/// <param name="Rounds">
/// Each run is split into this many rounds, interleaved across the scenarios (echo, deadline, knowledge base, echo, …),
/// so that a noisy neighbour weighs on all of them alike.
/// </param>
internal sealed record LoadOptions(int Rate, TimeSpan Duration, int Senders, TimeSpan ThroughputDuration, TimeSpan Warmup, int Rounds)
{
    /// <summary>The usage line.</summary>
    public const string Usage =
        "load [--rate 100] [--seconds 20] [--senders 16] [--throughput-seconds 10] [--warmup-seconds 5] [--rounds 4]";

    /// <summary>Gets the defaults: 100 messages/s for 20 s, 16 senders for 10 s, 5 s warm-up, 4 rounds.</summary>
    public static LoadOptions Default { get; } =
        new(100, TimeSpan.FromSeconds(20), 16, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5), 4);

    /// <summary>Reads the options after <c>load</c>.</summary>
    /// <param name="args">The arguments after <c>load</c>.</param>
    /// <param name="options">The options read, or null.</param>
    /// <returns>Whether every argument was understood.</returns>
    public static bool TryParse(IReadOnlyList<string> args, out LoadOptions? options)
    {
        options = null;
        var result = Default;
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count ||
                !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ||
                value <= 0)
            {
                return false;
            }

            switch (args[i])
            {
                case "--rate": result = result with { Rate = value }; break;
                case "--seconds": result = result with { Duration = TimeSpan.FromSeconds(value) }; break;
                case "--senders": result = result with { Senders = value }; break;
                case "--throughput-seconds": result = result with { ThroughputDuration = TimeSpan.FromSeconds(value) }; break;
                case "--warmup-seconds": result = result with { Warmup = TimeSpan.FromSeconds(value) }; break;
                case "--rounds": result = result with { Rounds = value }; break;
                default: return false;
            }
        }

        options = result;
        return true;
    }
}
