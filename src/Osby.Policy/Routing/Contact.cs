namespace Osby.Policy.Routing;

/// <summary>A person or group named in the directory, e.g. a mailbox's registrator or substitute (rules RT-11, DL-5).</summary>
/// <remarks>Instances are immutable and thread-safe; they are created by <see cref="MailboxDirectory.Load(string)"/>.</remarks>
public sealed class Contact
{
    internal Contact(string name, string? email)
    {
        Name = name;
        Email = email;
    }

    /// <summary>Gets the name or role, e.g. "Registrator, samhällsbyggnadsförvaltningen".</summary>
    public string Name { get; }

    /// <summary>Gets the e-mail address, or null when the directory gives none.</summary>
    public string? Email { get; }

    /// <summary>Returns "Name &lt;email&gt;", or the name alone.</summary>
    /// <returns>The contact as text.</returns>
    public override string ToString() => Email is null ? Name : $"{Name} <{Email}>";
}
