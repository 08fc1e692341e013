namespace Osby.Policy.Routing;

/// <summary>What kind of function mailbox (funktionsbrevlåda) an address is, as Bilaga 2 lists it (rules RT-1, RT-2, RT-12).</summary>
/// <remarks>The value 0 is not a valid kind. In the directory file the kinds are written <c>official</c>, <c>internal</c>,
/// <c>central</c> and <c>unit</c>.</remarks>
public enum MailboxKind
{
    /// <summary>The municipality's official address, kommun@osby.se: the first and only way in, handled by Kontaktcenter (riktlinjen avsnitt 3.4, RT-1).</summary>
    Official = 1,

    /// <summary>An internal mailbox such as kontaktcenter@osby.se, only for sick reports and phone referrals (avsnitt 3.4, RT-2).</summary>
    Internal = 2,

    /// <summary>A central function mailbox of a förvaltning, covered by the routine and listed with its areas in Bilaga 2 (avsnitt 3.5, RT-12).</summary>
    Central = 3,

    /// <summary>A unit's own mailbox (enhetsfunktionsbrevlåda), distributed by the förvaltning's registrator, not by the routine (avsnitt 3, RT-12).</summary>
    Unit = 4,
}
