using System.ComponentModel.DataAnnotations;

namespace Osby.TeamsBot.Hosting;

/// <summary>The bot's Azure Bot registration, read from the root of the configuration.</summary>
/// <remarks>
/// The key names are the Bot Framework SDK's own, read again by
/// <c>ConfigurationBotFrameworkAuthentication</c>; this class exists to validate them at start-up
/// rather than on the first request. An empty <see cref="MicrosoftAppId"/> means local mode:
/// no token is required on incoming requests and none is sent on replies, which is what the
/// Bot Framework Emulator and the Microsoft 365 Agents Playground expect.
/// </remarks>
internal sealed class BotAuthenticationOptions : IValidatableObject
{
    /// <summary>The app type that needs an app id, a password and a tenant id.</summary>
    public const string SingleTenant = "SingleTenant";

    /// <summary>The app type that needs an app id and a password.</summary>
    public const string MultiTenant = "MultiTenant";

    /// <summary>The app type that needs an app id (the managed identity's client id) and a tenant id.</summary>
    public const string UserAssignedMsi = "UserAssignedMSI";

    /// <summary>Gets or sets the bot's Microsoft Entra app (client) id; empty in local mode.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Gets or sets the app's client secret.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Gets or sets the Entra tenant id of a single-tenant or managed-identity app.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Gets or sets the app type: <see cref="SingleTenant"/> (default), <see cref="MultiTenant"/> or <see cref="UserAssignedMsi"/>.</summary>
    public string? MicrosoftAppType { get; set; } = SingleTenant;

    /// <summary>Gets a value indicating whether the bot runs without Bot Framework authentication.</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsLocalMode)
        {
            yield break;
        }

        var needsPassword = false;
        var needsTenant = false;
        if (string.Equals(MicrosoftAppType, SingleTenant, StringComparison.OrdinalIgnoreCase))
        {
            needsPassword = true;
            needsTenant = true;
        }
        else if (string.Equals(MicrosoftAppType, MultiTenant, StringComparison.OrdinalIgnoreCase))
        {
            needsPassword = true;
        }
        else if (string.Equals(MicrosoftAppType, UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            needsTenant = true;
        }
        else
        {
            yield return new ValidationResult(
                $"MicrosoftAppType must be {SingleTenant}, {MultiTenant} or {UserAssignedMsi} when MicrosoftAppId is set.",
                [nameof(MicrosoftAppType)]);
            yield break;
        }

        if (needsPassword && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return new ValidationResult(
                $"MicrosoftAppPassword is required for MicrosoftAppType {MicrosoftAppType}.",
                [nameof(MicrosoftAppPassword)]);
        }

        if (!needsPassword && !string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return new ValidationResult(
                $"MicrosoftAppPassword must be empty for MicrosoftAppType {MicrosoftAppType}.",
                [nameof(MicrosoftAppPassword)]);
        }

        if (needsTenant && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return new ValidationResult(
                $"MicrosoftAppTenantId is required for MicrosoftAppType {MicrosoftAppType}.",
                [nameof(MicrosoftAppTenantId)]);
        }
    }
}
