using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Osby.TeamsBot.Hosting;

namespace Osby.TeamsBot.Tests.Hosting;

public sealed class AdapterWithErrorHandlerTests
{
    private const string SecretDetail = "connection string Server=db01;Password=hemligt";

    [Fact]
    public async Task OnTurnError_BotThrows_UserGetsNeutralSwedishMessageWithoutExceptionText()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(configureServices: services => services.AddTransient<IBot, ThrowingBot>());
        using var client = app.CreateClient();

        using var response = await client.PostAsync(
            "/api/messages",
            TeamsActivities.Load(TeamsActivities.MessagePersonal, connector.ServiceUrl).ToContent());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var sent = connector.Sent.Should().ContainSingle().Subject;
        sent.Text.Should().Be(AdapterWithErrorHandler.TurnFailedMessage)
            .And.Be("Något gick fel hos mig. Försök igen om en stund.");
        sent.Activity.ToJsonString().Should().NotContain("hemligt").And.NotContain(nameof(InvalidOperationException));
        (await response.Content.ReadAsStringAsync()).Should().NotContain("hemligt");
    }

    [Fact]
    public async Task OnTurnError_BotThrows_LogsErrorWithExceptionAndConversationId()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApplication(configureServices: services => services.AddTransient<IBot, ThrowingBot>());
        using var client = app.CreateClient();

        using var response = await client.PostAsync(
            "/api/messages",
            TeamsActivities.Load(TeamsActivities.MessagePersonal, connector.ServiceUrl).ToContent());

        var error = app.Logs.Should().ContainSingle(record => record.Level == LogLevel.Error).Subject;
        error.Exception.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be(SecretDetail);
        error.GetStructuredStateValue("ConversationId").Should().Be(TeamsActivities.PersonalConversationId);
        error.GetStructuredStateValue("ChannelId").Should().Be("msteams");
        error.GetStructuredStateValue("ActivityType").Should().Be("message");
    }

    [Fact]
    public async Task OnTurnError_ConnectorUnreachable_LogsAndDoesNotFailTheRequest()
    {
        Uri deadServiceUrl;
        await using (var gone = await FakeConnector.StartAsync())
        {
            deadServiceUrl = gone.ServiceUrl;
        }

        await using var app = new BotApplication();
        using var client = app.CreateClient();

        using var response = await client.PostAsync(
            "/api/messages",
            TeamsActivities.Load(TeamsActivities.MessagePersonal, deadServiceUrl).ToContent());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        app.Logs.Should().Contain(record => record.Level == LogLevel.Error && record.Id.Id == 1);
        app.Logs.Should().Contain(record => record.Level == LogLevel.Warning && record.Id.Id == 2);
    }

    private sealed class ThrowingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException(SecretDetail);
    }
}
