using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Osby.Policy;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.People;
using Osby.TeamsBot.Storage;
using Osby.TeamsBot.Tests.Hosting;

namespace Osby.TeamsBot.Tests.Storage;

/// <summary>The storage in the running bot: its own file, migrated before anything starts; a bad path stops the start with a clear message.</summary>
public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("osby-storage-tests-").FullName;

    [Fact]
    public async Task Host_Started_HasMigratedItsOwnDatabaseFile_BeforeAnyHostedServiceStarts()
    {
        var probe = new MigrationProbe();
        // Registered first of all hosted services, so it would start before a migrator that worked in StartAsync.
        await using var app = new BotApplication(configureServices: services => services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(provider =>
        {
            probe.Contexts = provider.GetRequiredService<IDbContextFactory<OsbyDbContext>>();
            return probe;
        })));

        _ = app.Server;

        probe.PendingAtStart.Should().BeEmpty("the database is migrated in StartingAsync, before any hosted service's (or the server's) StartAsync");
        File.Exists(app.DatabasePath).Should().BeTrue();
        app.DatabasePath.Should().StartWith(Path.GetTempPath());
        var ledger = app.Services.GetRequiredService<ItemLedger>();
        ItemChangeResult registered = await ledger.RegisterAsync(
            new ItemArrival(Channel.OfficialMailbox, app.Services.GetRequiredService<NodaTime.IClock>().GetCurrentInstant(), "anna@example.se", SenderCategory.Resident, "Fråga", "kommun@osby.se", 1, null),
            Actor.System("test"),
            default);
        registered.Status.Should().Be(ChangeStatus.Applied);
        app.Services.GetRequiredService<PeopleStore>().Should().BeSameAs(app.Services.GetRequiredService<PeopleStore>());
    }

    [Fact]
    public async Task Host_TwoInstances_NeverShareADatabase()
    {
        await using var first = new BotApplication();
        await using var second = new BotApplication();
        _ = first.Server;
        _ = second.Server;

        first.DatabasePath.Should().NotBe(second.DatabasePath);
        await first.Services.GetRequiredService<ItemLedger>().RegisterAsync(
            new ItemArrival(Channel.EService, first.Services.GetRequiredService<NodaTime.IClock>().GetCurrentInstant(), "anna@example.se", SenderCategory.Resident, null, "kommun@osby.se", 0, "<one@example.se>"),
            Actor.System("test"),
            default);

        (await second.Services.GetRequiredService<ItemLedger>().OpenItemsForAsync(["kommun@osby.se"], default)).Should().BeEmpty();
    }

    [Fact]
    public void StartUpValidation_PathIsAFolder_FailsNamingTheSetting()
    {
        using var provider = Build(new() { ["Osby:Storage:Path"] = folder });

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        validate.Should().Throw<OptionsValidationException>().Which.Failures.Should().ContainSingle()
            .Which.Should().StartWith("Osby:Storage:Path").And.Contain("is a folder").And.Contain("osby-teamsbot.db");
    }

    [Fact]
    public void StartUpValidation_FolderCannotBeCreated_FailsNamingTheFolderAndTheSetting()
    {
        string blocker = Path.Combine(folder, "a-file");
        File.WriteAllText(blocker, "not a folder");
        using var provider = Build(new() { ["Osby:Storage:Path"] = Path.Combine(blocker, "data", "osby.db") });

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        validate.Should().Throw<OptionsValidationException>().Which.Failures.Should().ContainSingle()
            .Which.Should().Contain(Path.Combine(blocker, "data")).And.Contain("cannot be created").And.Contain("Osby:Storage:Path");
    }

    [Fact]
    public async Task StartUpValidation_RelativePath_IsUnderTheContentRoot_AndItsFolderIsCreated()
    {
        using var provider = Build(new() { ["Osby:Storage:Path"] = Path.Combine("data", "bot.db") });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Directory.Exists(Path.Combine(folder, "data")).Should().BeTrue();
        await using OsbyDbContext context = await provider.GetRequiredService<IDbContextFactory<OsbyDbContext>>().CreateDbContextAsync();
        context.Database.GetDbConnection().DataSource.Should().Be(Path.Combine(folder, "data", "bot.db"));
    }

    [Fact]
    public void ResolvePath_NothingConfigured_IsOsbyTeamsbotDbInTheLocalApplicationDataFolder()
    {
        string appData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);

        new StorageOptions().ResolvePath(folder).Should().Be(Path.Combine(appData, "Osby", "osby-teamsbot.db"));
        new StorageOptions { Path = "  " }.ResolvePath(folder).Should().Be(Path.Combine(appData, "Osby", "osby-teamsbot.db"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton<IHostEnvironment>(new TestEnvironment(folder))
            .AddLogging();
        services.AddOsbyStorage();
        return services.BuildServiceProvider();
    }

    /// <summary>A hosted service that notes, when it starts, which migrations the database still lacks.</summary>
    private sealed class MigrationProbe : IHostedService
    {
        public IDbContextFactory<OsbyDbContext>? Contexts { get; set; }

        public IReadOnlyList<string>? PendingAtStart { get; private set; }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using OsbyDbContext context = await Contexts!.CreateDbContextAsync(cancellationToken);
            PendingAtStart = [.. await context.Database.GetPendingMigrationsAsync(cancellationToken)];
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class TestEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "Osby.TeamsBot";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
