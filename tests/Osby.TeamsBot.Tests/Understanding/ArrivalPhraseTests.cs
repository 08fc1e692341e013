using Osby.TeamsBot.Understanding;

namespace Osby.TeamsBot.Tests.Understanding;

public sealed class ArrivalPhraseTests
{
    [Theory]
    [InlineData("för två timmar sedan", "2026-11-30 11:00", "2026-11-30 09:00")]
    [InlineData("för 2 timmar sedan", "2026-11-30 11:00", "2026-11-30 09:00")]
    [InlineData("för en timme sedan", "2026-11-30 11:00", "2026-11-30 10:00")]
    [InlineData("för tjugo minuter sedan", "2026-11-30 11:00", "2026-11-30 10:40")]
    [InlineData("for tolv timmar sedan", "2026-11-30 11:00", "2026-11-29 23:00")]
    [InlineData("för en halvtimme sedan", "2026-11-30 11:00", "2026-11-30 10:30")]
    // Across midnight and the year boundary
    [InlineData("för tre timmar sedan", "2027-01-01 01:00", "2026-12-31 22:00")]
    // DST starts 2026-03-29 02:00 -> 03:00: four elapsed hours before 05:00 CEST is 00:00 CET
    [InlineData("för fyra timmar sedan", "2026-03-29 05:00", "2026-03-29 00:00")]
    // DST ends 2026-10-25 03:00 -> 02:00: two elapsed hours before 03:30 CET is 02:30 CEST
    [InlineData("för två timmar sedan", "2026-10-25 03:30", "2026-10-25 02:30")]
    public void Read_TimeAgo_CountsElapsedTimeBackFromNow(string text, string now, string expected)
    {
        ArrivalPhrase arrival = ArrivalPhrase.Read(text, Stockholm.At(now));

        arrival.Date.IsFound.Should().BeTrue();
        arrival.Time.IsFound.Should().BeTrue();
        Stockholm.Format(arrival.Date.Value + arrival.Time.Value).Should().Be(expected);
    }

    [Fact]
    public void Read_DaysAgo_GivesTheDateAndReadsTheTimeSeparately()
    {
        ArrivalPhrase arrival = ArrivalPhrase.Read("för tre dagar sedan kl 14", Stockholm.At("2026-11-30 11:00"));

        arrival.Date.Value.Should().Be(new LocalDate(2026, 11, 27));
        arrival.Time.Value.Should().Be(new LocalTime(14, 0));
    }

    [Fact]
    public void Read_VagueAgo_IsAmbiguous()
    {
        ArrivalPhrase arrival = ArrivalPhrase.Read("för några timmar sedan", Stockholm.At("2026-11-30 11:00"));

        arrival.Date.Status.Should().Be(UnderstoodStatus.Ambiguous);
        arrival.Time.Status.Should().Be(UnderstoodStatus.Ambiguous);
    }

    [Fact]
    public void Read_NothingAboutWhen_SaysNothing()
    {
        ArrivalPhrase.Read("Vart skickar jag en fråga om bygglov?", Stockholm.At("2026-11-30 11:00")).SaysWhen.Should().BeFalse();
    }
}
