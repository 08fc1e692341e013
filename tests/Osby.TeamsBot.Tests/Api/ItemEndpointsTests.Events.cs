using System.Net;
using System.Text.Json.Nodes;
using static Osby.TeamsBot.Tests.Api.ItemApiHost;

namespace Osby.TeamsBot.Tests.Api;

/// <summary>Events: forwards and their answers (RT-7, RT-8, DL-6), promises (DL-3), registration, and refusals.</summary>
public sealed partial class ItemEndpointsTests
{
    private static readonly JsonObject ForwardToKarin = new()
    {
        ["kind"] = "forwarded",
        ["at"] = "2026-11-27T16:05:00+01:00",
        ["forwarder"] = "bygglov@osby.se",
        ["recipient"] = "karin.berg@osby.se",
    };

    private static readonly JsonObject KarinConfirms = new()
    {
        ["kind"] = "forwardConfirmed",
        ["at"] = "2026-11-30T08:40:00+01:00",
        ["recipient"] = "karin.berg@osby.se",
    };

    [Fact]
    public async Task PostEvents_ForwardedThenConfirmed_MovesResponsibilityToTheRecipientOnlyOnConfirmation()
    {
        await using var app = Start();
        using var client = Client(app);
        long id = await RegisterAsync(client);

        using var forwarded = await PostEventAsync(client, id, ForwardToKarin.DeepClone().AsObject());
        forwarded.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonObject afterForward = await BodyAsync(forwarded);
        ((string?)afterForward["outcome"]).Should().Be("applied");
        ((string?)afterForward["item"]!["responsible"]).Should().Be("bygglov@osby.se", "forwarding alone moves no responsibility (RT-7)");
        JsonNode openHop = afterForward["item"]!["hops"]!.AsArray()[1]!;
        ((string?)openHop["from"]).Should().Be("bygglov@osby.se");
        ((string?)openHop["to"]).Should().Be("karin.berg@osby.se");
        ((string?)openHop["outcome"]).Should().Be("open");
        afterForward["item"]!["obligations"]!.AsArray().Should().Contain(
            o => (string?)o!["kind"] == "forwardConfirmation" && (string?)o["party"] == "karin.berg@osby.se" && (string?)o["ruleId"] == "DL-6");

        using var confirmed = await PostEventAsync(client, id, KarinConfirms.DeepClone().AsObject());
        confirmed.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonObject afterConfirm = await BodyAsync(confirmed);
        ((string?)afterConfirm["outcome"]).Should().Be("applied");
        ((string?)afterConfirm["item"]!["responsible"]).Should().Be("karin.berg@osby.se");
        JsonNode answeredHop = afterConfirm["item"]!["hops"]!.AsArray()[1]!;
        ((string?)answeredHop["outcome"]).Should().Be("handling");
        ((string?)answeredHop["answeredAt"]).Should().Be("2026-11-30T08:40:00+01:00");

        using var fetched = await client.GetAsync($"/api/items/{id}");
        ((string?)(await BodyAsync(fetched))["responsible"]).Should().Be("karin.berg@osby.se");
    }

    [Fact]
    public async Task PostEvents_SameConfirmationTwice_AnswersAlreadyRecordedAndStoresOneEntry()
    {
        await using var app = Start();
        using var client = Client(app);
        long id = await RegisterAsync(client);
        using var forwarded = await PostEventAsync(client, id, ForwardToKarin.DeepClone().AsObject());
        using var first = await PostEventAsync(client, id, KarinConfirms.DeepClone().AsObject());

        using var again = await PostEventAsync(client, id, KarinConfirms.DeepClone().AsObject());

        again.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonObject body = await BodyAsync(again);
        ((string?)body["outcome"]).Should().Be("alreadyRecorded");
        ((string?)body["message"]).Should().NotBeNullOrWhiteSpace();
        body["item"]!["entries"]!.AsArray().Count(e => (string?)e!["kind"] == "forwardConfirmed").Should().Be(1);
        ((string?)body["item"]!["responsible"]).Should().Be("karin.berg@osby.se");
    }

