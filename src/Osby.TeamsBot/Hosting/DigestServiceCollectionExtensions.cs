using Microsoft.Extensions.DependencyInjection.Extensions;
using Osby.TeamsBot.Digests;
using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Hosting;

/// <summary>Registers the managers' digests (issue 7 §3).</summary>
internal static class DigestServiceCollectionExtensions
{
    /// <summary>Registers <see cref="DigestBuilder"/> and where it reads failed deliveries (the <see cref="Outbox"/>).</summary>
    /// <param name="services">The service collection to add to.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>Needs the items and people (<c>AddOsbyStorage</c>) and the directory, policy and clock (<c>AddOsbyAnswers</c>).
    /// Uses <c>TryAdd</c> throughout, so calling it twice, or after the reminders have registered the outbox, changes nothing.</remarks>
    public static IServiceCollection AddOsbyDigests(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.TryAddSingleton<IFailedDeliveries, OutboxFailedDeliveries>();
        services.TryAddSingleton<DigestBuilder>();

        return services;
    }
}
