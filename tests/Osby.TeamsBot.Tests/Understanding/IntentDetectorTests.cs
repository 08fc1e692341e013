using Osby.TeamsBot.Understanding;

namespace Osby.TeamsBot.Tests.Understanding;

public sealed class IntentDetectorTests
{
    [Theory]
    [InlineData("", false, "Help")]
    [InlineData("  ", false, "Help")]
    [InlineData("?", false, "Help")]
    [InlineData("Hjälp", false, "Help")]
    [InlineData("help", false, "Help")]
    [InlineData("svarstid", false, "Deadline")]
    [InlineData("Räkna ut svarstid", false, "Deadline")]
    [InlineData("Hur lång är svarstiden?", false, "Guidance")]
    [InlineData("när måste jag svara", false, "Deadline")]
    [InlineData("nar ska jag svara", false, "Deadline")]
    [InlineData("svara senast när?", false, "Deadline")]
    [InlineData("vad är fristen", false, "Deadline")]
    [InlineData("svarstid för mejl i fredags", true, "Deadline")]
    [InlineData("hur snabbt ska vi svara på mejl?", false, "Guidance")]
    [InlineData("när måste jag ringa tillbaka", false, "Deadline")]
    [InlineData("röstmeddelande igår kl 10", true, "Deadline")]
    [InlineData("SEFOS senaste aktivitet 2 nov", true, "Deadline")]
    [InlineData("när rensas SEFOS-konversationen", false, "Deadline")]
    [InlineData("vart skickar jag en fråga om bygglov", false, "Routing")]
    [InlineData("vem ska ha det här", false, "Routing")]
    [InlineData("kan du vidarebefordra", false, "Routing")]
    [InlineData("skicka det till vem", false, "Routing")]
    [InlineData("kan jag skicka mejlet till alla förvaltningar", false, "Guidance")]
    [InlineData("ska det diarieföras", false, "Records")]
    [InlineData("ska det diarieforas", false, "Records")]
    [InlineData("måste jag registrera det", false, "Records")]
    [InlineData("får jag gallra", false, "Records")]
    [InlineData("får jag radera reklam", false, "Records")]
    [InlineData("ska jag spara det", false, "Records")]
    [InlineData("granska mitt svar: Hej", false, "ReplyReview")]
    [InlineData("Granska: Hej", false, "ReplyReview")]
    [InlineData("hur ska signaturen se ut", false, "Signature")]
    [InlineData("hur svarar jag i telefon", false, "PhoneGreeting")]
    [InlineData("vem har hand om funktionsbrevlådan när registratorn är sjuk", false, "Guidance")]
    [InlineData("vad är en funktionsbrevlåda", false, "Guidance")]
    public void Detect_Message_IsTheExpectedIntent(string text, bool saysWhen, string expected)
    {
        IntentDetector.Detect(text, saysWhen).Should().Be(Enum.Parse<Intent>(expected));
    }
}
