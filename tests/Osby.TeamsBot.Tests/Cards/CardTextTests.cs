using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Tests.Cards;

public sealed class CardTextTests
{
    [Fact]
    public void Clip_ShortText_IsUnchanged()
    {
        CardText.Clip("Svara i dag.", 20).Should().Be("Svara i dag.");
    }

    [Fact]
    public void Clip_LongText_CutsAtAWordAndEndsWithAnEllipsis()
    {
        CardText.Clip("Svara senast måndag den första december", 20).Should().Be("Svara senast måndag…");
    }

    [Fact]
    public void Clip_SurrogatePairAtTheCut_IsNotSplit()
    {
        string clipped = CardText.Clip(new string('a', 9) + "😀" + "bbbb", 11);

        clipped.Should().Be(new string('a', 9) + "…");
    }

    [Theory]
    [InlineData(2025, 12, 1, 15, 40, "måndag 1 december 2025 kl. 15.40")]
    [InlineData(2025, 11, 28, 8, 5, "fredag 28 november 2025 kl. 8.05")]
    [InlineData(2026, 6, 19, 0, 0, "fredag 19 juni 2026 kl. 0.00")]
    public void DateAndTime_Always_WritesSwedish(int year, int month, int day, int hour, int minute, string expected)
    {
        CardText.DateAndTime(new NodaTime.LocalDateTime(year, month, day, hour, minute)).Should().Be(expected);
    }

    [Theory]
    [InlineData(0.625, "63 %")]
    [InlineData(0.8, "80 %")]
    [InlineData(1.0, "100 %")]
    public void Percent_Share_IsWholePercentWithSpace(double share, string expected)
    {
        CardText.Percent(share).Should().Be(expected);
    }
}
