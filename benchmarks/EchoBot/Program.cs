using EchoBot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Osby.TeamsBot.Hosting;

// Local mode only (no MicrosoftAppId): the set-up of src/Osby.TeamsBot/Hosting/BotServiceCollectionExtensions.cs
// with authentication disabled, the way the Osby bot runs under the benchmarks.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHttpClient();
builder.Services.AddSingleton<BotFrameworkAuthentication>(sp =>
{
    var sdk = new ConfigurationBotFrameworkAuthentication(
        sp.GetRequiredService<IConfiguration>(),
        credentialsFactory: new PasswordServiceClientCredentialFactory(),
        httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
        logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>());

    // Echo:ShareClients=true: reuse connector clients across turns, as Osby.TeamsBot does; otherwise the SDK as shipped.
    return builder.Configuration.GetValue<bool>("Echo:ShareClients") ? new CachingBotFrameworkAuthentication(sdk) : sdk;
});
builder.Services.AddSingleton<IBotFrameworkHttpAdapter, EchoAdapter>();
builder.Services.AddTransient<IBot, EchoActivityHandler>();

var app = builder.Build();

app.MapPost(
    "/api/messages",
    (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
        adapter.ProcessAsync(request, response, bot, cancellationToken));

app.Run();
