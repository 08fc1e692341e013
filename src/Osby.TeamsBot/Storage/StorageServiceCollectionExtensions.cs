using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Osby.TeamsBot.Items;
using Osby.TeamsBot.People;

namespace Osby.TeamsBot.Storage;

/// <summary>Registers the bot's storage: the database, the item ledger and the people store.</summary>
internal static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="StorageOptions"/> from <see cref="StorageOptions.Section"/> (checked at start-up), a pooled
    /// <see cref="IDbContextFactory{TContext}"/> of <see cref="OsbyDbContext"/> on the SQLite file, <see cref="ItemLedger"/> and
    /// <see cref="PeopleStore"/> as singletons, and <see cref="DatabaseMigrator"/>, which migrates the database before the
    /// server takes a request.
    /// </summary>
    /// <param name="services">The service collection to add to; it must already have what <c>AddOsbyAnswers</c> registers
    /// (the clock, the service policy and the mailbox directory).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddOsbyStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddPooledDbContextFactory<OsbyDbContext>((provider, options) => options.UseOsbySqlite(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value
                .ResolvePath(provider.GetRequiredService<IHostEnvironment>().ContentRootPath)));

        services.AddSingleton<ItemLedger>();
        services.AddSingleton<PeopleStore>();
        services.AddHostedService<DatabaseMigrator>();
        return services;
    }

    /// <summary>Checks that the database path is a file path whose folder exists or can be created.</summary>
    private sealed class StorageOptionsValidator(IHostEnvironment environment) : IValidateOptions<StorageOptions>
    {
        public ValidateOptionsResult Validate(string? name, StorageOptions options)
        {
            string path;
            try
            {
                path = options.ResolvePath(environment.ContentRootPath);
            }
            catch (InvalidOperationException exception)
            {
                return ValidateOptionsResult.Fail(exception.Message);
            }
            catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return ValidateOptionsResult.Fail(
                    $"{StorageOptions.Section}:Path \"{options.Path}\" is not a valid file path ({exception.Message}). Give the SQLite database file, e.g. /var/lib/osby/osby-teamsbot.db.");
            }

            if (Directory.Exists(path))
            {
                return ValidateOptionsResult.Fail(
                    $"{StorageOptions.Section}:Path \"{path}\" is a folder. Give the SQLite database file, e.g. {Path.Combine(path, StorageOptions.DefaultFileName)}.");
            }

            string? folder = Path.GetDirectoryName(path);
            try
            {
                if (!string.IsNullOrEmpty(folder))
                {
                    Directory.CreateDirectory(folder);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return ValidateOptionsResult.Fail(
                    $"The folder \"{folder}\" for the database ({StorageOptions.Section}:Path) cannot be created: {exception.Message} Set {StorageOptions.Section}:Path to a file in a folder the bot may write to.");
            }

            return ValidateOptionsResult.Success;
        }
    }
}
