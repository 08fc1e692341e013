using Osby.TeamsBot.Understanding;

namespace Osby.TeamsBot.Tests.Understanding;

public sealed class DatePhrasesTests
{
    [Theory]
    // today: Saturday 2026-11-28
    [InlineData("kom i dag", "2026-11-28", "2026-11-28")]
    [InlineData("kom idag", "2026-11-28", "2026-11-28")]
    [InlineData("kom I DAG", "2026-11-28", "2026-11-28")]
    [InlineData("kom i går", "2026-11-28", "2026-11-27")]
    [InlineData("kom igår", "2026-11-28", "2026-11-27")]
    [InlineData("kom igar", "2026-11-28", "2026-11-27")]
    [InlineData("kom i förrgår", "2026-11-28", "2026-11-26")]
    [InlineData("kom i forrgar", "2026-11-28", "2026-11-26")]
    // Monday + "i går" is Sunday
    [InlineData("kom i går", "2026-11-30", "2026-11-29")]
    // year boundary
    [InlineData("kom i går", "2027-01-01", "2026-12-31")]
    [InlineData("kom i fredags", "2026-11-28", "2026-11-27")]
    // today is Friday: "i fredags" is a week ago
    [InlineData("kom i fredags", "2026-11-27", "2026-11-20")]
    [InlineData("kom i mandags", "2026-11-30", "2026-11-23")]
    [InlineData("kom i sondags", "2026-11-30", "2026-11-29")]
    // bare weekday: most recent on or before today
    [InlineData("kom fredag 15.40", "2026-11-28", "2026-11-27")]
    [InlineData("kom på fredag", "2026-11-27", "2026-11-27")]
    [InlineData("kom i fredag", "2026-11-30", "2026-11-27")]
    [InlineData("fredagen", "2026-12-02", "2026-11-27")]
    [InlineData("förra veckan i tisdags", "2026-11-30", "2026-11-24")]
    [InlineData("i tisdags förra veckan", "2026-11-28", "2026-11-17")]
    [InlineData("tisdag förra veckan", "2026-11-24", "2026-11-17")]
    [InlineData("förra veckan, i söndags", "2026-11-30", "2026-11-29")]
    [InlineData("24 dec", "2026-12-28", "2026-12-24")]
    [InlineData("24 december", "2026-12-28", "2026-12-24")]
    [InlineData("24:e december", "2026-12-28", "2026-12-24")]
    [InlineData("24/12", "2026-12-28", "2026-12-24")]
    [InlineData("30/12", "2027-01-04", "2026-12-30")]
    [InlineData("2 nov", "2026-11-28", "2026-11-02")]
    [InlineData("2026-12-24", "2026-11-28", "2026-12-24")]
    [InlineData("24 december 2025", "2026-11-28", "2025-12-24")]
    [InlineData("24/12/2025", "2026-11-28", "2025-12-24")]
    [InlineData("24/12/25", "2026-11-28", "2025-12-24")]
    [InlineData("midsommarafton", "2026-11-28", "2026-06-19")]
    [InlineData("midsommarafton", "2026-06-19", "2026-06-19")]
    [InlineData("julafton", "2027-01-04", "2026-12-24")]
    [InlineData("nyårsafton", "2027-01-04", "2026-12-31")]
    [InlineData("nyarsafton", "2027-01-04", "2026-12-31")]
    [InlineData("annandag påsk", "2026-04-30", "2026-04-06")]
    [InlineData("långfredagen", "2026-04-30", "2026-04-03")]
    [InlineData("julafton 2025", "2026-11-28", "2025-12-24")]
    public void Read_Phrase_IsTheExpectedDate(string text, string today, string expected)
    {
        Understood<LocalDate> date = DatePhrases.Read(text, Stockholm.Date(today));

        date.Status.Should().Be(UnderstoodStatus.Found);
        date.Value.Should().Be(Stockholm.Date(expected));
    }

    [Theory]
    // Without a year, further back than half a year: could be ahead or a year old
    [InlineData("24/12", "2026-11-28")]
    [InlineData("24 dec", "2026-11-28")]
    [InlineData("julafton", "2026-11-28")]
    [InlineData("31/2", "2026-11-28")]
    [InlineData("2026-02-30", "2026-11-28")]
    [InlineData("29/2", "2026-11-28")]
    public void Read_UnsettledOrImpossibleDate_IsAmbiguousWithANote(string text, string today)
    {
        Understood<LocalDate> date = DatePhrases.Read(text, Stockholm.Date(today));

        date.Status.Should().Be(UnderstoodStatus.Ambiguous);
        date.Note.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("När måste jag svara på mejlet?")]
    [InlineData("ärende KS 2026/123")]
    [InlineData("ring 0479-52 80 00")]
    [InlineData("en arbetsdag")]
    public void Read_NoDatePhrase_IsMissing(string text)
    {
        DatePhrases.Read(text, Stockholm.Date("2026-11-28")).Status.Should().Be(UnderstoodStatus.Missing);
    }

    [Fact]
    public void Read_DayMonthExactlyHalfAYearBack_IsFound()
    {
        // 2026-11-28 minus 183 days is 2026-05-29
        DatePhrases.Read("29 maj", Stockholm.Date("2026-11-28")).Value.Should().Be(Stockholm.Date("2026-05-29"));
        DatePhrases.Read("28 maj", Stockholm.Date("2026-11-28")).Status.Should().Be(UnderstoodStatus.Ambiguous);
    }
}
