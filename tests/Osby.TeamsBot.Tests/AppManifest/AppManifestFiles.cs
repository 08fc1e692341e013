using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Osby.TeamsBot.Tests.AppManifest;

/// <summary>The app package's sources (src/Osby.TeamsBot/AppManifest), copied to AppManifest/ in the test output.</summary>
internal static class AppManifestFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "AppManifest");

    public static string ManifestPath => Path.Combine(Directory, "manifest.json");

    public static string TargetsPath => Path.Combine(Directory, "AppPackage.targets");

    public static string ManifestText => File.ReadAllText(ManifestPath);

    public static JsonObject Manifest() => JsonNode.Parse(ManifestText)!.AsObject();

    public static byte[] Icon(string fileName) => File.ReadAllBytes(Path.Combine(Directory, fileName));

    /// <summary>The placeholder GUIDs the build replaces, as AppPackage.targets declares them.</summary>
    public static (string AppId, string BotId) Placeholders()
    {
        XDocument targets = XDocument.Load(TargetsPath);
        return (Property("TeamsAppIdPlaceholder"), Property("TeamsBotIdPlaceholder"));

        string Property(string name) => targets.Descendants(name).Single().Value;
    }
}
