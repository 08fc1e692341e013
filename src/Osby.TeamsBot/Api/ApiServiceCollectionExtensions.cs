using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Osby.TeamsBot.Api;

/// <summary>Registers the item API's services.</summary>
internal static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the API key authentication scheme with its clients from <see cref="ItemApiOptions"/> (validated at
    /// start-up), the <see cref="ItemEndpoints.Policy"/> authorization policy, the start-up log line naming the clients,
    /// and the OpenAPI document. The endpoints are mapped by <see cref="ItemEndpoints.MapOsbyItemApi"/>; the ledger is
    /// registered with the item storage.
    /// </summary>
    /// <param name="services">The service collection to add to.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddOsbyItemApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<ItemApiOptions>().BindConfiguration(ItemApiOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ItemApiOptions>, ItemApiOptionsValidator>();
        services.AddSingleton<ApiKeys>();
        services.AddHostedService<ApiClientsLogger>();

        services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ItemEndpoints.Policy, policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser());

        // Responses write numbers as numbers; without this the web defaults make the OpenAPI document type every number
        // "integer or string". Requests are read by ApiBody with its own options, which still accept "2" for 2.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.AddOpenApi(ItemApiOpenApi.DocumentName, ItemApiOpenApi.Configure);
        return services;
    }
}
