using Osby.Policy;
using Osby.TeamsBot.Understanding;

namespace Osby.TeamsBot.Tests.Understanding;

public sealed class ChannelPhrasesTests
{
    [Theory]
    [InlineData("ett mejl kom", Channel.PersonalEmail)]
    [InlineData("fick ett mail", Channel.PersonalEmail)]
    [InlineData("via e-post", Channel.PersonalEmail)]
    [InlineData("ett mejl till funktionsbrevlådan", Channel.FunctionMailbox)]
    [InlineData("mejl till bygglov@osby.se", Channel.FunctionMailbox)]
    [InlineData("mejl till kommun@osby.se", Channel.OfficialMailbox)]
    [InlineData("ansökan i e-tjänsten", Channel.EService)]
    [InlineData("ansökan i etjänsten", Channel.EService)]
    [InlineData("i Ciceron", Channel.CiceronInbox)]
    [InlineData("ett meddelande på Facebook", Channel.SocialMediaMessage)]
    [InlineData("i Messenger", Channel.SocialMediaMessage)]
    [InlineData("en kommentar på Instagram", Channel.SocialMediaComment)]
    [InlineData("kommenterade på vår facebooksida", Channel.SocialMediaComment)]
    [InlineData("i SEFOS", Channel.Sefos)]
    [InlineData("ett röstmeddelande", Channel.Voicemail)]
    [InlineData("i rostbrevladan", Channel.Voicemail)]
    [InlineData("ringa tillbaka", Channel.Voicemail)]
    [InlineData("en begäran om allmän handling via mejl", Channel.PublicDocumentRequest)]
    [InlineData("vill begära ut handlingar", Channel.PublicDocumentRequest)]
    [InlineData("allmanna handlingar", Channel.PublicDocumentRequest)]
    public void Read_Phrase_IsTheExpectedChannel(string text, Channel expected)
    {
        Understood<Channel> channel = ChannelPhrases.Read(text);

        channel.Status.Should().Be(UnderstoodStatus.Found);
        channel.Value.Should().Be(expected);
    }

    [Fact]
    public void Read_SocialMediaWithoutMessageOrComment_IsAmbiguous()
    {
        ChannelPhrases.Read("en synpunkt från Facebook").Status.Should().Be(UnderstoodStatus.Ambiguous);
    }

    [Fact]
    public void Read_NoChannel_IsMissing()
    {
        ChannelPhrases.Read("ett sms i fredags").Status.Should().Be(UnderstoodStatus.Missing);
    }
}
