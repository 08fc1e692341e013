using Microsoft.AspNetCore.Http;
using Osby.TeamsBot.Api;

namespace Osby.TeamsBot.Tests.Api;

/// <summary>Problems are in Swedish unless the caller prefers English.</summary>
public sealed class ApiLanguagesTests
{
    [Theory]
    [InlineData(null, "Swedish")]
    [InlineData("", "Swedish")]
    [InlineData("sv-SE", "Swedish")]
    [InlineData("en", "English")]
    [InlineData("en-GB", "English")]
    [InlineData("EN-us", "English")]
    [InlineData("sv-SE,sv;q=0.9,en;q=0.8", "Swedish")]
    [InlineData("en-US,en;q=0.9,sv;q=0.5", "English")]
    [InlineData("sv;q=0.2, en;q=0.9", "English")]
    [InlineData("de-DE,en;q=0.7", "English")]
    [InlineData("fr-FR,de;q=0.5", "Swedish")]
    [InlineData("en;q=0", "Swedish")]
    [InlineData("*", "Swedish")]
    [InlineData("*;q=0.9, en;q=0.5", "Swedish")]
    [InlineData(";;;=", "Swedish")]
    public void Of_AcceptLanguage_ChoosesTheMostPreferredLanguageTheApiSpeaks(string? header, string expected)
    {
        var context = new DefaultHttpContext();
        if (header is not null)
        {
            context.Request.Headers.AcceptLanguage = header;
        }

        ApiLanguages.Of(context.Request).ToString().Should().Be(expected);
    }
}
