using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace Osby.TeamsBot.Tests.AppManifest;

/// <summary>
/// AppPackage.targets: the bot's build leaves osby-teamsbot.zip in its output, and the target puts given ids into it.
/// </summary>
public sealed class AppPackageTargetsTests
{
    private static readonly string[] PackageFiles = ["color.png", "manifest.json", "outline.png"];

    private const string AppId = "d6a1f0e4-7b2c-4e59-9a83-1c5f2e7b9d10";
    private const string BotId = "5e0c9b7a-2f14-4d38-b6a9-0e8d7c3f1a25";

    [Fact]
    public void BotBuild_Always_LeavesTheZipInTheBotsOutput()
    {
        // The test project copies the bot's bin/<Configuration>/net10.0/appPackage/osby-teamsbot.zip here when it exists.
        string zip = Path.Combine(AppContext.BaseDirectory, "BuiltAppPackage", "osby-teamsbot.zip");
        File.Exists(zip).Should().BeTrue("building Osby.TeamsBot must write appPackage/osby-teamsbot.zip to its output");

        using ZipArchive archive = ZipFile.OpenRead(zip);
        ShouldHoldTheSources(archive, expectedAppId: null, expectedBotId: null);
    }

    [Fact]
    public async Task BuildTeamsAppPackage_WithIds_PutsThemIntoTheManifestAndNothingElseChanges()
    {
        using var work = new WorkFolder();

        BuildResult build = await BuildAsync(work, $"-p:TeamsAppId={AppId}", $"-p:MicrosoftAppId={BotId}");

        build.ExitCode.Should().Be(0, build.Output);
        using ZipArchive archive = ZipFile.OpenRead(work.Package);
        ShouldHoldTheSources(archive, AppId, BotId);
    }

    [Fact]
    public async Task BuildTeamsAppPackage_WithoutIds_KeepsThePlaceholders()
    {
        using var work = new WorkFolder();

        BuildResult build = await BuildAsync(work);

        build.ExitCode.Should().Be(0, build.Output);
        using ZipArchive archive = ZipFile.OpenRead(work.Package);
        string manifest = ShouldHoldTheSources(archive, expectedAppId: null, expectedBotId: null);
        manifest.Should().Be(AppManifestFiles.ManifestText, "with no ids the package's manifest is the checked-in file");
    }

    [Theory]
    [InlineData("MicrosoftAppId", "osby-boten")]
    [InlineData("TeamsAppId", "{d6a1f0e4-7b2c-4e59-9a83-1c5f2e7b9d10}")]
    public async Task BuildTeamsAppPackage_IdNotAGuid_FailsAndWritesNoPackage(string property, string value)
    {
        using var work = new WorkFolder();

        BuildResult build = await BuildAsync(work, $"-p:{property}={value}");

        build.ExitCode.Should().NotBe(0);
        build.Output.Should().Contain($"{property} must be");
        File.Exists(work.Package).Should().BeFalse();
    }

    // Checks the zip holds exactly the three files at its root, the icons unchanged and the manifest valid and equal to
    // the source but for the ids; an expected id of null means "the placeholder or any GUID" (the bot's own build may
    // have been given ids). Returns the manifest text.
    private static string ShouldHoldTheSources(ZipArchive archive, string? expectedAppId, string? expectedBotId)
    {
        archive.Entries.Select(e => e.FullName).Should().BeEquivalentTo(PackageFiles);
        foreach (string icon in new[] { "color.png", "outline.png" })
        {
            Read(archive, icon).Should().Equal(AppManifestFiles.Icon(icon), icon);
        }

        string text = Encoding.UTF8.GetString(Read(archive, "manifest.json"));
        var results = TeamsManifestSchema.Evaluate(text);
        results.IsValid.Should().BeTrue(TeamsManifestSchema.Describe(results));

        JsonObject manifest = JsonNode.Parse(text)!.AsObject();
        string appId = (string)manifest["id"]!;
        string botId = (string)manifest["bots"]![0]!["botId"]!;
        if (expectedAppId is not null)
        {
            appId.Should().Be(expectedAppId);
        }

        if (expectedBotId is not null)
        {
            botId.Should().Be(expectedBotId);
        }

        (string appPlaceholder, string botPlaceholder) = AppManifestFiles.Placeholders();
        text.Replace('"' + appId + '"', '"' + appPlaceholder + '"', StringComparison.Ordinal)
            .Replace('"' + botId + '"', '"' + botPlaceholder + '"', StringComparison.Ordinal)
            .Should().Be(AppManifestFiles.ManifestText, "only the ids may differ from the checked-in manifest");
        return text;
    }

    private static byte[] Read(ZipArchive archive, string name)
    {
        using Stream stream = archive.GetEntry(name)!.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private sealed record BuildResult(int ExitCode, string Output);

    // Runs the target in a bare project that imports AppPackage.targets (from the test output, beside the copied
    // manifest and icons) with its own output folders: the real MSBuild logic, without building the bot again.
    private static async Task<BuildResult> BuildAsync(WorkFolder work, params string[] properties)
    {
        string project = Path.Combine(work.Path, "package.proj");
        await File.WriteAllTextAsync(project, $"""
            <Project>
              <PropertyGroup>
                <OutDir>out/</OutDir>
                <IntermediateOutputPath>obj/</IntermediateOutputPath>
              </PropertyGroup>
              <Import Project="{AppManifestFiles.TargetsPath}" />
            </Project>
            """);

        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = work.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "msbuild", project, "-t:BuildTeamsAppPackage", "-nologo", "-nodeReuse:false", "-v:m" }.Concat(properties))
        {
            start.ArgumentList.Add(argument);
        }

        // Environment variables are MSBuild properties: the ids must come from the arguments only, and MSBuild's own
        // variables from the `dotnet test` that started this process must not steer the child.
        foreach (string name in start.Environment.Keys.ToList())
        {
            if (name is "TeamsAppId" or "MicrosoftAppId" || name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new BuildResult(process.ExitCode, await stdout + await stderr);
    }

    private sealed class WorkFolder : IDisposable
    {
        public WorkFolder() => Directory.CreateDirectory(Path);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "osby-apppackage-" + Guid.NewGuid().ToString("N"));

        public string Package => System.IO.Path.Combine(Path, "out", "appPackage", "osby-teamsbot.zip");

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
