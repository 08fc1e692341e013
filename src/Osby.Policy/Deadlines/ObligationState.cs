namespace Osby.Policy.Deadlines;

/// <summary>Where an obligation stands at a given instant.</summary>
public enum ObligationState
{
    /// <summary>The obligation does not apply to this item (other channel, routine mail, closed, no promise made).</summary>
    NotApplicable = 0,

    /// <summary>Owed, and not yet close to its due time.</summary>
    Pending = 1,

    /// <summary>Owed, and past the "due soon" threshold (by default 75 % of its window).</summary>
    DueSoon = 2,

    /// <summary>Owed, and past its due time.</summary>
    Overdue = 3,

    /// <summary>Done (see <see cref="Obligation.MetAt"/> and <see cref="Obligation.IsLate"/>).</summary>
    Met = 4,
}
