namespace Osby.Policy;

/// <summary>The way an item reached the municipality (rules DL-1, DL-2, DL-4, DL-8, RC-1).</summary>
/// <remarks>The value 0 is not a valid channel.</remarks>
public enum Channel
{
    /// <summary>E-mail to a person's own address (individuell e-post, riktlinjen avsnitt 4).</summary>
    PersonalEmail = 1,

    /// <summary>E-mail to a function mailbox (funktionsbrevlåda, avsnitt 3).</summary>
    FunctionMailbox = 2,

    /// <summary>E-mail to the official address kommun@osby.se (avsnitt 3.4).</summary>
    OfficialMailbox = 3,

    /// <summary>An e-service (e-tjänst, avsnitt 5.1).</summary>
    EService = 4,

    /// <summary>The Ciceron inbox (inkorg i Ciceron, avsnitt 5.2).</summary>
    CiceronInbox = 5,

    /// <summary>A private message on one of the municipality's social-media accounts (avsnitt 5.3).</summary>
    SocialMediaMessage = 6,

    /// <summary>A public comment on one of the municipality's social-media accounts (avsnitt 5.3).</summary>
    SocialMediaComment = 7,

    /// <summary>A secure message in SEFOS (avsnitt 5.4).</summary>
    Sefos = 8,

    /// <summary>A voicemail message (röstbrevlåda, avsnitt 2.2).</summary>
    Voicemail = 9,

    /// <summary>A request to see a public document (begäran om allmän handling, TF 2 kap.), whatever way it came in.</summary>
    PublicDocumentRequest = 10,
}
