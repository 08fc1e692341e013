namespace Osby.TeamsBot.Reminders;

/// <summary>What a reminder or scheduled message is about. The stored numbers never change.</summary>
internal enum ReminderKind
{
    /// <summary>The first response (DL-1) is due soon: by default 75 % of its window has passed. To the owner.</summary>
    ResponseDueSoon = 1,

    /// <summary>The first response (DL-1) is overdue. To the owner.</summary>
    ResponseOverdue = 2,

    /// <summary>The first response (DL-1) is overdue: escalation to the owner's manager.</summary>
    ResponseOverdueEscalation = 3,

    /// <summary>A forward is not confirmed within its window (DL-6): to the recipient.</summary>
    ForwardUnconfirmed = 4,

    /// <summary>A forward is still not confirmed (DL-6): to the forwarder, who is still responsible (RT-7).</summary>
    ForwardUnconfirmedToForwarder = 5,

    /// <summary>A promise (DL-3) is about to pass without a final answer: "skicka en lägesrapport".</summary>
    PromiseDueSoon = 6,

    /// <summary>A voicemail callback (DL-2) is due.</summary>
    CallbackDue = 7,

    /// <summary>A public-document request (DL-8) is not handled the same day.</summary>
    PublicDocumentDue = 8,

    /// <summary>A SEFOS purge (DL-4) is approaching: 7 days and 1 working day before.</summary>
    SefosPurgeWarning = 9,

    /// <summary>The yearly follow-up of the guideline (DL-7), to its owner.</summary>
    GuidelineFollowUp = 10,

    /// <summary>A manager's digest of their unit(s), every working morning.</summary>
    ManagerDigest = 11,
}
