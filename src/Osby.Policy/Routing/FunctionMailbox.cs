using NodaTime;

namespace Osby.Policy.Routing;

/// <summary>A function mailbox (funktionsbrevlåda) in the directory: who owns it, what it is for, who reads it, and whether it is still in use (rules RT-1, RT-2, RT-10, RT-11, RT-12).</summary>
/// <remarks>
/// <para>A deactivated mailbox (<see cref="IsActive"/> false) still receives mail for a transition period, because links
/// and documents may point at it; its mail goes to <see cref="RedirectTo"/>, an active mailbox of the directory, until
/// <see cref="RedirectUntil"/> (riktlinjen avsnitt 3.3). An active mailbox has neither.</para>
/// <para>Instances are immutable and thread-safe; they are created by <see cref="MailboxDirectory.Load(string)"/>, which checks them.</para>
/// </remarks>
public sealed class FunctionMailbox
{
    internal FunctionMailbox(
        string address,
        string name,
        string owner,
        MailboxKind kind,
        IEnumerable<ResponsibilityArea> areas,
        IEnumerable<Contact> registrators,
        Contact? substitute,
        bool isActive,
        string? redirectTo,
        LocalDate? redirectUntil,
        bool isExample)
    {
        Address = address;
        Name = name;
        Owner = owner;
        Kind = kind;
        Areas = [.. areas];
        Registrators = [.. registrators];
        Substitute = substitute;
        IsActive = isActive;
        RedirectTo = redirectTo;
        RedirectUntil = redirectUntil;
        IsExample = isExample;
    }

    /// <summary>Gets the e-mail address as written in the directory, e.g. "kommun@osby.se"; compare it case-insensitively.</summary>
    public string Address { get; }

    /// <summary>Gets the mailbox's display name, e.g. "Osby kommun".</summary>
    public string Name { get; }

    /// <summary>Gets the förvaltning or unit that owns the mailbox, e.g. "Kommunstyrelseförvaltningen, Kontaktcenter".</summary>
    public string Owner { get; }

    /// <summary>Gets the kind of mailbox.</summary>
    public MailboxKind Kind { get; }

    /// <summary>Gets the areas of responsibility, in directory order; may be empty for a unit or deactivated mailbox.</summary>
    public IReadOnlyList<ResponsibilityArea> Areas { get; }

    /// <summary>Gets the registrators or administrators who read and distribute the mailbox; at least one while it is active.</summary>
    public IReadOnlyList<Contact> Registrators { get; }

    /// <summary>Gets the substitute who reads the mailbox while the registrator is away (RT-11), or null when the directory names none.</summary>
    public Contact? Substitute { get; }

    /// <summary>Gets a value indicating whether the mailbox is in use; false for a deactivated one that redirects.</summary>
    public bool IsActive { get; }

    /// <summary>Gets the address a deactivated mailbox's mail goes to during the transition period, or null for an active one.</summary>
    public string? RedirectTo { get; }

    /// <summary>Gets the last day of the transition period of a deactivated mailbox, or null for an active one.</summary>
    public LocalDate? RedirectUntil { get; }

    /// <summary>Gets a value indicating whether the entry is an example (<c>"example": true</c>) still to be replaced with the municipality's own data.</summary>
    public bool IsExample { get; }

    /// <summary>Returns "Name &lt;address&gt;".</summary>
    /// <returns>The mailbox as text.</returns>
    public override string ToString() => $"{Name} <{Address}>";
}
