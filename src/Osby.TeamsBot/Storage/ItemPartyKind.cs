namespace Osby.TeamsBot.Storage;

/// <summary>Why a party is in an open item's index row. The stored numbers never change.</summary>
internal enum ItemPartyKind
{
    /// <summary>The party is responsible for the item (RT-7).</summary>
    Responsible = 1,

    /// <summary>The party has a forward of the item to answer (DL-6).</summary>
    OpenForward = 2,
}
