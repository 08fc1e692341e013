using Osby.TeamsBot.Understanding;

namespace Osby.TeamsBot.Tests.Understanding;

public sealed class TimePhrasesTests
{
    [Theory]
    [InlineData("kom 15.40", 15, 40)]
    [InlineData("kom 15:40", 15, 40)]
    [InlineData("kl 9", 9, 0)]
    [InlineData("kl. 9", 9, 0)]
    [InlineData("kl 9.30", 9, 30)]
    [InlineData("KL 09:05", 9, 5)]
    [InlineData("klockan 14", 14, 0)]
    [InlineData("kl 21", 21, 0)]
    [InlineData("kl 0.15", 0, 15)]
    [InlineData("kl 3 på eftermiddagen", 15, 0)]
    [InlineData("kl 5 på morgonen", 5, 0)]
    [InlineData("igår kväll kl 9", 21, 0)]
    [InlineData("mejl 2026-11-27 kl 16.10", 16, 10)]
    public void Read_Phrase_IsTheExpectedTime(string text, int hour, int minute)
    {
        Understood<LocalTime> time = TimePhrases.Read(text);

        time.Status.Should().Be(UnderstoodStatus.Found);
        time.Value.Should().Be(new LocalTime(hour, minute));
    }

    [Theory]
    [InlineData("halv tre")]
    [InlineData("kvart över två")]
    [InlineData("kvart i 4")]
    [InlineData("kl 3")]
    [InlineData("kl 25")]
    [InlineData("kl 14.75")]
    public void Read_AmbiguousOrImpossibleTime_IsAmbiguousWithANote(string text)
    {
        Understood<LocalTime> time = TimePhrases.Read(text);

        time.Status.Should().Be(UnderstoodStatus.Ambiguous);
        time.Note.Should().Contain("tt:mm");
    }

    [Theory]
    [InlineData("i fredags")]
    [InlineData("2026-11-27")]
    [InlineData("24/12")]
    [InlineData("ring 0479-52 80 00")]
    public void Read_NoTimePhrase_IsMissing(string text)
    {
        TimePhrases.Read(text).Status.Should().Be(UnderstoodStatus.Missing);
    }
}
