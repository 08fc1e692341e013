namespace Osby.TeamsBot.Items;

/// <summary>How a request to register or change an item ended.</summary>
internal enum ChangeStatus
{
    /// <summary>Recorded.</summary>
    Applied = 1,

    /// <summary>Already recorded exactly so (a double click, a replayed request, the same external message id): nothing changed.</summary>
    AlreadyRecorded = 2,

    /// <summary>Refused by a rule (e.g. RT-8: the recipient already had the item); nothing changed.</summary>
    Refused = 3,

    /// <summary>No item has that id.</summary>
    NotFound = 4,

    /// <summary>The actor may not do this (only the addressed recipient or their substitute answers a forward); nothing changed.</summary>
    NotAllowed = 5,

    /// <summary>The request was malformed (see <see cref="ItemChangeResult.Problems"/>); nothing changed.</summary>
    Invalid = 6,
}
