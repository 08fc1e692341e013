using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace EchoBot;

/// <summary>A <see cref="CloudAdapter"/> with one constructor, so that dependency injection can build it.</summary>
/// <param name="authentication">Validates incoming requests and creates connector clients.</param>
/// <param name="logger">Receives turn failures.</param>
internal sealed class EchoAdapter(BotFrameworkAuthentication authentication, ILogger<EchoAdapter> logger)
    : CloudAdapter(authentication, logger);
