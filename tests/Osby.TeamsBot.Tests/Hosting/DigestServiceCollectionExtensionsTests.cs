using Microsoft.Extensions.DependencyInjection;
using Osby.TeamsBot.Digests;
using Osby.TeamsBot.Hosting;
using Osby.TeamsBot.Reminders;

namespace Osby.TeamsBot.Tests.Hosting;

public sealed class DigestServiceCollectionExtensionsTests
{
    [Fact]
    public void AddOsbyDigests_CalledTwice_RegistersEachServiceOnceAsSingletons()
    {
        var services = new ServiceCollection();

        services.AddOsbyDigests().AddOsbyDigests();

        services.Should().ContainSingle(d => d.ServiceType == typeof(DigestBuilder)).Which.Lifetime.Should().Be(ServiceLifetime.Singleton);
        services.Should().ContainSingle(d => d.ServiceType == typeof(IFailedDeliveries)).Which.ImplementationType.Should().Be<OutboxFailedDeliveries>();
    }

    [Fact]
    public void AddOsbyDigests_InTheApp_ResolvesTheBuilder()
    {
        using var app = new BotApplication();

        app.Services.GetRequiredService<DigestBuilder>().Should().NotBeNull();
        app.Services.GetRequiredService<IFailedDeliveries>().Should().BeOfType<OutboxFailedDeliveries>();
    }
}
