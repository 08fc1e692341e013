using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Osby.Policy.Deadlines;
using Osby.Policy.Routing;
using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Tests.Reminders;

/// <summary>
/// The people and mailboxes of the reminder tests: the embedded example directory with its own readers and owners, and
/// managers at three levels (a unit's chef, a förvaltningschef, a presidium), written here rather than read from the code.
/// </summary>
internal static class ReminderWorld
{
    public const string Anna = "anna.svensson@osby.se";
    public const string Bo = "bo.bygg@osby.se";
    public const string Sara = "sara.ersatt@osby.se";
    public const string Maja = "maja.miljo@osby.se";
    public const string Carl = "carl.kollega@osby.se";

    /// <summary>Chef of "Samhällsbyggnadsförvaltningen, bygglov" (role manager).</summary>
    public const string BygglovChef = "berit.bygglovschef@osby.se";

    /// <summary>Förvaltningschef of "Samhällsbyggnadsförvaltningen" (role headOfAdministration).</summary>
    public const string SbfChef = "sven.forvaltningschef@osby.se";

    /// <summary>Chef of "Samhällsbyggnadsförvaltningen, miljö" — not of "…, miljöenheten" (the unit before a comma must match).</summary>
    public const string MiljoNamnChef = "mats.miljo@osby.se";

    /// <summary>Chef of "Kommunstyrelseförvaltningen, Kontaktcenter" (role manager).</summary>
    public const string KontaktcenterChef = "karl.kontaktcenter@osby.se";

    /// <summary>Kommundirektör: förvaltningschef of "Kommunstyrelseförvaltningen".</summary>
    public const string Kommundirektor = "kommundirektor@osby.se";

    /// <summary>Kommunstyrelsens presidium (never escalated to, but gets a digest).</summary>
    public const string Presidium = "ks.presidium@osby.se";

    public const string Official = MailboxDirectory.OfficialAddress;
    public const string Bygglov = "bygglov@osby.se";
    public const string Miljo = "miljo@osby.se";

    /// <summary>Every manager address in the directory, each once (Karl leads two units).</summary>
    public static readonly string[] Managers = [BygglovChef, SbfChef, MiljoNamnChef, KontaktcenterChef, Kommundirektor, Presidium];

    public static readonly ServicePolicy Policy = ServicePolicy.Default;

    public static MailboxDirectory Directory { get; } = Load();

    public static DateTimeZone Zone => Policy.Clock.Zone;

    /// <summary>A local wall-clock time in Stockholm as an instant.</summary>
    public static Instant Local(int year, int month, int day, int hour, int minute, int second = 0) =>
        new LocalDateTime(year, month, day, hour, minute, second).InZoneStrictly(Zone).ToInstant();

    public static ReminderPlanner Planner(Action<ReminderOptions>? configure = null)
    {
        var options = new ReminderOptions();
        configure?.Invoke(options);
        return new ReminderPlanner(Policy, Directory, Options.Create(options));
    }

    private static MailboxDirectory Load()
    {
        using var stream = typeof(MailboxDirectory).Assembly.GetManifestResourceStream("Osby.Policy.Routing.mailbox-directory.example.json")!;
        var json = JsonNode.Parse(stream)!.AsObject();
        foreach (var mailbox in json["mailboxes"]!.AsArray().Select(m => m!.AsObject()))
        {
            switch ((string?)mailbox["address"])
            {
                case Official:
                    mailbox["registrators"] = new JsonArray(Contact("Anna Svensson", Anna));
                    break;
                case Bygglov:
                    mailbox["owner"] = "Samhällsbyggnadsförvaltningen, bygglov";
                    mailbox["registrators"] = new JsonArray(Contact("Bo Bygg", Bo));
                    mailbox["substitute"] = Contact("Sara Ersätt", Sara);
                    break;
                case Miljo:
                    mailbox["owner"] = "Samhällsbyggnadsförvaltningen, miljöenheten";
                    mailbox["registrators"] = new JsonArray(Contact("Maja Miljö", Maja));
                    break;
            }
        }

        json["managers"] = new JsonArray(
            Manager("Berit Bygglovschef", BygglovChef, "Samhällsbyggnadsförvaltningen, bygglov", "manager"),
            Manager("Sven Förvaltningschef", SbfChef, "Samhällsbyggnadsförvaltningen", "headOfAdministration"),
            Manager("Mats Miljö", MiljoNamnChef, "Samhällsbyggnadsförvaltningen, miljö", "manager"),
            Manager("Karl Kontaktcenter", KontaktcenterChef, "Kommunstyrelseförvaltningen, Kontaktcenter", "manager"),
            Manager("Karl Kontaktcenter", "Karl.Kontaktcenter@osby.se", "Kommunstyrelseförvaltningen, växeln", "manager"),
            Manager("Kommundirektören", Kommundirektor, "Kommunstyrelseförvaltningen", "headOfAdministration"),
            Manager("Kommunstyrelsens presidium", Presidium, "Kommunstyrelsen", "presidium"));
        return MailboxDirectory.Load(json.ToJsonString());
    }

    private static JsonObject Contact(string name, string email) => new() { ["name"] = name, ["email"] = email };

    private static JsonObject Manager(string name, string email, string unit, string role) =>
        new() { ["name"] = name, ["email"] = email, ["unit"] = unit, ["role"] = role };
}
