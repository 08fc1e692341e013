namespace Osby.TeamsBot.Benchmarks.Hosting;

/// <summary>The Release builds of the bots, found from the repository root (the folder holding <c>Osby.sln</c>).</summary>
/// <remarks>
/// <c>dotnet run -c Release</c> on this project builds both (they are project references that are not referenced
/// as assemblies). BenchmarkDotNet's child processes run from under this project's <c>bin/</c>, so the root is
/// found by walking up from the running assembly.
/// </remarks>
internal static class BotAssemblies
{
    /// <summary>Gets the path of <c>src/Osby.TeamsBot/bin/Release/net10.0/Osby.TeamsBot.dll</c>.</summary>
    public static string Osby => Find("src/Osby.TeamsBot/bin/Release/net10.0/Osby.TeamsBot.dll");

    /// <summary>Gets the path of <c>benchmarks/EchoBot/bin/Release/net10.0/EchoBot.dll</c>.</summary>
    public static string Echo => Find("benchmarks/EchoBot/bin/Release/net10.0/EchoBot.dll");

    /// <summary>The echo bot setting that makes it share connector clients across turns, as Osby.TeamsBot does.</summary>
    public const string EchoSharedClients = "--Echo:ShareClients=true";

    private static string Find(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Osby.sln")))
            {
                var path = Path.Combine(directory.FullName, relativePath);
                return File.Exists(path)
                    ? path
                    : throw new FileNotFoundException(
                        $"{relativePath} is missing; build it with 'dotnet build -c Release Osby.sln'.", path);
            }
        }

        throw new DirectoryNotFoundException($"No Osby.sln above {AppContext.BaseDirectory}.");
    }
}
