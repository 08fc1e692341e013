using System.ComponentModel.DataAnnotations;
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
    public async Task Start_SingleTenantWithoutTenantId_FailsAtStartUp()
    {
        var settings = new Dictionary<string, string?>(BotApplication.RegisteredBotSettings)
        {
            ["MicrosoftAppTenantId"] = string.Empty,
        };
        await using var app = new BotApplication(settings);

        var start = () => app.CreateClient();

        start.Should().Throw<OptionsValidationException>().WithMessage("*MicrosoftAppTenantId*");
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
