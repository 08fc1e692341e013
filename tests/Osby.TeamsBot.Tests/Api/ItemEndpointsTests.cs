using System.Net;
using System.Text.Json.Nodes;
using static Osby.TeamsBot.Tests.Api.ItemApiHost;

namespace Osby.TeamsBot.Tests.Api;

/// <summary>The item API end to end against the real ledger: registering (this file), events and reading (partial files).</summary>
public sealed partial class ItemEndpointsTests
{
    [Fact]
    public async Task PostItems_NewArrival_Returns201WithLocationAndGetReturnsTheSameFields()
    {
        await using var app = Start();
        using var client = Client(app);

        using var created = await client.PostAsync("/api/items", JsonBody(Arrival("<CAF3xYz@mail.example.se>")));

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        JsonObject item = await BodyAsync(created);
        long id = (long)item["id"]!;
        id.Should().BePositive();
        created.Headers.Location!.OriginalString.Should().Be($"/api/items/{id}");

        using var fetched = await client.GetAsync(created.Headers.Location);
        fetched.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonObject got = await BodyAsync(fetched);
        ((long)got["id"]!).Should().Be(id);
        ((string?)got["channel"]).Should().Be("functionMailbox");
        ((string?)got["firstArrival"]).Should().Be("2026-11-27T15:40:00+01:00");
        ((string?)got["originalSender"]).Should().Be("anna.svensson@example.se");
        ((string?)got["senderCategory"]).Should().Be("resident");
        ((string?)got["subject"]).Should().Be("Fråga om bygglov för altan, Storgatan 5");
        ((string?)got["mailbox"]).Should().Be("bygglov@osby.se");
        ((int)got["informationValue"]!).Should().Be(1);
        ((string?)got["externalMessageId"]).Should().Be("<CAF3xYz@mail.example.se>");
        ((string?)got["responsible"]).Should().Be("bygglov@osby.se", "the first receiver is responsible until a forward is confirmed (RT-7)");
        ((bool)got["closed"]!).Should().BeFalse();
        JsonNode.DeepEquals(got, item).Should().BeTrue("POST answers with the item as GET shows it");
    }

