namespace Osby.Policy.Records;

/// <summary>What to do about registering (diarieföra) an incoming document; the headline of a <see cref="RecordsAdvice"/>.</summary>
/// <remarks>The value 0 is not a valid action; <see cref="RecordsAdvice.For"/> never returns it.</remarks>
public enum RecordsAction
{
    /// <summary>Register (diarieför) the document without delay (offentlighets- och sekretesslagen 5 kap. 1 §; rules RC-1 and RC-7).</summary>
    RegisterWithoutDelay = 1,

    /// <summary>Register the document without delay on the existing matter whose diarienummer is known, and give that number to the registrator (rule RC-3).</summary>
    RegisterOnExistingMatter = 2,

    /// <summary>
    /// The document belongs to an existing matter whose diarienummer is not known: hand it to the registrator, who decides which matter
    /// it is registered on or opens a new one (rules RC-3 and RC-6).
    /// </summary>
    RegistratorDecides = 3,

    /// <summary>
    /// No registration; the document may be deleted as a document of little or passing importance under the municipality's
    /// gallringsplan (rules RC-2, RC-7 and RC-8).
    /// </summary>
    NoRegistrationMayBeDeleted = 4,

    /// <summary>
    /// No registration, but the document is kept in order (hållas ordnad) where documents of its kind are kept, because the municipality's
    /// information management plan says so and it is not secret (offentlighets- och sekretesslagen 5 kap. 1 §; rule RC-7).
    /// </summary>
    KeepInOrder = 5,

    /// <summary>An illegal social-media comment: save it (screenshot or export) and register it before it is removed (rules RC-4, RT-16 and RT-13).</summary>
    SaveAndRegisterBeforeRemoval = 6,

    /// <summary>
    /// A SEFOS message to keep: register it, or move it into another system, before SEFOS purges the conversation 35 days after its latest
    /// activity (rules RC-5 and DL-4); <see cref="RecordsAdvice.PurgeAt"/> gives the instant. When <see cref="RecordsAdvice.IsPurged"/>
    /// is true the purge has already happened, and the reason says what can still be done.
    /// </summary>
    RegisterOrMoveBeforeSefosPurge = 7,
}
