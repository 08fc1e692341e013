namespace Osby.Policy.Routing;

/// <summary>A unit or role the guideline names by function — Kontaktcenter, Kanslienheten, Kommunikationsenheten, the chief registrator — with its name and address.</summary>
/// <remarks>Instances are immutable and thread-safe; get them with <see cref="MailboxDirectory.Unit(UnitRole)"/>.</remarks>
public sealed class UnitContact
{
    internal UnitContact(UnitRole role, string name, string address, bool isExample)
    {
        Role = role;
        Name = name;
        Address = address;
        IsExample = isExample;
    }

    /// <summary>Gets the role the guideline gives the unit.</summary>
    public UnitRole Role { get; }

    /// <summary>Gets the unit's or person's name, e.g. "Kanslienheten".</summary>
    public string Name { get; }

    /// <summary>Gets the address to write to, e.g. "kontaktcenter@osby.se".</summary>
    public string Address { get; }

    /// <summary>Gets a value indicating whether the entry is an example still to be replaced with the municipality's own data.</summary>
    public bool IsExample { get; }

    /// <summary>Returns "Name &lt;address&gt;".</summary>
    /// <returns>The unit as text.</returns>
    public override string ToString() => $"{Name} <{Address}>";
}
