namespace Osby.Policy.Records;

/// <summary>What kind of content an incoming document is, as far as registration (diarieföring) is concerned.</summary>
/// <remarks>
/// <para>The kinds exclude each other. A comment that both criticises the municipality and breaks the law is an
/// <see cref="IllegalComment"/>: it is saved and registered either way. The default value, 0, is
/// <see cref="Ordinary"/>.</para>
/// <para>Secrecy, belonging to an existing matter and being obviously of little importance are separate properties of
/// <see cref="IncomingDocument"/>, because they combine with every kind.</para>
/// </remarks>
public enum DocumentKind
{
    /// <summary>Anything else: a question, an application, a notice, a reply (usually an allmän handling, rule RC-1).</summary>
    Ordinary = 0,

    /// <summary>Advertising and routine mail: offers of courses, purchases and the like (reklam, kurserbjudanden; rules RC-2 and RT-6, riktlinjen avsnitt 2.1.3).</summary>
    AdvertisingOrRoutine = 1,

    /// <summary>Feedback or criticism (synpunkt, kritik), e.g. in a comment or message on social media (rules RC-4 and RT-13, avsnitt 5.3).</summary>
    Feedback = 2,

    /// <summary>
    /// A comment on the municipality's social-media account that breaks the law and is to be removed, e.g. defamation (förtal),
    /// hets mot folkgrupp or an unlawful threat (rules RT-16, RC-4 and RT-13, avsnitt 5.3). Only for <see cref="Channel.SocialMediaComment"/>.
    /// </summary>
    IllegalComment = 3,
}
