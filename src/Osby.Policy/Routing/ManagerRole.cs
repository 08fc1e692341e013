namespace Osby.Policy.Routing;

/// <summary>What a manager in the directory is, so mail addressed to a presidium or a förvaltningschef can be sent on (rule RT-5).</summary>
/// <remarks>The value 0 is not a valid role. In the directory file the roles are written <c>manager</c>,
/// <c>headOfAdministration</c> and <c>presidium</c>.</remarks>
public enum ManagerRole
{
    /// <summary>A manager (chef) of a unit, e.g. the head of Kontaktcenter; consulted on feedback and illegal comments (avsnitt 5.3, RT-13).</summary>
    Manager = 1,

    /// <summary>The head of a förvaltning (förvaltningschef; for kommunstyrelseförvaltningen the kommundirektör) (avsnitt 2.1.2, RT-5).</summary>
    HeadOfAdministration = 2,

    /// <summary>A committee's presidium (nämndens presidium: chair and vice-chairs), reached through its contact (avsnitt 2.1.2, RT-5).</summary>
    Presidium = 3,
}
