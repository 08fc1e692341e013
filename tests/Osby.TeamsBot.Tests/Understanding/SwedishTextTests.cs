using Osby.TeamsBot.Understanding;

namespace Osby.TeamsBot.Tests.Understanding;

public sealed class SwedishTextTests
{
    [Theory]
    [InlineData("När MÅSTE jag svara?", "nar maste jag svara?")]
    [InlineData("Ärendet från Öberg – kom in i GÅR", "arendet fran oberg - kom in i gar")]
    [InlineData("Café\tZürich\nÆble", "cafe zurich able")]
    [InlineData("”Tack” sa hon", "'tack' sa hon")]
    [InlineData("kl\u00A015.40", "kl 15.40")]
    [InlineData("KS 2026/123", "ks 2026/123")]
    [InlineData("", "")]
    public void Fold_SwedishText_IsLowerCaseWithoutDiacriticsAndPlainSpaces(string text, string folded)
    {
        SwedishText.Fold(text).Should().Be(folded);
    }

    [Theory]
    [InlineData("Måndag den 24/12 kl. 15:40 – ÖVERKLAGANDE")]
    [InlineData("ÅÄÖåäö\u2003é")]
    public void Fold_AnyText_KeepsOneCharacterPerCharacter(string text)
    {
        // Readers use positions in the folded text as positions in the original.
        SwedishText.Fold(text).Should().HaveLength(text.Length);
    }
}
