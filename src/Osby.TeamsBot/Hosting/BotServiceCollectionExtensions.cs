using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Osby.TeamsBot.Bots;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Hosting;

/// <summary>Registers the bot's services.</summary>
internal static class BotServiceCollectionExtensions
{
    /// <summary>The tag of health checks that say only whether the process is up.</summary>
    public const string LiveTag = "live";

    /// <summary>
    /// Registers the Bot Framework adapter, its authentication from configuration, the Osby bot,
    /// its card actions and its reply budget (<see cref="ReplyOptions"/>); the answering services
    /// come from <see cref="AnswerServiceCollectionExtensions.AddOsbyAnswers"/>.
    /// </summary>
    /// <param name="services">The service collection to add to.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>
    /// Authentication reads <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>,
    /// <c>MicrosoftAppTenantId</c> and <c>MicrosoftAppType</c> from the root of the configuration;
    /// they are validated at start-up (<see cref="BotAuthenticationOptions"/>).
    /// </remarks>
    public static IServiceCollection AddOsbyBot(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<BotAuthenticationOptions>()
            .BindConfiguration(string.Empty)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHostedService<AuthenticationModeLogger>();

        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new CachingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(
            sp.GetRequiredService<IConfiguration>(),
            credentialsFactory: LocalModeCredentialsFactory(sp),
            httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>())));
        services.AddSingleton<AdapterWithErrorHandler>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        services.AddSingleton<BotAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());

        services.AddOptions<ReplyOptions>().BindConfiguration(ReplyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BackgroundReplies>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundReplies>());
        services.AddSingleton<ButtonHandlers>();

        // Items in Teams: people and conversations from every activity, forward cards, the item commands and actions.
        services.AddSingleton<PeopleCapture>();
        services.AddSingleton<ItemViews>();
        services.AddSingleton<ItemNotifier>();
        services.AddSingleton<IItemObserver>(sp => sp.GetRequiredService<ItemNotifier>());
        services.AddSingleton<ItemActions>();

        // Reminders as cards: built when due from the item as it is then; "Påminn om 1 timme".
        services.AddSingleton<ReminderRenderer>();
        services.AddSingleton<IReminderRenderer>(sp => sp.GetRequiredService<ReminderRenderer>());
        services.AddSingleton<ReminderActions>();
        services.AddTransient<IBot, OsbyBot>();

        return services;
    }

    /// <summary>
    /// Returns a credentials factory with authentication disabled in local mode, or null to let
    /// <see cref="ConfigurationBotFrameworkAuthentication"/> build its own from configuration.
    /// </summary>
    /// <remarks>
    /// The SDK's own factory (<c>ConfigurationServiceClientCredentialFactory</c>) throws
    /// "MicrosoftAppId is required for SingleTenant" when the app type is SingleTenant, our
    /// default, and the app id is empty, so without this local mode would fail on every request.
    /// A <see cref="PasswordServiceClientCredentialFactory"/> without an app id is the SDK's
    /// "authentication disabled" case.
    /// </remarks>
    private static PasswordServiceClientCredentialFactory? LocalModeCredentialsFactory(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        return options.IsLocalMode ? new PasswordServiceClientCredentialFactory() : null;
    }

    /// <summary>Registers the health checks: a <see cref="LiveTag"/> self check.</summary>
    /// <param name="services">The service collection to add to.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddOsbyHealthChecks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);

        return services;
    }
}
