using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Extensions;
using Osby.Policy;
using Osby.Policy.Deadlines;
using Osby.Policy.Guidance;
using Osby.Policy.Routing;
using Osby.TeamsBot.Answers;

namespace Osby.TeamsBot.Hosting;

/// <summary>Registers what the bot answers with: the clock, the service policy, the directory and the answerer.</summary>
internal static class AnswerServiceCollectionExtensions
{
    /// <summary>The configuration section of the service policy (office hours, reply mode, windows).</summary>
    public const string ServicePolicySection = "Osby:ServicePolicy";

    /// <summary>
    /// Registers <see cref="TimeProvider"/> and the Noda Time <see cref="IClock"/> derived from it,
    /// the <see cref="ServicePolicy"/> from <see cref="ServicePolicySection"/>, the mailbox
    /// directory from <see cref="MailboxDirectoryOptions"/>, the guideline and the <see cref="QuestionAnswerer"/>.
    /// </summary>
    /// <param name="services">The service collection to add to.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>
    /// Broken settings or a broken directory file stop the bot at start-up with every problem
    /// listed, rather than on the first question.
    /// </remarks>
    public static IServiceCollection AddOsbyAnswers(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IClock>(sp => sp.GetRequiredService<TimeProvider>().ToClock());

        services.AddOptions<ServicePolicySettings>().BindConfiguration(ServicePolicySection).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServicePolicySettings>, ServicePolicySettingsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ServicePolicySettings>>().Value.CreatePolicy());

        services.AddOptions<MailboxDirectoryOptions>().BindConfiguration(MailboxDirectoryOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailboxDirectoryOptions>, MailboxDirectoryOptionsValidator>();
        services.AddSingleton(sp => MailboxDirectoryFile.Load(
            sp.GetRequiredService<IOptions<MailboxDirectoryOptions>>().Value,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));

        services.TryAddSingleton(Guideline.Default);
        services.AddSingleton<QuestionAnswerer>();
        services.AddHostedService<AnswerWarmUp>();

        return services;
    }

    /// <summary>Checks the service policy settings by building the policy, listing every problem.</summary>
    private sealed class ServicePolicySettingsValidator : IValidateOptions<ServicePolicySettings>
    {
        public ValidateOptionsResult Validate(string? name, ServicePolicySettings options)
        {
            try
            {
                _ = options.CreatePolicy();
                return ValidateOptionsResult.Success;
            }
            catch (PolicySettingsException exception)
            {
                return ValidateOptionsResult.Fail(exception.Problems.Select(problem => $"{ServicePolicySection}: {problem}"));
            }
        }
    }

    /// <summary>Checks that the directory file, when configured, exists and loads.</summary>
    private sealed class MailboxDirectoryOptionsValidator(IHostEnvironment environment) : IValidateOptions<MailboxDirectoryOptions>
    {
        public ValidateOptionsResult Validate(string? name, MailboxDirectoryOptions options)
        {
            var problems = MailboxDirectoryFile.Check(options, environment.ContentRootPath);
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
