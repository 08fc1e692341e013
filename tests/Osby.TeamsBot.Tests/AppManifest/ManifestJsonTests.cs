using System.Text.Json.Nodes;

namespace Osby.TeamsBot.Tests.AppManifest;

/// <summary>manifest.json: valid against the official Teams schema v1.19, Swedish-facing, one bot in three scopes.</summary>
public sealed class ManifestJsonTests
{
    private static readonly string[] Scopes = ["personal", "team", "groupChat"];

    [Fact]
    public void Manifest_AsCheckedIn_IsValidAgainstTheTeamsSchema()
    {
        var results = TeamsManifestSchema.Evaluate(AppManifestFiles.Manifest());

        results.IsValid.Should().BeTrue(TeamsManifestSchema.Describe(results));
    }

    [Fact]
    public void Manifest_Always_DeclaresSchemaAndVersion119()
    {
        JsonObject manifest = AppManifestFiles.Manifest();

        ((string?)manifest["$schema"]).Should().Be("https://developer.microsoft.com/en-us/json-schemas/teams/v1.19/MicrosoftTeams.schema.json");
        ((string?)manifest["manifestVersion"]).Should().Be("1.19");
    }

    [Fact]
    public void Manifest_Always_IsSwedishFacing()
    {
        JsonObject manifest = AppManifestFiles.Manifest();

        ((string?)manifest["localizationInfo"]!["defaultLanguageTag"]).Should().Be("sv-SE");
        ((string?)manifest["name"]!["short"]).Should().Be("Osby-boten");
        ((string?)manifest["name"]!["full"]).Should().Be("Osby kommuns servicebot");
        ((string?)manifest["description"]!["short"]).Should().Contain("Osby kommuns riktlinje för service");
        ((string?)manifest["description"]!["full"]).Should().Contain("svarstider").And.Contain("diarieföras").And.Contain("bemötande");
    }

    [Fact]
    public void Developer_Always_IsOsbyKommunWithHttpsUrlsOnOsbySe()
    {
        JsonNode developer = AppManifestFiles.Manifest()["developer"]!;

        ((string?)developer["name"]).Should().Be("Osby kommun");
        foreach (string property in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            var url = new Uri((string)developer[property]!);
            url.Scheme.Should().Be("https", property);
            url.Host.Should().Be("www.osby.se", property);
        }
    }

    [Fact]
    public void Icons_Always_NameTheTwoFilesBesideTheManifest()
    {
        JsonNode icons = AppManifestFiles.Manifest()["icons"]!;

        ((string?)icons["color"]).Should().Be("color.png");
        ((string?)icons["outline"]).Should().Be("outline.png");
        File.Exists(Path.Combine(AppManifestFiles.Directory, "color.png")).Should().BeTrue();
        File.Exists(Path.Combine(AppManifestFiles.Directory, "outline.png")).Should().BeTrue();
    }

    [Fact]
    public void Bot_Always_IsConversationalInPersonalTeamAndGroupChatWithoutFiles()
    {
        JsonNode bot = AppManifestFiles.Manifest()["bots"]!.AsArray().Should().ContainSingle().Subject!;

        bot["scopes"]!.AsArray().Select(s => (string?)s).Should().BeEquivalentTo(Scopes);
        ((bool?)bot["supportsFiles"]).Should().BeFalse();
        ((bool?)bot["isNotificationOnly"]).Should().BeFalse();
    }

    [Fact]
    public void CommandLists_Always_OnePerScopeWithHelpAndDeadlineInSwedish()
    {
        JsonArray lists = AppManifestFiles.Manifest()["bots"]![0]!["commandLists"]!.AsArray();

        lists.Select(l => l!["scopes"]!.AsArray().Select(s => (string?)s).Should().ContainSingle().Subject).Should().BeEquivalentTo(Scopes);
        foreach (JsonNode? list in lists)
        {
            var commands = list!["commands"]!.AsArray().ToDictionary(c => (string)c!["title"]!, c => (string)c!["description"]!);
            commands.Should().Contain("hjälp", "Visa vad jag kan och exempelfrågor")
                .And.Contain("svarstid", "Räkna ut när ett ärende måste besvaras")
                .And.ContainKeys("vart skickar jag", "diarieföra", "granska mitt svar:");
            commands.Should().HaveCountGreaterThanOrEqualTo(5);
        }
    }

    [Fact]
    public void CommandLists_Always_QuestionsEverywhereAndItemsOnlyInThePersonalChat()
    {
        JsonArray lists = AppManifestFiles.Manifest()["bots"]![0]!["commandLists"]!.AsArray();
        IEnumerable<string> Titles(string scope) => lists
            .Single(l => l!["scopes"]!.AsArray().Select(s => (string?)s).Contains(scope))!["commands"]!.AsArray()
            .Select(c => (string)c!["title"]!);

        Titles("team").Should().Equal(Titles("groupChat"));
        Titles("personal").Should().Contain(Titles("team")).And.Contain(["registrera", "mina ärenden"]);
        Titles("team").Should().NotContain(["registrera", "mina ärenden"], "items are shown only in the personal chat, never to a whole team");
    }

    [Fact]
    public void Ids_AsCheckedIn_AreThePlaceholdersTheBuildReplaces()
    {
        (string appId, string botId) = AppManifestFiles.Placeholders();
        JsonObject manifest = AppManifestFiles.Manifest();

        ((string?)manifest["id"]).Should().Be(appId);
        ((string?)manifest["bots"]![0]!["botId"]).Should().Be(botId).And.Be(Guid.Empty.ToString());
        // The build replaces the quoted GUID text, so each must occur exactly once.
        foreach (string placeholder in new[] { appId, botId })
        {
            AppManifestFiles.ManifestText.Split('"' + placeholder + '"').Should().HaveCount(2, placeholder);
        }
    }

    [Fact]
    public void AccentColor_Always_IsTheColorIconsBackground()
    {
        string accent = (string)AppManifestFiles.Manifest()["accentColor"]!;
        PngImage color = PngImage.Read(AppManifestFiles.Icon("color.png"));

        (byte r, byte g, byte b, _) = color[0, 0];
        $"#{r:X2}{g:X2}{b:X2}".Should().Be(accent.ToUpperInvariant());
    }

    [Fact]
    public void Manifest_Always_IsUtf8WithoutByteOrderMark()
    {
        File.ReadAllBytes(AppManifestFiles.ManifestPath).Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
    }
}