    [Fact]
    public async Task PostItems_NewArrival_RecordsTheArrivalByTheCallingSystemAndOwesAFirstResponseByMondayAfternoon()
    {
        await using var app = Start();
        using var client = Client(app);

        using var created = await client.PostAsync("/api/items", JsonBody(Arrival()));
        JsonObject item = await BodyAsync(created);

        JsonNode entry = item["entries"]!.AsArray().Should().ContainSingle().Subject!;
        ((int)entry["sequence"]!).Should().Be(1);
        ((string?)entry["kind"]).Should().Be("arrived");
        ((string?)entry["at"]).Should().Be("2026-11-27T15:40:00+01:00");
        ((string?)entry["actor"]!["id"]).Should().Be("system:power-automate-bygglov");
        ((string?)entry["actor"]!["name"]).Should().Be("power-automate-bygglov");
        JsonNode hop = item["hops"]!.AsArray().Should().ContainSingle().Subject!;
        ((string?)hop["from"]).Should().Be("anna.svensson@example.se");
        ((string?)hop["to"]).Should().Be("bygglov@osby.se");
        ((string?)hop["outcome"]).Should().Be("handling");

        // DL-1, one working day of office time (08:00–16:30): 50 minutes on Friday, the other 7 h 40 on Monday from 08:00.
        JsonNode firstResponse = item["obligations"]!.AsArray().Should().ContainSingle(o => (string?)o!["kind"] == "firstResponse").Subject!;
        ((string?)firstResponse["due"]).Should().Be("2026-11-30T15:40:00+01:00");
        ((string?)firstResponse["state"]).Should().Be("pending");
        ((string?)firstResponse["ruleId"]).Should().Be("DL-1");
        ((string?)firstResponse["description"]).Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task PostItems_SameExternalMessageIdTwice_KeepsOneItemAndAnswers200WithIt()
    {
        await using var app = Start();
        using var client = Client(app);

        using var first = await client.PostAsync("/api/items", JsonBody(Arrival("<retry@mail.example.se>")));
        using var second = await client.PostAsync("/api/items", JsonBody(Arrival("<retry@mail.example.se>")));
        using var changed = await client.PostAsync("/api/items", JsonBody(Arrival("<retry@mail.example.se>", subject: "Annan rubrik")));
        using var other = await client.PostAsync("/api/items", JsonBody(Arrival("<other@mail.example.se>")));

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        other.StatusCode.Should().Be(HttpStatusCode.Created);
        long id = (long)(await BodyAsync(first))["id"]!;
        ((long)(await BodyAsync(second))["id"]!).Should().Be(id);
        JsonObject again = await BodyAsync(changed);
        ((long)again["id"]!).Should().Be(id);
        ((string?)again["subject"]).Should().Be("Fråga om bygglov för altan, Storgatan 5", "the first registration stands");
        ((long)(await BodyAsync(other))["id"]!).Should().NotBe(id);
    }

    [Fact]
    public async Task PostItems_UnknownChannel_Returns400NamingChannelWithTheAllowedNames()
    {
        await using var app = Start();
        using var client = Client(app);

        using var response = await client.PostAsync("/api/items", JsonBody(With(Arrival(), "channel", "Fax")));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        ErrorsFor(problem, "channel").Should().ContainSingle().Which.Should().Contain("Fax").And.Contain("functionMailbox").And.Contain("eService");
    }

    [Theory]
    [InlineData("2")]
    [InlineData("FunctionMailbox,EService")]
    [InlineData("arrived")]
    public async Task PostItems_ChannelThatIsNotAName_Returns400NamingChannel(string channel)
    {
        await using var app = Start();
        using var client = Client(app);

        using var response = await client.PostAsync("/api/items", JsonBody(With(Arrival(), "channel", channel)));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        ErrorsFor(problem, "channel").Should().ContainSingle();
    }

    [Theory]
    [InlineData("functionmailbox")]
    [InlineData("FUNCTIONMAILBOX")]
    [InlineData(" FunctionMailbox ")]
    public async Task PostItems_ChannelInAnyCase_IsAccepted(string channel)
    {
        await using var app = Start();
        using var client = Client(app);

        using var response = await client.PostAsync("/api/items", JsonBody(With(Arrival(), "channel", channel)));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        ((string?)(await BodyAsync(response))["channel"]).Should().Be("functionMailbox");
    }

    [Theory]
    [InlineData("2026-11-27T15:40:00")]
    [InlineData("2026-11-27 15:40")]
    [InlineData("27 november 15.40")]
    public async Task PostItems_FirstArrivalWithoutOffset_Returns400NamingFirstArrival(string firstArrival)
    {
        await using var app = Start();
        using var client = Client(app);

        using var response = await client.PostAsync("/api/items", JsonBody(With(Arrival(), "firstArrival", firstArrival)));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        ErrorsFor(problem, "firstArrival").Should().ContainSingle().Which.Should().Contain("+01:00");
    }

    [Fact]
    public async Task PostItems_FirstArrivalInUtc_IsStoredAsTheSameInstantAndShownInStockholmTime()
    {
        await using var app = Start();
        using var client = Client(app);

        using var response = await client.PostAsync("/api/items", JsonBody(With(Arrival(), "firstArrival", "2026-11-27T14:40:00Z")));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        ((string?)(await BodyAsync(response))["firstArrival"]).Should().Be("2026-11-27T15:40:00+01:00");
    }

    [Theory]
    [InlineData(5)]
    [InlineData(-1)]
    [InlineData(4)]
    public async Task PostItems_InformationValueOutsideZeroToThree_Returns400NamingInformationValue(int value)
    {
        await using var app = Start();
        using var client = Client(app);

        using var response = await client.PostAsync("/api/items", JsonBody(With(Arrival(), "informationValue", value)));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        ErrorsFor(problem, "informationValue").Should().ContainSingle();
    }

    [Fact]
    public async Task PostItems_FirstArrivalInTheFuture_Returns400NamingFirstArrival()
    {
        await using var app = Start();
        using var client = Client(app);

        using var response = await client.PostAsync("/api/items", JsonBody(With(Arrival(), "firstArrival", "2026-11-30T11:00:00+01:00")));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        ErrorsFor(problem, "firstArrival").Should().ContainSingle();
    }

    [Fact]
    public async Task PostItems_RequiredFieldsMissing_Returns400NamingEachOne()
    {
        await using var app = Start();
        using var client = Client(app);

        using var response = await client.PostAsync("/api/items", JsonBody("""{ "subject": "Bara en rubrik", "originalSender": "  " }"""));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().BeEquivalentTo(["channel", "firstArrival", "originalSender", "mailbox"]);
    }

    [Fact]
    public async Task PostItems_InvalidThenValidWithTheSameExternalMessageId_StoredNothingTheFirstTime()
    {
        await using var app = Start();
        using var client = Client(app);

        using var invalid = await client.PostAsync("/api/items", JsonBody(With(Arrival("<once@mail.example.se>"), "informationValue", 5)));
        using var valid = await client.PostAsync("/api/items", JsonBody(Arrival("<once@mail.example.se>")));

        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        valid.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task PostItems_SensitiveItem_ShowsTheSubjectToTheCallingSystem()
    {
        await using var app = Start();
        using var client = Client(app);

        using var response = await client.PostAsync("/api/items", JsonBody(With(Arrival(), "informationValue", 3)));

        JsonObject item = await BodyAsync(response);
        ((int)item["informationValue"]!).Should().Be(3);
        ((string?)item["subject"]).Should().Be("Fråga om bygglov för altan, Storgatan 5");
    }

    private static string With(string json, string property, JsonNode? value)
    {
        JsonObject body = JsonNode.Parse(json)!.AsObject();
        body[property] = value;
        return body.ToJsonString();
    }
}
