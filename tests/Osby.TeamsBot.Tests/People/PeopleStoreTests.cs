using Osby.TeamsBot.People;
using Osby.TeamsBot.Tests.Storage;

namespace Osby.TeamsBot.Tests.People;

/// <summary>People and conversations on a real SQLite file.</summary>
public sealed class PeopleStoreTests : IAsyncLifetime
{
    private static readonly Person Anna = new(
        "29:1AbCdEfGhIjK",
        "6F1C2D3E-4A5B-6C7D-8E9F-0A1B2C3D4E5F",
        "Anna.Berg@Osby.se",
        "anna.berg@osby.se",
        "Anna Berg",
        "0d5a9e2b-7c4f-4a1e-8b3d-6f7e8d9c0b1a",
        "Kanslienheten",
        PersonRoles.Registrator);

    private readonly TestDatabase database = new();
    private PeopleStore people = null!;

    public async Task InitializeAsync() => people = await database.OpenPeopleAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Theory]
    [InlineData("29:1AbCdEfGhIjK")]
    [InlineData("29:1abcdefghijk")]
    [InlineData("6f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f")]
    [InlineData("ANNA.BERG@osby.se")]
    [InlineData(" anna.berg@OSBY.SE ")]
    public async Task FindAsync_ByAnyKindOfId_IgnoringCase_FindsThePerson(string id)
    {
        await people.UpsertAsync(Anna, default);
        await people.UpsertAsync(Anna with { TeamsUserId = "29:other", AadObjectId = "aaaa", Upn = "bo.ek@osby.se", Email = "bo.ek@osby.se", Name = "Bo Ek" }, default);

        Person? found = await people.FindAsync(id, default);

        found.Should().Be(Anna);
    }

    [Fact]
    public async Task FindAsync_ByUpnThatDiffersFromTheEmail_FindsThePerson()
    {
        await people.UpsertAsync(Anna with { Upn = "anna.berg@osby.onmicrosoft.com" }, default);

        (await people.FindAsync("Anna.Berg@osby.onmicrosoft.com", default))!.Name.Should().Be("Anna Berg");
        (await people.FindAsync("someone.else@osby.se", default)).Should().BeNull();
        (await people.FindAsync(" ", default)).Should().BeNull();
    }

    [Fact]
    public async Task UpsertAsync_NullFields_KeepTheStoredValues_AndGivenOnesReplaceThem()
    {
        await people.UpsertAsync(Anna, default);

        Person stored = await people.UpsertAsync(
            new Person(Anna.TeamsUserId, null, null, "anna.berg2@osby.se", "  ", null, "Ekonomienheten", PersonRoles.Substitute), default);

        Person expected = Anna with { Email = "anna.berg2@osby.se", Unit = "Ekonomienheten", Roles = PersonRoles.Substitute };
        stored.Should().Be(expected);
        (await people.FindAsync(Anna.TeamsUserId, default)).Should().Be(expected);
        (await people.FindAsync("anna.berg2@osby.se", default)).Should().Be(expected);
        (await people.FindAsync("anna.berg@osby.se", default)).Should().Be(expected, "the UPN still finds her");
    }

    [Fact]
    public async Task UpsertAsync_ConcurrentFirstSightings_StoreOnePerson()
    {
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => people.UpsertAsync(Anna with { Unit = $"Enhet {i}" }, default))));

        await using var context = database.OpenContext();
        context.People.Should().ContainSingle();
    }

    [Fact]
    public async Task FindByPartyKeysAsync_ReturnsThePeopleFoundByEmailOrUpn()
    {
        await people.UpsertAsync(Anna, default);
        await people.UpsertAsync(new Person("29:bo", null, "bo.ek@osby.onmicrosoft.com", null, "Bo Ek", null, null, PersonRoles.None), default);

        IReadOnlyDictionary<string, Person> found = await people.FindByPartyKeysAsync(
            ["Anna.Berg@osby.se", "bo.ek@osby.onmicrosoft.com", "nobody@osby.se", "bygglov@osby.se"], default);

        found.Keys.Should().BeEquivalentTo(["anna.berg@osby.se", "bo.ek@osby.onmicrosoft.com"]);
        found["anna.berg@osby.se"].TeamsUserId.Should().Be(Anna.TeamsUserId);
        found["Bo.Ek@osby.onmicrosoft.com"].Name.Should().Be("Bo Ek", "keys compare ignoring case");
    }

    [Fact]
    public async Task SaveConversationAsync_Refreshed_KeepsTheNewestServiceUrl()
    {
        Instant t0 = TestDatabase.Now;
        var first = new StoredConversation("a:1personal", "personal", Anna.TeamsUserId, "https://smba.trafficmanager.net/emea/", "{\"v\":1}", t0);
        var refreshed = first with { ServiceUrl = "https://smba.trafficmanager.net/se/", ReferenceJson = "{\"v\":2}", UpdatedAt = t0 + Duration.FromMinutes(5) };
        var late = first with { ServiceUrl = "https://old.example/", ReferenceJson = "{\"v\":0}", UpdatedAt = t0 + Duration.FromMinutes(1) };

        await people.SaveConversationAsync(first, default);
        await people.SaveConversationAsync(refreshed, default);
        await people.SaveConversationAsync(late, default);

        (await people.ConversationAsync("a:1personal", default)).Should().Be(refreshed);
        (await people.PersonalConversationAsync(Anna.TeamsUserId, default)).Should().Be(refreshed);
    }

    [Fact]
    public async Task PersonalConversationAsync_ReturnsTheLatestPersonalChat_NotAChannel()
    {
        Instant t0 = TestDatabase.Now;
        await people.SaveConversationAsync(new("a:old", "personal", Anna.TeamsUserId, "https://a/", "{}", t0), default);
        await people.SaveConversationAsync(new("a:new", "personal", Anna.TeamsUserId, "https://b/", "{}", t0 + Duration.FromHours(1)), default);
        await people.SaveConversationAsync(new("19:channel", "channel", Anna.TeamsUserId, "https://c/", "{}", t0 + Duration.FromHours(2)), default);

        (await people.PersonalConversationAsync(Anna.TeamsUserId, default))!.ConversationId.Should().Be("a:new");
        (await people.PersonalConversationAsync("29:nobody", default)).Should().BeNull();
        (await people.ConversationAsync("19:unknown", default)).Should().BeNull();
    }

    [Fact]
    public async Task LatestConversationInTenantAsync_ReturnsTheTenantsNewestConversationOfAnyKind()
    {
        Instant t0 = TestDatabase.Now;
        static string Reference(string tenant) => $"{{\"conversation\":{{\"id\":\"x\",\"tenantId\":\"{tenant}\"}}}}";
        await people.SaveConversationAsync(new("a:old", "personal", Anna.TeamsUserId, "https://old/", Reference(Anna.TenantId!), t0), default);
        await people.SaveConversationAsync(new("19:team", "channel", null, "https://team/", Reference(Anna.TenantId!.ToUpperInvariant()), t0 + Duration.FromHours(1)), default);
        await people.SaveConversationAsync(new("a:guest", "personal", "29:guest", "https://other/", Reference("another-tenant"), t0 + Duration.FromHours(2)), default);
        await people.SaveConversationAsync(new("a:broken", "personal", "29:broken", "https://broken/", "not json", t0 + Duration.FromHours(3)), default);

        (await people.LatestConversationInTenantAsync(Anna.TenantId!, default))!.ConversationId.Should().Be("19:team");
        (await people.LatestConversationInTenantAsync("another-tenant", default))!.ServiceUrl.Should().Be("https://other/");
        (await people.LatestConversationInTenantAsync("unknown-tenant", default)).Should().BeNull();
    }
}
