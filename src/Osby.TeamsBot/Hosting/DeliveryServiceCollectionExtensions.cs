using Microsoft.Extensions.DependencyInjection.Extensions;
using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Hosting;

/// <summary>Registers proactive delivery to Teams.</summary>
internal static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TeamsDelivery"/> as a singleton with its <see cref="DeliveryOptions"/> from
    /// <see cref="DeliveryOptions.Section"/>, validated at start-up.
    /// </summary>
    /// <param name="services">The service collection to add to.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>Needs the bot (<see cref="BotServiceCollectionExtensions.AddOsbyBot"/>: the adapter), the answering services
    /// (<see cref="AnswerServiceCollectionExtensions.AddOsbyAnswers"/>: the service policy and the <see cref="TimeProvider"/>)
    /// and storage (the people store). Calling it twice registers once.</remarks>
    public static IServiceCollection AddOsbyDelivery(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TeamsDelivery>();
        return services;
    }
}
