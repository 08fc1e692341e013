using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Osby.Policy.Routing;

namespace Osby.Policy.Tests.Routing;

/// <summary>Directory files for the tests: a small valid one, and named ways of breaking it, each with the one problem it must cause.</summary>
internal static class DirectoryDocuments
{
    /// <summary>A valid directory: kommun@ (0), kontaktcenter@ (1), bygglov@ central (2), gamla@ deactivated → bygglov@ (3), one manager.</summary>
    public const string Minimal = """
        {
          "units": {
            "kontaktcenter": { "name": "Kontaktcenter", "address": "kontaktcenter@osby.se" },
            "kanslienheten": { "name": "Kanslienheten", "address": "kansli@osby.se" },
            "kommunikationsenheten": { "name": "Kommunikationsenheten", "address": "kommunikation@osby.se" },
            "huvudregistrator": { "name": "Huvudregistrator", "address": "huvudregistrator@osby.se" }
          },
          "mailboxes": [
            {
              "address": "kommun@osby.se",
              "name": "Osby kommun",
              "owner": "Kontaktcenter",
              "kind": "official",
              "areas": [ { "name": "Första kontakt", "keywords": [ "fråga till kommunen" ] } ],
              "registrators": [ { "name": "Kontaktcenter" } ]
            },
            {
              "address": "kontaktcenter@osby.se",
              "name": "Kontaktcenter",
              "owner": "Kontaktcenter",
              "kind": "internal",
              "registrators": [ { "name": "Kontaktcenter" } ]
            },
            {
              "address": "bygglov@osby.se",
              "name": "Bygglov",
              "owner": "Samhällsbyggnadsförvaltningen",
              "kind": "central",
              "areas": [ { "name": "Bygglov", "keywords": [ "bygglov", "rivningslov" ] } ],
              "registrators": [ { "name": "Registrator", "email": "registrator.sbf@osby.se" } ],
              "substitute": { "name": "Ersättare" }
            },
            {
              "address": "gamla@osby.se",
              "name": "Gamla bygglovsadressen",
              "owner": "Samhällsbyggnadsförvaltningen",
              "kind": "central",
              "active": false,
              "redirectTo": "bygglov@osby.se",
              "redirectUntil": "2026-12-31"
            }
          ],
          "managers": [
            { "name": "Förvaltningschef", "email": "chef.sbf@osby.se", "unit": "Samhällsbyggnadsförvaltningen", "role": "headOfAdministration" }
          ]
        }
        """;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Gets the ways of breaking <see cref="Minimal"/>: each makes one problem at <c>Path</c>, reported on the
    /// line that contains <c>Marker</c> (and, for a few, a second one at <c>Also</c>); <c>Schema</c> says whether the JSON Schema can see it too (or only the loader).</summary>
    public static IReadOnlyDictionary<string, BrokenCase> Cases { get; } = new Dictionary<string, BrokenCase>
    {
        ["missing name"] = new(d => Mailbox(d, 2).Remove("name"), "$.mailboxes[2].name", "{", Schema: true),
        ["blank name"] = new(d => Mailbox(d, 2)["name"] = "  ", "$.mailboxes[2].name", "\"name\"", Schema: true),
        ["invalid e-mail"] = new(d => Mailbox(d, 3)["address"] = "gamla at osby.se", "$.mailboxes[3].address", "gamla at osby.se", Schema: true),
        ["redirect target with invalid address"] = new(
            d => Mailbox(d, 2)["address"] = "bygglov@osby", "$.mailboxes[2].address", "bygglov@osby\"", Schema: true, Also: "$.mailboxes[3].redirectTo"),
        ["e-mail with å"] = new(d => Registrator(d)["email"] = "registratör@osby.se", "$.mailboxes[2].registrators[0].email", "registratör", Schema: true),
        ["duplicate address, other case"] = new(
            d => Mailboxes(d).Add(Copy(Mailbox(d, 2), m => m["address"] = "Bygglov@Osby.se")), "$.mailboxes[4].address", "Bygglov@Osby.se", Schema: false),
        ["unknown kind"] = new(d => Mailbox(d, 2)["kind"] = "centralt", "$.mailboxes[2].kind", "centralt", Schema: true),
        ["kind not a string"] = new(d => Mailbox(d, 2)["kind"] = 3, "$.mailboxes[2].kind", "\"kind\"", Schema: true),
        ["deactivated without redirectTo"] = new(d => Mailbox(d, 3).Remove("redirectTo"), "$.mailboxes[3].redirectTo", "{", Schema: true),
        ["deactivated without redirectUntil"] = new(d => Mailbox(d, 3).Remove("redirectUntil"), "$.mailboxes[3].redirectUntil", "{", Schema: true),
        ["redirect to unknown"] = new(d => Mailbox(d, 3)["redirectTo"] = "finns.inte@osby.se", "$.mailboxes[3].redirectTo", "finns.inte", Schema: false),
        ["redirect to itself"] = new(d => Mailbox(d, 3)["redirectTo"] = "GAMLA@osby.se", "$.mailboxes[3].redirectTo", "GAMLA", Schema: false),
        ["redirect to deactivated"] = new(
            d => Mailboxes(d).Add(Copy(Mailbox(d, 3), m => { m["address"] = "aldre@osby.se"; m["redirectTo"] = "gamla@osby.se"; })),
            "$.mailboxes[4].redirectTo",
            "\"redirectTo\": \"gamla@osby.se\"",
            Schema: false),
        ["active with redirectUntil"] = new(d => Mailbox(d, 2)["redirectUntil"] = "2026-12-31", "$.mailboxes[2].redirectUntil", "2026-12-31", Schema: true),
        ["active with redirectTo"] = new(d => Mailbox(d, 2)["redirectTo"] = "kommun@osby.se", "$.mailboxes[2].redirectTo", "\"redirectTo\"", Schema: true),
        ["until-date not a date"] = new(d => Mailbox(d, 3)["redirectUntil"] = "31/12/2026", "$.mailboxes[3].redirectUntil", "31/12/2026", Schema: true),
        ["until-date not in the calendar"] = new(d => Mailbox(d, 3)["redirectUntil"] = "2026-02-30", "$.mailboxes[3].redirectUntil", "2026-02-30", Schema: false),
        ["unit missing"] = new(d => Units(d).Remove("kanslienheten"), "$.units.kanslienheten", "\"units\"", Schema: true),
        ["unknown unit"] = new(d => Units(d)["kansliet"] = Copy(Units(d)["kanslienheten"]!.AsObject(), _ => { }), "$.units.kansliet", "\"kansliet\"", Schema: true),
        ["unit with invalid address"] = new(d => Units(d)["kanslienheten"]!["address"] = "kansli", "$.units.kanslienheten.address", "\"kansli\"", Schema: true),
        ["second official"] = new(d => Mailbox(d, 2)["kind"] = "official", "$.mailboxes[2].kind", "\"official\"", Schema: true),
        ["kommun@ not official"] = new(d => Mailbox(d, 0)["kind"] = "central", "$.mailboxes[0].kind", "\"central\"", Schema: true),
        ["kommun@ missing"] = new(d => Mailboxes(d).RemoveAt(0), "$.mailboxes", "\"mailboxes\"", Schema: true),
        ["kommun@ deactivated"] = new(
            d => { Mailbox(d, 0)["active"] = false; Mailbox(d, 0)["redirectTo"] = "kontaktcenter@osby.se"; Mailbox(d, 0)["redirectUntil"] = "2026-12-31"; },
            "$.mailboxes[0].active",
            "\"active\": false",
            Schema: true),
        ["kontaktcenter@ not internal"] = new(d => Mailbox(d, 1)["kind"] = "unit", "$.mailboxes[1].kind", "\"unit\"", Schema: true),
        ["kontaktcenter@ missing"] = new(d => Mailboxes(d).RemoveAt(1), "$.mailboxes", "\"mailboxes\"", Schema: true),
        ["area without keywords"] = new(d => Area(d)["keywords"] = new JsonArray(), "$.mailboxes[2].areas[0].keywords", "\"keywords\"", Schema: true),
        ["area without name"] = new(d => Area(d).Remove("name"), "$.mailboxes[2].areas[0].name", "{", Schema: true),
        ["keyword of stop words only"] = new(d => Area(d)["keywords"]![1] = "och att", "$.mailboxes[2].areas[0].keywords[1]", "och att", Schema: false),
        ["central without areas"] = new(d => Mailbox(d, 2).Remove("areas"), "$.mailboxes[2].areas", "{", Schema: true),
        ["active without registrators"] = new(d => Mailbox(d, 2)["registrators"] = new JsonArray(), "$.mailboxes[2].registrators", "\"registrators\"", Schema: true),
        ["unknown field"] = new(d => Mailbox(d, 2)["redirect_to"] = "x", "$.mailboxes[2].redirect_to", "redirect_to", Schema: true),
        ["field in wrong case"] = new(d => Mailbox(d, 2)["Example"] = true, "$.mailboxes[2].Example", "\"Example\"", Schema: true),
        ["active not a boolean"] = new(d => Mailbox(d, 2)["active"] = "ja", "$.mailboxes[2].active", "\"ja\"", Schema: true),
        ["areas not an array"] = new(d => Mailbox(d, 2)["areas"] = "bygglov", "$.mailboxes[2].areas", "\"areas\"", Schema: true),
        ["manager with unknown role"] = new(d => Manager(d)["role"] = "chef", "$.managers[0].role", "\"chef\"", Schema: true),
        ["manager with invalid Teams UPN"] = new(d => Manager(d)["teamsUpn"] = "anna", "$.managers[0].teamsUpn", "\"anna\"", Schema: true),
        ["manager without e-mail"] = new(d => Manager(d).Remove("email"), "$.managers[0].email", "{", Schema: true),
    };