    [Fact]
    public async Task PostEvents_ForwardToSomeoneWhoAlreadyHadTheItem_Returns409WithRt8AndChangesNothing()
    {
        await using var app = Start();
        using var client = Client(app);
        long id = await RegisterAsync(client);
        using var forwarded = await PostEventAsync(client, id, ForwardToKarin.DeepClone().AsObject());

        using var back = await PostEventAsync(client, id, new JsonObject
        {
            ["kind"] = "forwarded",
            ["at"] = "2026-11-30T08:00:00+01:00",
            ["forwarder"] = "karin.berg@osby.se",
            ["recipient"] = "bygglov@osby.se",
        });

        var problem = await ProblemAsync(back, HttpStatusCode.Conflict);
        ((string?)problem["ruleId"]).Should().Be("RT-8");
        ((string?)problem["detail"]).Should().Contain("bygglov@osby.se").And.Contain("RT-8");
        using var fetched = await client.GetAsync($"/api/items/{id}");
        JsonObject item = await BodyAsync(fetched);
        item["entries"]!.AsArray().Should().HaveCount(2);
        item["hops"]!.AsArray().Should().HaveCount(2);
    }

    [Fact]
    public async Task PostEvents_SameForwardAgainLater_Returns409WithRt8()
    {
        await using var app = Start();
        using var client = Client(app);
        long id = await RegisterAsync(client);
        using var forwarded = await PostEventAsync(client, id, ForwardToKarin.DeepClone().AsObject());
        JsonObject again = ForwardToKarin.DeepClone().AsObject();
        again["at"] = "2026-11-30T09:00:00+01:00";

        using var response = await PostEventAsync(client, id, again);

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        ((string?)problem["ruleId"]).Should().Be("RT-8");
        ((string?)problem["detail"]).Should().Contain("karin.berg@osby.se");
    }

