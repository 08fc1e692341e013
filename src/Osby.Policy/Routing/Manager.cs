namespace Osby.Policy.Routing;

/// <summary>A manager in the directory: a förvaltningschef, a presidium's contact or a unit's chef (rules RT-5, RT-13).</summary>
/// <remarks>Instances are immutable and thread-safe; they are created by <see cref="MailboxDirectory.Load(string)"/>.</remarks>
public sealed class Manager
{
    internal Manager(string name, string email, string unit, ManagerRole role, string? teamsUpn, bool isExample)
    {
        Name = name;
        Email = email;
        Unit = unit;
        Role = role;
        TeamsUpn = teamsUpn;
        IsExample = isExample;
    }

    /// <summary>Gets the name, e.g. "Anna Andersson" or "Barn- och utbildningsnämndens presidium".</summary>
    public string Name { get; }

    /// <summary>Gets the e-mail address.</summary>
    public string Email { get; }

    /// <summary>Gets the förvaltning, nämnd or unit the manager leads, e.g. "Barn- och utbildningsförvaltningen".</summary>
    public string Unit { get; }

    /// <summary>Gets what the manager is.</summary>
    public ManagerRole Role { get; }

    /// <summary>Gets the user principal name in Teams when it differs from <see cref="Email"/>, or null.</summary>
    public string? TeamsUpn { get; }

    /// <summary>Gets a value indicating whether the entry is an example still to be replaced with the municipality's own data.</summary>
    public bool IsExample { get; }

    /// <summary>Returns "Name &lt;email&gt;".</summary>
    /// <returns>The manager as text.</returns>
    public override string ToString() => $"{Name} <{Email}>";
}