    /// <summary>Gets the case names, for theories.</summary>
    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    /// <summary>Gets the case names the JSON Schema also rejects.</summary>
    public static TheoryData<string> SchemaCaseNames => [.. Cases.Where(c => c.Value.Schema).Select(c => c.Key)];

    /// <summary>Returns <see cref="Minimal"/> changed by a case, written indented (one property per line).</summary>
    public static string Broken(string caseName)
    {
        JsonObject document = JsonNode.Parse(Minimal)!.AsObject();
        Cases[caseName].Mutate(document);
        return document.ToJsonString(Indented);
    }

    /// <summary>Returns the text of a 1-based line.</summary>
    public static string LineText(string json, int line) => json.Split('\n')[line - 1];

    private static JsonObject Units(JsonObject d) => d["units"]!.AsObject();

    private static JsonArray Mailboxes(JsonObject d) => d["mailboxes"]!.AsArray();

    private static JsonObject Mailbox(JsonObject d, int index) => Mailboxes(d)[index]!.AsObject();

    private static JsonObject Area(JsonObject d) => Mailbox(d, 2)["areas"]![0]!.AsObject();

    private static JsonObject Registrator(JsonObject d) => Mailbox(d, 2)["registrators"]![0]!.AsObject();

    private static JsonObject Manager(JsonObject d) => d["managers"]![0]!.AsObject();

    private static JsonObject Copy(JsonObject source, Action<JsonObject> change)
    {
        JsonObject copy = source.DeepClone().AsObject();
        change(copy);
        return copy;
    }

    /// <summary>One way of breaking the minimal directory.</summary>
    /// <param name="Also">A second problem that follows from the first, when there is one (e.g. a redirect to the address made invalid).</param>
    public sealed record BrokenCase(Action<JsonObject> Mutate, string Path, string Marker, bool Schema, string? Also = null);
}

/// <summary>Loading helpers.</summary>
internal static class DirectoryLoading
{
    /// <summary>Loads a directory that must fail and returns its problems.</summary>
    public static IReadOnlyList<MailboxDirectoryProblem> ProblemsOf(string json)
    {
        Action load = () => MailboxDirectory.Load(json);
        return load.Should().Throw<MailboxDirectoryException>().Which.Problems;
    }
}
