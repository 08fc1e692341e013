using Microsoft.Extensions.Logging;
using Osby.TeamsBot.Hosting;

namespace Osby.TeamsBot.Tests.Hosting;

public sealed class AuthenticationModeLoggerTests
{
    [Fact]
    public async Task StartAsync_NoMicrosoftAppId_WarnsAboutLocalMode()
    {
        await using var app = new BotApplication();
        using var client = app.CreateClient();

        var record = app.Logs.Should().ContainSingle(r => r.Category == typeof(AuthenticationModeLogger).FullName).Subject;
        record.Level.Should().Be(LogLevel.Warning);
        record.Message.Should().Contain("local mode");
    }

    [Fact]
    public async Task StartAsync_RegisteredBot_LogsAppIdAndType()
    {
        await using var app = new BotApplication(BotApplication.RegisteredBotSettings);
        using var client = app.CreateClient();

        var record = app.Logs.Should().ContainSingle(r => r.Category == typeof(AuthenticationModeLogger).FullName).Subject;
        record.Level.Should().Be(LogLevel.Information);
        record.GetStructuredStateValue("MicrosoftAppId").Should().Be(BotApplication.RegisteredBotSettings["MicrosoftAppId"]);
        record.GetStructuredStateValue("MicrosoftAppType").Should().Be("SingleTenant");
        record.Message.Should().NotContain("not-a-real-secret");
    }
}
