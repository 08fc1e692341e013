using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.Reminders;
using Osby.TeamsBot.Storage;

namespace Osby.TeamsBot.Hosting;

/// <summary>Registers reminders and digests: the outbox, the planner, the scheduler and the sync of items' plans.</summary>
internal static class ReminderServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ReminderOptions"/> from <see cref="ReminderOptions.Section"/> (read by
    /// <see cref="ReminderOptionsBinding"/> and checked at start-up), <see cref="Outbox"/> with the configured claim lease,
    /// <see cref="ReminderPlanner"/>, <see cref="ReminderPlanSync"/> (also as an <see cref="IItemObserver"/>, so every stored
    /// change re-plans its item) and <see cref="ReminderScheduler"/> as a hosted service.
    /// </summary>
    /// <param name="services">The service collection; it must already have what <c>AddOsbyAnswers</c>, <c>AddOsbyStorage</c>
    /// and <c>AddOsbyBot</c> register, and an <see cref="IReminderRenderer"/>. <see cref="TeamsDelivery"/> is added through
    /// <see cref="DeliveryServiceCollectionExtensions.AddOsbyDelivery"/> (once, however often it is called).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddOsbyReminders(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(ReminderScheduler)))
        {
            return services;
        }

        services.AddOptions<ReminderOptions>().ValidateOnStart();
        services.AddSingleton<IConfigureOptions<ReminderOptions>, ReminderOptionsBinding.Setup>();
        services.AddSingleton<IValidateOptions<ReminderOptions>, ReminderOptionsBinding.Validator>();

        services.TryAddSingleton(sp => new Outbox(
            sp.GetRequiredService<IDbContextFactory<OsbyDbContext>>(),
            sp.GetRequiredService<NodaTime.IClock>(),
            sp.GetRequiredService<IOptions<ReminderOptions>>().Value.ClaimLease));
        services.TryAddSingleton<ReminderPlanner>();
        services.AddOsbyDelivery();
        services.TryAddSingleton<ReminderPlanSync>();
        services.AddSingleton<IItemObserver>(sp => sp.GetRequiredService<ReminderPlanSync>());
        services.TryAddSingleton<ReminderScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderScheduler>());
        return services;
    }
}
