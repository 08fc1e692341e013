namespace Osby.TeamsBot.Understanding;

/// <summary>What a staff member's message asks for.</summary>
internal enum Intent
{
    /// <summary>Not a question: an empty message, "hjälp", "?"; answered with the help text.</summary>
    Help = 1,

    /// <summary>When something must be answered, called back or moved (DL-1, DL-2, DL-4, DL-8).</summary>
    Deadline = 2,

    /// <summary>Where a message belongs (RT-1…RT-16).</summary>
    Routing = 3,

    /// <summary>Whether and how to register (diarieföra), keep or delete something (RC-1…RC-8).</summary>
    Records = 4,

    /// <summary>Review a draft reply (CD-2, CD-3, CD-4, CD-6).</summary>
    ReplyReview = 5,

    /// <summary>How the e-mail signature looks (CD-2).</summary>
    Signature = 6,

    /// <summary>How to answer the phone (CD-1).</summary>
    PhoneGreeting = 7,

    /// <summary>Anything else: searched in the guideline's knowledge base.</summary>
    Guidance = 8,
}
