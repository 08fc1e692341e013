namespace Osby.Policy.Routing;

/// <summary>The units and roles the guideline names by function, each with a name and an address in the directory.</summary>
/// <remarks>The value 0 is not a valid role. In the directory file they are the keys <c>kontaktcenter</c>,
/// <c>kanslienheten</c>, <c>kommunikationsenheten</c> and <c>huvudregistrator</c> of <c>units</c>; all four are required.</remarks>
public enum UnitRole
{
    /// <summary>Kontaktcenter: handles kommun@osby.se and kontaktcenter@osby.se (riktlinjen avsnitt 3.4, RT-1, RT-2).</summary>
    Kontaktcenter = 1,

    /// <summary>Kanslienheten: consulted when unsure where a matter belongs and copied on "vidarebefordras till presidium/förvaltningschef" (avsnitt 2.1.2, 3.1, 3.3, 3.5; RT-5, RT-7, RT-10).</summary>
    Kanslienheten = 2,

    /// <summary>Kommunikationsenheten: contacted on social-media questions and before accounts are created (avsnitt 5.3, RT-13).</summary>
    Kommunikationsenheten = 3,

    /// <summary>The chief registrator (huvudregistrator) at kommunstyrelseförvaltningen: consulted before a function mailbox is created or redirected (avsnitt 3.3, 6; RT-10).</summary>
    ChiefRegistrator = 4,
}