    [Fact]
    public async Task PostEvents_Acknowledged_MeetsTheFirstResponseAndOwesAStatusUpdateByThePromise()
    {
        await using var app = Start();
        using var client = Client(app);
        long id = await RegisterAsync(client);

        using var response = await PostEventAsync(client, id, new JsonObject
        {
            ["kind"] = "Acknowledged",
            ["at"] = "2026-11-30T09:00:00+01:00",
            ["promisedBy"] = "2026-12-11T15:00:00Z",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonObject item = (await BodyAsync(response))["item"]!.AsObject();
        JsonNode entry = item["entries"]!.AsArray()[^1]!;
        ((string?)entry["kind"]).Should().Be("acknowledged");
        ((string?)entry["promisedBy"]).Should().Be("2026-12-11T16:00:00+01:00");
        ((string?)entry["actor"]!["id"]).Should().Be("system:power-automate-bygglov");
        ((string?)entry["recordedAt"]).Should().Be("2026-11-30T10:00:00+01:00");
        JsonNode obligations = item["obligations"]!;
        ((string?)obligations.AsArray().Single(o => (string?)o!["kind"] == "firstResponse")!["state"]).Should().Be("met");
        JsonNode update = obligations.AsArray().Single(o => (string?)o!["kind"] == "statusUpdate")!;
        ((string?)update["due"]).Should().Be("2026-12-11T16:00:00+01:00");
        ((string?)update["ruleId"]).Should().Be("DL-3");
    }

    [Fact]
    public async Task PostEvents_Registered_KeepsTheDiarienummer()
    {
        await using var app = Start();
        using var client = Client(app);
        long id = await RegisterAsync(client);

        using var response = await PostEventAsync(client, id, new JsonObject
        {
            ["kind"] = "registered",
            ["at"] = "2026-11-30T09:15:00+01:00",
            ["diarienummer"] = "BN 2026/123",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonNode entry = (await BodyAsync(response))["item"]!["entries"]!.AsArray()[^1]!;
        ((string?)entry["kind"]).Should().Be("registered");
        ((string?)entry["note"]).Should().Be("BN 2026/123");
    }

    [Fact]
    public async Task PostEvents_AtInTheFuture_Returns400NamingAt()
    {
        await using var app = Start();
        using var client = Client(app);
        long id = await RegisterAsync(client);

        using var response = await PostEventAsync(client, id, new JsonObject { ["kind"] = "answered", ["at"] = "2026-11-30T11:00:00+01:00" });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        ErrorsFor(problem, "at").Should().ContainSingle();
    }

    [Fact]
    public async Task PostEvents_AtBeforeTheFirstArrival_Returns400NamingAt()
    {
        await using var app = Start();
        using var client = Client(app);
        long id = await RegisterAsync(client);

        using var response = await PostEventAsync(client, id, new JsonObject { ["kind"] = "answered", ["at"] = "2026-11-27T15:00:00+01:00" });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        ErrorsFor(problem, "at").Should().ContainSingle();
    }

    [Fact]
    public async Task PostEvents_UnknownItem_Returns404Problem()
    {
        await using var app = Start();
        using var client = Client(app);

        using var response = await PostEventAsync(client, 987654, new JsonObject { ["kind"] = "answered", ["at"] = "2026-11-30T09:00:00+01:00" });

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
        ((string?)problem["detail"]).Should().Contain("987654");
    }

    [Fact]
    public async Task PostEvents_KindArrived_Returns400SayingTheArrivalIsRegisteredWithPostItems()
    {
        await using var app = Start();
        using var client = Client(app);
        long id = await RegisterAsync(client);

        using var response = await PostEventAsync(client, id, new JsonObject { ["kind"] = "arrived", ["at"] = "2026-11-30T09:00:00+01:00" });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        ErrorsFor(problem, "kind").Should().ContainSingle().Which.Should().Contain("/api/items");
    }

    [Fact]
    public async Task PostEvents_UnknownKind_Returns400ListingTheKindsButNotArrived()
    {
        await using var app = Start();
        using var client = Client(app);
        long id = await RegisterAsync(client);

        using var response = await PostEventAsync(client, id, new JsonObject { ["kind"] = "confirmed", ["at"] = "2026-11-30T09:00:00+01:00" });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        ErrorsFor(problem, "kind").Should().ContainSingle().Which.Should().Contain("forwardConfirmed").And.NotContain("arrived");
    }

    [Fact]
    public async Task PostEvents_FieldOfAnotherKind_Returns400RatherThanDroppingIt()
    {
        await using var app = Start();
        using var client = Client(app);
        long id = await RegisterAsync(client);

        using var response = await PostEventAsync(client, id, new JsonObject
        {
            ["kind"] = "closed",
            ["at"] = "2026-11-30T09:00:00+01:00",
            ["diarienummer"] = "BN 2026/123",
        });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        ErrorsFor(problem, "diarienummer").Should().ContainSingle().Which.Should().Contain("closed");
        using var fetched = await client.GetAsync($"/api/items/{id}");
        ((bool)(await BodyAsync(fetched))["closed"]!).Should().BeFalse();
    }

    [Fact]
    public async Task PostEvents_ForwardedWithoutForwarder_Returns400NamingForwarder()
    {
        await using var app = Start();
        using var client = Client(app);
        long id = await RegisterAsync(client);
        JsonObject body = ForwardToKarin.DeepClone().AsObject();
        body.Remove("forwarder");

        using var response = await PostEventAsync(client, id, body);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        ErrorsFor(problem, "forwarder").Should().ContainSingle();
    }

    [Fact]
    public async Task PostEvents_ForwardedWithoutRecipient_Returns400NamingRecipient()
    {
        await using var app = Start();
        using var client = Client(app);
        long id = await RegisterAsync(client);
        JsonObject body = ForwardToKarin.DeepClone().AsObject();
        body.Remove("recipient");

        using var response = await PostEventAsync(client, id, body);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        ErrorsFor(problem, "recipient").Should().ContainSingle();
    }

    [Theory]
    [InlineData("registered", "diarienummer")]
    [InlineData("forwardDeclined", "reason")]
    public async Task PostEvents_KindWithoutItsNote_Returns400NamingTheApiField(string kind, string field)
    {
        await using var app = Start();
        using var client = Client(app);
        long id = await RegisterAsync(client);
        using var forwarded = await PostEventAsync(client, id, ForwardToKarin.DeepClone().AsObject());
        var body = new JsonObject { ["kind"] = kind, ["at"] = "2026-11-30T09:00:00+01:00" };
        if (kind == "forwardDeclined")
        {
            body["recipient"] = "karin.berg@osby.se";
        }

        using var response = await PostEventAsync(client, id, body);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal(field);
    }

    [Fact]
    public async Task PostEvents_ForwardDeclinedWithReason_LeavesResponsibilityAndShowsTheSuggestion()
    {
        await using var app = Start();
        using var client = Client(app);
        long id = await RegisterAsync(client);
        using var forwarded = await PostEventAsync(client, id, ForwardToKarin.DeepClone().AsObject());

        using var response = await PostEventAsync(client, id, new JsonObject
        {
            ["kind"] = "forwardDeclined",
            ["at"] = "2026-11-30T09:00:00+01:00",
            ["recipient"] = "karin.berg@osby.se",
            ["reason"] = "Gäller strandskydd, inte bygglov.",
            ["suggestedRecipient"] = "miljo@osby.se",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonNode item = (await BodyAsync(response))["item"]!;
        ((string?)item["responsible"]).Should().Be("bygglov@osby.se", "a declined forward leaves the responsibility where it was (RT-7)");
        JsonNode hop = item["hops"]!.AsArray()[1]!;
        ((string?)hop["outcome"]).Should().Be("wrongRecipient");
        ((string?)hop["reason"]).Should().Be("Gäller strandskydd, inte bygglov.");
        ((string?)hop["suggestedRecipient"]).Should().Be("miljo@osby.se");
    }
}
