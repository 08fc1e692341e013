using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Osby.TeamsBot.Api;

namespace Osby.TeamsBot.Tests.Api;

/// <summary>The item API's clients are checked at start-up, with a message that names the configuration key.</summary>
public sealed class ItemApiOptionsValidatorTests
{
    private const string OtherHash = "c4618a3fe01b3734170c057d5924dcf10e462b81220757de55b429d278786426";

    [Fact]
    public void Validate_TwoSystemsWithTheirOwnKeys_Succeeds()
    {
        var result = Validate(("power-automate-bygglov", ItemApiHost.KeySha256), ("e-tjanstplattformen", OtherHash.ToUpperInvariant()));

        result.Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Validate_NoClients_Succeeds()
    {
        Validate().Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_BlankSystem_FailsNamingTheEntry(string? system)
    {
        var result = Validate(("power-automate-bygglov", ItemApiHost.KeySha256), (system, OtherHash));

        result.Failures.Should().ContainSingle().Which.Should().Contain("Osby:Api:Clients:1:System").And.Contain("blank");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("osby-test-key-power-automate-bygglov-7c1e")]
    [InlineData("8c49cce2686e461b50862c8b4ee4d0ad4ae3a22a33804bb94a4c77b39800a62")]
    [InlineData("8c49cce2686e461b50862c8b4ee4d0ad4ae3a22a33804bb94a4c77b39800a626a")]
    [InlineData("zz49cce2686e461b50862c8b4ee4d0ad4ae3a22a33804bb94a4c77b39800a626")]
    public void Validate_HashNotSixtyFourHexDigits_FailsNamingTheKey(string? hash)
    {
        var result = Validate(("power-automate-bygglov", hash));

        result.Failures.Should().ContainSingle().Which.Should().Contain("Osby:Api:Clients:0:KeySha256").And.Contain("64");
    }

    [Fact]
    public void Validate_SameSystemTwice_Fails()
    {
        var result = Validate(("power-automate-bygglov", ItemApiHost.KeySha256), ("Power-Automate-Bygglov", OtherHash));

        result.Failures.Should().ContainSingle().Which.Should().Contain("Osby:Api:Clients:1:System").And.Contain("twice");
    }

    [Fact]
    public void Validate_TwoSystemsSharingAKey_Fails()
    {
        var result = Validate(("power-automate-bygglov", ItemApiHost.KeySha256), ("e-tjanstplattformen", ItemApiHost.KeySha256.ToUpperInvariant()));

        result.Failures.Should().ContainSingle().Which.Should().Contain("Osby:Api:Clients:1:KeySha256").And.Contain("own key");
    }

    [Fact]
    public void StartUpValidation_KeyInsteadOfHash_FailsNamingTheKey()
    {
        // The host runs IStartupValidator before it starts; resolving it from the API's own registrations checks that the
        // clients are validated at start-up, not on the first request.
        var settings = new Dictionary<string, string?>
        {
            ["Osby:Api:Clients:0:System"] = "power-automate-bygglov",
            ["Osby:Api:Clients:0:KeySha256"] = ItemApiHost.Key,
        };
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging();
        services.AddOsbyItemApi();
        using var provider = services.BuildServiceProvider();

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        validate.Should().Throw<OptionsValidationException>().WithMessage("*Osby:Api:Clients:0:KeySha256*");
    }

    private static ValidateOptionsResult Validate(params (string? System, string? Hash)[] clients)
    {
        var options = new ItemApiOptions();
        foreach (var (system, hash) in clients)
        {
            options.Clients.Add(new ItemApiClient { System = system, KeySha256 = hash });
        }

        return new ItemApiOptionsValidator().Validate(null, options);
    }
}
