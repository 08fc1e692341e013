using System.Net;
using System.Text.Json.Nodes;
using static Osby.TeamsBot.Tests.Api.ItemApiHost;

namespace Osby.TeamsBot.Tests.Api;

/// <summary>Reading items and their audit trail; ids; problem language.</summary>
public sealed partial class ItemEndpointsTests
{
    [Theory]
    [InlineData("/api/items/abc")]
    [InlineData("/api/items/0")]
    [InlineData("/api/items/-1")]
    [InlineData("/api/items/1.5")]
    [InlineData("/api/items/99999999999999999999")]
    [InlineData("/api/items/abc/audit")]
    public async Task Get_IdNotAPositiveWholeNumber_Returns400NamingId(string path)
    {
        await using var app = Start();
        using var client = Client(app);

        using var response = await client.GetAsync(path);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        ErrorsFor(problem, "id").Should().ContainSingle();
    }

    [Fact]
    public async Task PostEvents_IdNotANumber_Returns400NamingId()
    {
        await using var app = Start();
        using var client = Client(app);

        using var response = await client.PostAsync("/api/items/tolv/events", JsonBody("""{ "kind": "answered", "at": "2026-11-30T09:00:00+01:00" }"""));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        ErrorsFor(problem, "id").Should().ContainSingle();
    }

    [Theory]
    [InlineData("/api/items/424242")]
    [InlineData("/api/items/424242/audit")]
    public async Task Get_UnknownId_Returns404Problem(string path)
    {
        await using var app = Start();
        using var client = Client(app);

        using var response = await client.GetAsync(path);

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
        ((string?)problem["detail"]).Should().Contain("424242");
    }

    [Fact]
    public async Task GetAudit_AfterRegistrationAndForward_ListsBothChangesByTheCallingSystem()
    {
        await using var app = Start();
        using var client = Client(app);
        long id = await RegisterAsync(client);
        using var forwarded = await PostEventAsync(client, id, ForwardToKarin.DeepClone().AsObject());

        using var response = await client.GetAsync($"/api/items/{id}/audit");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonObject audit = await BodyAsync(response);
        ((long)audit["itemId"]!).Should().Be(id);
        var entries = audit["entries"]!.AsArray();
        entries.Should().HaveCount(2);
        entries.Select(e => (string?)e!["actorId"]).Should().AllBe("system:power-automate-bygglov");
        ((string?)entries[1]!["details"]).Should().Contain("karin.berg@osby.se");
        entries.Select(e => (string?)e!["at"]).Should().AllSatisfy(at => at.Should().Be("2026-11-30T10:00:00+01:00"));
    }

    [Fact]
    public async Task Problems_AcceptLanguage_AreSwedishByDefaultAndEnglishWhenPreferred()
    {
        await using var app = Start();
        using var swedish = Client(app);
        using var english = Client(app, acceptLanguage: "en-GB,en;q=0.9,sv;q=0.5");

        using var sv = await swedish.PostAsync("/api/items", JsonBody("""{ "channel": "Fax", "firstArrival": "2026-11-27T15:40:00", "originalSender": "a@example.se", "mailbox": "bygglov@osby.se" }"""));
        using var en = await english.PostAsync("/api/items", JsonBody("""{ "channel": "Fax", "firstArrival": "2026-11-27T15:40:00", "originalSender": "a@example.se", "mailbox": "bygglov@osby.se" }"""));

        var svProblem = await ProblemAsync(sv, HttpStatusCode.BadRequest);
        var enProblem = await ProblemAsync(en, HttpStatusCode.BadRequest);
        sv.Content.Headers.ContentLanguage.Should().Equal("sv");
        en.Content.Headers.ContentLanguage.Should().Equal("en");
        ((string?)svProblem["title"]).Should().Contain("felaktig");
        ((string?)enProblem["title"]).Should().Contain("invalid");
        ErrorsFor(svProblem, "firstArrival").Single().Should().Contain("Ange tiden");
        ErrorsFor(enProblem, "firstArrival").Single().Should().Contain("Give the time");
        ErrorsFor(svProblem, "channel").Single().Should().Contain("Okänt värde");
        ErrorsFor(enProblem, "channel").Single().Should().Contain("Unknown value");
    }

    [Fact]
    public async Task Problems_RefusedByARule_CarryTheLedgersMessageInTheCallersLanguage()
    {
        await using var app = Start();
        using var swedish = Client(app);
        using var english = Client(app, acceptLanguage: "en");
        long id = await RegisterAsync(swedish);
        using var forwarded = await PostEventAsync(swedish, id, ForwardToKarin.DeepClone().AsObject());
        JsonObject again = ForwardToKarin.DeepClone().AsObject();
        again["at"] = "2026-11-30T09:00:00+01:00";

        using var sv = await PostEventAsync(swedish, id, again.DeepClone().AsObject());
        using var en = await PostEventAsync(english, id, again.DeepClone().AsObject());

        var svProblem = await ProblemAsync(sv, HttpStatusCode.Conflict);
        var enProblem = await ProblemAsync(en, HttpStatusCode.Conflict);
        ((string?)svProblem["detail"]).Should().NotBe((string?)enProblem["detail"]);
        ((string?)svProblem["title"]).Should().NotBe((string?)enProblem["title"]);
        ((string?)enProblem["ruleId"]).Should().Be("RT-8");
    }
}
