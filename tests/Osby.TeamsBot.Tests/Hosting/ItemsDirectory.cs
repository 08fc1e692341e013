using System.Text.Json.Nodes;
using Osby.Policy.Routing;

namespace Osby.TeamsBot.Tests.Hosting;

/// <summary>
/// A mailbox directory file for item tests: the embedded example, with Anna as registrator of kommun@osby.se and
/// bygglov@osby.se read by Bo, with Sara as its substitute.
/// </summary>
internal sealed class ItemsDirectory : IDisposable
{
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
            }
        }

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
