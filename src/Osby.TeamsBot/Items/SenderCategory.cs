namespace Osby.TeamsBot.Items;

/// <summary>Who sent an item, as far as a card with no subject (RT-14) may say.</summary>
internal enum SenderCategory
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>A private person (privatperson).</summary>
    Resident = 1,

    /// <summary>A company (företag).</summary>
    Business = 2,

    /// <summary>Another authority, a court or a region (myndighet).</summary>
    Authority = 3,

    /// <summary>An association or other organisation (förening eller organisation).</summary>
    Organisation = 4,

    /// <summary>Someone employed by the municipality (medarbetare).</summary>
    Staff = 5,
}
