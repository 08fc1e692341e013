using Osby.Policy.Calendar;
using Osby.Policy.Records;

namespace Osby.Policy.Tests.Records;

public sealed class IncomingDocumentTests
{
    private static readonly Instant Arrived = BusinessClock.Stockholm.Zone.AtStrictly(new LocalDateTime(2026, 11, 2, 10, 15)).ToInstant();

    [Fact]
    public void Constructor_Defaults_DescribeAnOrdinaryDocument()
    {
        var document = new IncomingDocument(Channel.FunctionMailbox, Arrived);

        document.Channel.Should().Be(Channel.FunctionMailbox);
        document.FirstArrival.Should().Be(Arrived);
        document.Kind.Should().Be(DocumentKind.Ordinary);
        document.SefosLastActivity.Should().BeNull();
        document.IsSecret.Should().BeFalse();
        document.IsPartOfExistingMatter.Should().BeFalse();
        document.Diarienummer.Should().BeNull();
        document.IsObviouslyOfLittleImportance.Should().BeFalse();
        document.IsKeptInOrderByPlan.Should().BeFalse();
    }

    [Fact]
    public void Constructor_Diarienummer_IsTrimmed() =>
        new IncomingDocument(Channel.PersonalEmail, Arrived, isPartOfExistingMatter: true, diarienummer: "  KS 2026-123 ")
            .Diarienummer.Should().Be("KS 2026-123");

    [Fact]
    public void Constructor_SefosWithoutLatestActivity_ThrowsExplainingThePurge() =>
        FluentActions.Invoking(() => new IncomingDocument(Channel.Sefos, Arrived))
            .Should().Throw<ArgumentException>()
            .WithParameterName("sefosLastActivity")
            .WithMessage("A SEFOS message needs the instant of the latest activity in its conversation*35 days*");

    [Fact]
    public void Constructor_LatestSefosActivityOnAnotherChannel_Throws() =>
        FluentActions.Invoking(() => new IncomingDocument(Channel.PersonalEmail, Arrived, sefosLastActivity: Arrived))
            .Should().Throw<ArgumentException>().WithParameterName("sefosLastActivity").WithMessage("*PersonalEmail*only to Channel.Sefos*");

    [Fact]
    public void Constructor_LatestSefosActivityBeforeArrival_Throws() =>
        FluentActions.Invoking(() => new IncomingDocument(Channel.Sefos, Arrived, sefosLastActivity: Arrived - Duration.FromMinutes(1)))
            .Should().Throw<ArgumentException>().WithParameterName("sefosLastActivity").WithMessage("*before the message first arrived*");

    [Theory]
    [InlineData(Channel.PersonalEmail)]
    [InlineData(Channel.SocialMediaMessage)]
    [InlineData(Channel.Sefos)]
    public void Constructor_IllegalCommentNotAsSocialMediaComment_Throws(Channel channel) =>
        FluentActions.Invoking(() => new IncomingDocument(channel, Arrived, DocumentKind.IllegalComment, sefosLastActivity: channel == Channel.Sefos ? Arrived : null))
            .Should().Throw<ArgumentException>().WithParameterName("kind").WithMessage("*SocialMediaComment*");

    [Fact]
    public void Constructor_DiarienummerWithoutExistingMatter_Throws() =>
        FluentActions.Invoking(() => new IncomingDocument(Channel.PersonalEmail, Arrived, diarienummer: "KS 2026-123"))
            .Should().Throw<ArgumentException>().WithParameterName("diarienummer").WithMessage("*KS 2026-123*not marked as part of an existing matter*");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("KS 2026\n-1")]
    [InlineData("KS\t2026-1")]
    [InlineData("KS 2026-12345678901234567890123456789012345678901234567890123456789")]
    public void Constructor_BadDiarienummer_Throws(string diarienummer) =>
        FluentActions.Invoking(() => new IncomingDocument(Channel.PersonalEmail, Arrived, isPartOfExistingMatter: true, diarienummer: diarienummer))
            .Should().Throw<ArgumentException>().WithParameterName("diarienummer");

    [Fact]
    public void Constructor_UndefinedChannel_Throws() =>
        FluentActions.Invoking(() => new IncomingDocument(default, Arrived))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("channel");

    [Fact]
    public void Constructor_UndefinedKind_Throws() =>
        FluentActions.Invoking(() => new IncomingDocument(Channel.PersonalEmail, Arrived, (DocumentKind)99))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");

    [Theory]
    [InlineData(1969, 12, 31)]
    [InlineData(2201, 1, 1)]
    public void Constructor_ArrivalOutsideSupportedRange_Throws(int year, int month, int day) =>
        FluentActions.Invoking(() => new IncomingDocument(Channel.PersonalEmail, BusinessClock.Stockholm.Zone.AtStartOfDay(new LocalDate(year, month, day)).ToInstant()))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("firstArrival").WithMessage("*1970*2200*");
}
