using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Osby.Policy.Deadlines;
using Osby.Policy.Routing;
using Osby.TeamsBot.Hosting;

namespace Osby.TeamsBot.Tests.Hosting;

/// <summary>Broken settings stop the bot at start-up with every problem named; good ones are used.</summary>
public sealed class AnswerServiceCollectionExtensionsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("osby-bot-tests-").FullName;

    [Fact]
    public void StartUpValidation_NothingConfigured_UsesTheExampleDirectoryAndDefaultPolicy()
    {
        using var provider = Build([]);

        provider.GetRequiredService<IStartupValidator>().Validate();

        provider.GetRequiredService<MailboxDirectory>().Should().BeSameAs(MailboxDirectory.Example);
        provider.GetRequiredService<ServicePolicy>().ReplyMode.Should().Be(ReplyMode.WorkingTime);
    }

    [Fact]
    public void StartUpValidation_BrokenServicePolicy_FailsNamingEverySetting()
    {
        using var provider = Build(new()
        {
            ["Osby:ServicePolicy:ReplyMode"] = "Snart",
            ["Osby:ServicePolicy:DueSoonShare"] = "1.5",
        });

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        var problems = validate.Should().Throw<OptionsValidationException>().Which.Failures;
        problems.Should().HaveCountGreaterThanOrEqualTo(2);
        problems.Should().Contain(problem => problem.Contains("ReplyMode", StringComparison.Ordinal));
        problems.Should().Contain(problem => problem.Contains("DueSoonShare", StringComparison.Ordinal));
        problems.Should().OnlyContain(problem => problem.StartsWith("Osby:ServicePolicy", StringComparison.Ordinal));
    }

    [Fact]
    public void StartUpValidation_DirectoryFileMissing_FailsNamingThePath()
    {
        using var provider = Build(new() { ["Osby:MailboxDirectory:Path"] = "saknas/brevlador.json" });

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        validate.Should().Throw<OptionsValidationException>()
            .Which.Failures.Should().ContainSingle().Which.Should().Contain("brevlador.json").And.Contain("kan inte läsas");
    }

    [Fact]
    public void StartUpValidation_BrokenDirectoryFile_FailsWithTheLoadersProblemsAndLines()
    {
        File.WriteAllText(Path.Combine(folder, "brevlador.json"), "{\n  \"mailboxes\": [\n    { \"address\": \"inte-en-adress\" }\n  ]\n}\n");
        using var provider = Build(new() { ["Osby:MailboxDirectory:Path"] = "brevlador.json" });

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        var failures = validate.Should().Throw<OptionsValidationException>().Which.Failures;
        failures.Should().NotBeEmpty().And.OnlyContain(failure => failure.StartsWith("Osby:MailboxDirectory:Path", StringComparison.Ordinal));
        failures.Should().Contain(failure => failure.Contains("rad ", StringComparison.Ordinal));
    }

    [Fact]
    public void MailboxDirectory_GoodFileConfigured_IsLoadedFromTheContentRoot()
    {
        var json = MailboxDirectoryExampleJson();
        File.WriteAllText(Path.Combine(folder, "brevlador.json"), json);
        using var provider = Build(new() { ["Osby:MailboxDirectory:Path"] = "brevlador.json" });

        provider.GetRequiredService<IStartupValidator>().Validate();

        var directory = provider.GetRequiredService<MailboxDirectory>();
        directory.Should().NotBeSameAs(MailboxDirectory.Example);
        directory.Find("kommun@osby.se").Should().NotBeNull();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string MailboxDirectoryExampleJson()
    {
        using var stream = typeof(MailboxDirectory).Assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith("mailbox-directory.example.json", StringComparison.Ordinal))
            .Select(name => typeof(MailboxDirectory).Assembly.GetManifestResourceStream(name)!)
            .Single();
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton<IHostEnvironment>(new TestEnvironment(folder))
            .AddLogging();
        services.AddOsbyAnswers();
        return services.BuildServiceProvider();
    }

    private sealed class TestEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "Osby.TeamsBot";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
