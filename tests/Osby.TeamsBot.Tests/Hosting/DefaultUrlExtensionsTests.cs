using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Osby.TeamsBot.Hosting;

namespace Osby.TeamsBot.Tests.Hosting;

public sealed class DefaultUrlExtensionsTests
{
    [Fact]
    public void UseDefaultUrlUnlessConfigured_NothingConfigured_ListensOnPort3978()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());

        builder.UseDefaultUrlUnlessConfigured();

        builder.Configuration["urls"].Should().Be("http://localhost:3978");
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:8080")]
    [InlineData("http_ports", "8080")]
    [InlineData("https_ports", "8443")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:8080")]
    public void UseDefaultUrlUnlessConfigured_AddressConfigured_LeavesItAlone(string key, string value)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Configuration.AddInMemoryCollection([new(key, value)]);

        builder.UseDefaultUrlUnlessConfigured();

        builder.Configuration[key].Should().Be(value);
        if (key != "urls")
        {
            builder.Configuration["urls"].Should().BeNull();
        }
    }
}
