namespace Osby.TeamsBot.People;

/// <summary>What a person does under the guideline, read from the mailbox directory.</summary>
[Flags]
internal enum PersonRoles
{
    /// <summary>No special role.</summary>
    None = 0,

    /// <summary>Registrator of one or more function mailboxes.</summary>
    Registrator = 1,

    /// <summary>Works in kontaktcenter (registrator of the official mailbox or kontaktcenter's).</summary>
    Kontaktcenter = 2,

    /// <summary>A manager in the directory.</summary>
    Manager = 4,

    /// <summary>Substitute of one or more function mailboxes (RT-11).</summary>
    Substitute = 8,
}
