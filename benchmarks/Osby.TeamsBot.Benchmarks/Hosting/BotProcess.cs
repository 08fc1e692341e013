using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Osby.TeamsBot.Benchmarks.Hosting;

/// <summary>A bot running as its own process (<c>dotnet Bot.dll</c>) on a random loopback port.</summary>
/// <remarks>
/// The bot runs in Production with <c>Logging:LogLevel:Default=Warning</c>; only the host's lifetime messages stay
/// on, to learn the port Kestrel picked. Its output is drained (the last lines are kept for error messages).
/// </remarks>
internal sealed class BotProcess : IAsyncDisposable
{
    private const string ListeningPrefix = "Now listening on: ";
    private const int KeptOutputLines = 40;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotProcess(string name, string assemblyPath, IEnumerable<string> settings)
    {
        Name = name;
        var startInfo = new ProcessStartInfo(DotnetHostPath())
        {
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!, // the content root, where appsettings.json is
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[
            assemblyPath,
            "--urls", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
            .. settings])
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => OnOutput(e.Data);
        process.Exited += (_, _) => listening.TrySetException(
            new InvalidOperationException($"{Name} exited with code {process.ExitCode}:{Environment.NewLine}{Output}"));
    }

    /// <summary>Gets the bot's name in reports.</summary>
    public string Name { get; }

    /// <summary>Gets the bot's <c>/api/messages</c> URL.</summary>
    public Uri MessagesUrl { get; private set; } = null!;

    /// <summary>Gets the process's working set in bytes once it listened, before any request.</summary>
    public long StartWorkingSet { get; private set; }

    /// <summary>Gets the process's current working set in bytes.</summary>
    public long WorkingSet
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    /// <summary>Gets the process's peak working set in bytes.</summary>
    public long PeakWorkingSet
    {
        get
        {
            process.Refresh();
            return process.PeakWorkingSet64;
        }
    }

    private string Output => string.Join(Environment.NewLine, output);

    /// <summary>Starts the bot in <paramref name="assemblyPath"/> and waits until it listens.</summary>
    /// <param name="name">The bot's name in reports.</param>
    /// <param name="assemblyPath">The bot's built dll.</param>
    /// <param name="settings">Extra configuration as command-line settings, e.g. <c>--Echo:ShareClients=true</c>.</param>
    /// <returns>The running bot.</returns>
    public static async Task<BotProcess> StartAsync(string name, string assemblyPath, params string[] settings)
    {
        var bot = new BotProcess(name, assemblyPath, settings);
        bot.process.Start();
        bot.process.BeginOutputReadLine();
        bot.process.BeginErrorReadLine();
        try
        {
            var baseAddress = await bot.listening.Task.WaitAsync(StartTimeout);
            bot.MessagesUrl = new Uri(baseAddress, "api/messages");
            bot.StartWorkingSet = bot.WorkingSet;
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }

    private static string DotnetHostPath()
    {
        // The SDK sets DOTNET_HOST_PATH for 'dotnet run'; otherwise the host of the running runtime
        // (<dotnet root>/shared/Microsoft.NETCore.App/<version>/).
        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
        {
            return hostPath;
        }

        var fileName = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var besideRuntime = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", fileName));
        return File.Exists(besideRuntime) ? besideRuntime : fileName;
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > KeptOutputLines && output.TryDequeue(out _))
        {
        }

        var at = line.IndexOf(ListeningPrefix, StringComparison.Ordinal);
        if (at >= 0)
        {
            listening.TrySetResult(new Uri(line[(at + ListeningPrefix.Length)..].Trim().TrimEnd('/') + "/"));
        }
    }
}
