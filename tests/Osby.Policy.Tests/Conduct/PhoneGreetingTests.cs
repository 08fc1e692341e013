using Osby.Policy.Conduct;

namespace Osby.Policy.Tests.Conduct;

/// <summary>How staff answer external calls: "Osby kommun", first name and last name (rule CD-1, riktlinjen avsnitt 2.2).</summary>
public sealed class PhoneGreetingTests
{
    [Theory]
    [InlineData("Anna", "Andersson", "Osby kommun, Anna Andersson")]
    [InlineData("  Anna ", "\tAndersson  ", "Osby kommun, Anna Andersson")]
    [InlineData("Anna-Karin", "af Klint", "Osby kommun, Anna-Karin af Klint")]
    [InlineData("Lars  Erik", "Öberg", "Osby kommun, Lars Erik Öberg")]
    [InlineData("Åsa", "O’Neill", "Osby kommun, Åsa O’Neill")]
    public void For_FirstAndLastName_GivesMunicipalityThenFullName(string firstName, string lastName, string expected) =>
        PhoneGreeting.For(firstName, lastName).Should().Be(expected);

    [Fact]
    public void Citation_IsCd1InSection22() =>
        PhoneGreeting.Citation.ToString().Should().Be("Källa: riktlinjen avsnitt 2.2 (CD-1)");

    [Fact]
    public void For_NullFirstName_ThrowsArgumentNullException() =>
        FluentActions.Invoking(() => PhoneGreeting.For(null!, "Andersson")).Should().Throw<ArgumentNullException>().WithParameterName("firstName");

    [Fact]
    public void For_NullLastName_ThrowsArgumentNullException() =>
        FluentActions.Invoking(() => PhoneGreeting.For("Anna", null!)).Should().Throw<ArgumentNullException>().WithParameterName("lastName");

    [Theory]
    [InlineData("", "Andersson", "firstName", "Förnamnet saknas*")]
    [InlineData("   ", "Andersson", "firstName", "Förnamnet saknas*")]
    [InlineData("Anna", "", "lastName", "Efternamnet saknas*")]
    [InlineData("Anna", " \t", "lastName", "Efternamnet saknas*")]
    public void For_EmptyName_ThrowsArgumentExceptionInSwedish(string firstName, string lastName, string parameter, string message) =>
        FluentActions.Invoking(() => PhoneGreeting.For(firstName, lastName)).Should().Throw<ArgumentException>()
            .WithParameterName(parameter).WithMessage(message);

    [Theory]
    [InlineData("Anna2", "Andersson", "firstName", "Förnamnet får bara innehålla*")]
    [InlineData("Anna", "anna@osby.se", "lastName", "Efternamnet får bara innehålla*")]
    [InlineData("Anna\nAndersson", "Andersson", "firstName", "Förnamnet får bara innehålla*")]
    [InlineData("-", "Andersson", "firstName", "Förnamnet får bara innehålla*")]
    public void For_NameThatIsNotAName_ThrowsArgumentExceptionInSwedish(string firstName, string lastName, string parameter, string message) =>
        FluentActions.Invoking(() => PhoneGreeting.For(firstName, lastName)).Should().Throw<ArgumentException>()
            .WithParameterName(parameter).WithMessage(message);
}
