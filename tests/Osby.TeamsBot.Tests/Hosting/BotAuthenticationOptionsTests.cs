using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Osby.TeamsBot.Hosting;

namespace Osby.TeamsBot.Tests.Hosting;

public sealed class BotAuthenticationOptionsTests
{
    [Fact]
    public void Validate_NoAppId_IsValidLocalMode()
    {
        var options = new BotAuthenticationOptions();

        Errors(options).Should().BeEmpty();
        options.IsLocalMode.Should().BeTrue();
        options.MicrosoftAppType.Should().Be("SingleTenant");
    }

    [Fact]
    public void Validate_CompleteSingleTenant_IsValid()
    {
        var options = SingleTenant();

        Errors(options).Should().BeEmpty();
        options.IsLocalMode.Should().BeFalse();
    }

    [Theory]
    [InlineData(nameof(BotAuthenticationOptions.MicrosoftAppPassword))]
    [InlineData(nameof(BotAuthenticationOptions.MicrosoftAppTenantId))]
    public void Validate_SingleTenantMissingValue_NamesTheMissingKey(string missing)
    {
        var options = SingleTenant();
        typeof(BotAuthenticationOptions).GetProperty(missing)!.SetValue(options, " ");

        Errors(options).Should().ContainSingle().Which.MemberNames.Should().Equal(missing);
    }

    [Fact]
    public void Validate_MultiTenantWithoutTenant_IsValid()
    {
        var options = SingleTenant();
        options.MicrosoftAppType = "multitenant";
        options.MicrosoftAppTenantId = null;

        Errors(options).Should().BeEmpty();
    }

    [Fact]
    public void Validate_UserAssignedMsiWithPassword_IsInvalid()
    {
        var options = SingleTenant();
        options.MicrosoftAppType = "UserAssignedMSI";

        Errors(options).Should().ContainSingle().Which.MemberNames.Should().Equal(nameof(BotAuthenticationOptions.MicrosoftAppPassword));
    }

    [Fact]
    public void Validate_UnknownAppType_IsInvalid()
    {
        var options = SingleTenant();
        options.MicrosoftAppType = "SingelTenant";

        Errors(options).Should().ContainSingle().Which.MemberNames.Should().Equal(nameof(BotAuthenticationOptions.MicrosoftAppType));
    }

    [Fact]
    public void StartUpValidation_SingleTenantWithoutTenantId_FailsNamingTheKey()
    {
        // The host runs IStartupValidator before any hosted service starts; resolving it from the
        // bot's own registrations checks that the options are validated at start-up, not on the
        // first request. (Starting a whole WebApplicationFactory host that fails races with its
        // disposal and sometimes surfaces ObjectDisposedException instead.)
        var settings = new Dictionary<string, string?>(BotApplication.RegisteredBotSettings)
        {
            ["MicrosoftAppTenantId"] = string.Empty,
        };
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging();
        services.AddOsbyBot();
        using var provider = services.BuildServiceProvider();

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        validate.Should().Throw<OptionsValidationException>().WithMessage("*MicrosoftAppTenantId*");
    }

    [Fact]
    public void StartUpValidation_CompleteSingleTenant_Passes()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(BotApplication.RegisteredBotSettings).Build())
            .AddLogging();
        services.AddOsbyBot();
        using var provider = services.BuildServiceProvider();

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        validate.Should().NotThrow();
    }

    private static BotAuthenticationOptions SingleTenant() => new()
    {
        MicrosoftAppType = "SingleTenant",
        MicrosoftAppId = "7f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f",
        MicrosoftAppPassword = "not-a-real-secret",
        MicrosoftAppTenantId = "0d5a9e2b-7c4f-4a1e-8b3d-6f7e8d9c0b1a",
    };

    private static List<ValidationResult> Errors(BotAuthenticationOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
