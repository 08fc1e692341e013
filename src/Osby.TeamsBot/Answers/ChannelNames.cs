using Osby.Policy;

namespace Osby.TeamsBot.Answers;

/// <summary>Swedish names of the channels, for the answer text.</summary>
internal static class ChannelNames
{
    /// <summary>Returns the channel's name in Swedish, e.g. "funktionsbrevlåda".</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The name, lower case.</returns>
    public static string Of(Channel channel) => channel switch
    {
        Channel.PersonalEmail => "e-post",
        Channel.FunctionMailbox => "funktionsbrevlåda",
        Channel.OfficialMailbox => "kommun@osby.se",
        Channel.EService => "e-tjänst",
        Channel.CiceronInbox => "Ciceron-inkorgen",
        Channel.SocialMediaMessage => "meddelande i sociala medier",
        Channel.SocialMediaComment => "kommentar i sociala medier",
        Channel.Sefos => "SEFOS",
        Channel.Voicemail => "röstbrevlåda",
        Channel.PublicDocumentRequest => "begäran om allmän handling",
        _ => "okänd kanal",
    };

    /// <summary>Returns what arrived through the channel, definite form, capitalised: "Mejlet", "Röstmeddelandet".</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The noun.</returns>
    public static string ItemOf(Channel channel) => channel switch
    {
        Channel.PersonalEmail or Channel.FunctionMailbox or Channel.OfficialMailbox => "Mejlet",
        Channel.EService => "Ärendet",
        Channel.CiceronInbox => "Handlingen",
        Channel.SocialMediaComment => "Kommentaren",
        Channel.Voicemail => "Röstmeddelandet",
        Channel.PublicDocumentRequest => "Begäran",
        _ => "Meddelandet",
    };
}
