using Osby.TeamsBot.Api;

namespace Osby.TeamsBot.Tests.Api;

/// <summary>Times in the API are ISO 8601 with an offset, written in Stockholm time.</summary>
public sealed class ApiTimeTests
{
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    [Theory]
    [InlineData("2026-11-27T14:40:00Z", "2026-11-27T15:40:00+01:00")]
    [InlineData("2026-06-01T07:00:00Z", "2026-06-01T09:00:00+02:00")]
    [InlineData("2026-03-29T00:59:59Z", "2026-03-29T01:59:59+01:00")]
    [InlineData("2026-03-29T01:00:00Z", "2026-03-29T03:00:00+02:00")]
    [InlineData("2026-11-27T14:40:00.25Z", "2026-11-27T15:40:00.25+01:00")]
    public void Write_Instant_GivesStockholmTimeWithItsOffset(string utc, string expected)
    {
        var instant = NodaTime.Text.InstantPattern.ExtendedIso.Parse(utc).Value;

        ApiTime.Write(instant, Stockholm).Should().Be(expected);
    }

    [Theory]
    [InlineData("2026-11-27T15:40:00+01:00")]
    [InlineData("2026-11-27T14:40:00Z")]
    [InlineData("2026-11-27T16:40:00+02:00")]
    [InlineData("2026-11-27T15:40:00+01")]
    [InlineData(" 2026-11-27T14:40:00.000Z ")]
    public void TryRead_TimeWithOffset_GivesTheInstant(string text)
    {
        ApiTime.TryRead(text, out Instant instant).Should().BeTrue();

        instant.Should().Be(Instant.FromUtc(2026, 11, 27, 14, 40));
    }

    [Theory]
    [InlineData("2026-11-27T15:40:00")]
    [InlineData("2026-11-27 15:40")]
    [InlineData("2026-11-27")]
    [InlineData("27/11/2026 15:40")]
    [InlineData("fredag 15.40")]
    [InlineData("")]
    public void TryRead_WithoutOffset_Fails(string text)
    {
        ApiTime.TryRead(text, out _).Should().BeFalse();
    }
}
