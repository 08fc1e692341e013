using System.Text.Json.Nodes;
using Osby.Policy.Routing;

namespace Osby.TeamsBot.Tests.Hosting;

/// <summary>
/// A mailbox directory file for item tests: the embedded example, with Anna as registrator of kommun@osby.se and
/// bygglov@osby.se read by Bo, with Sara as its substitute; Maria manages Samhällsbyggnadsförvaltningen, which owns
/// miljo@osby.se through its miljöenheten, while socialtjanst@osby.se belongs to Socialförvaltningen.
/// </summary>
internal sealed class ItemsDirectory : IDisposable
{
    /// <summary>The unit <see cref="TestUser.Maria"/> manages.</summary>
    public const string MariasUnit = "Samhällsbyggnadsförvaltningen";

    /// <summary>A function mailbox in a part of Maria's unit.</summary>
    public const string Miljo = "miljo@osby.se";

    /// <summary>A function mailbox of another förvaltning.</summary>
    public const string Social = "socialtjanst@osby.se";

    public ItemsDirectory()
    {
        var json = JsonNode.Parse(ExampleJson())!.AsObject();
        foreach (var mailbox in json["mailboxes"]!.AsArray().Select(m => m!.AsObject()))
        {
            switch ((string?)mailbox["address"])
            {
                case "kommun@osby.se":
                    mailbox["registrators"] = new JsonArray(Contact(TestUser.Anna));
                    break;
                case "bygglov@osby.se":
                    mailbox["registrators"] = new JsonArray(Contact(TestUser.Bo));
                    mailbox["substitute"] = Contact(TestUser.Sara);
                    break;
                case Miljo:
                    mailbox["owner"] = MariasUnit + ", miljöenheten";
                    break;
                case Social:
                    mailbox["owner"] = "Socialförvaltningen";
                    break;
            }
        }

        json["managers"]!.AsArray().Add(new JsonObject
        {
            ["name"] = TestUser.Maria.Name,
            ["email"] = TestUser.Maria.Email,
            ["unit"] = MariasUnit,
            ["role"] = "headOfAdministration",
        });

        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"osby-directory-{Guid.NewGuid():N}.json");
        File.WriteAllText(Path, json.ToJsonString());
        Directory = MailboxDirectory.Load(File.ReadAllText(Path));
    }

    public string Path { get; }

    public MailboxDirectory Directory { get; }

    public void Dispose() => File.Delete(Path);

    private static JsonObject Contact(TestUser user) => new() { ["name"] = user.Name, ["email"] = user.Email };

    private static string ExampleJson()
    {
        using var stream = typeof(MailboxDirectory).Assembly.GetManifestResourceStream("Osby.Policy.Routing.mailbox-directory.example.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
