namespace Osby.Policy.Conduct;

/// <summary>What a <see cref="ConductFinding"/> is about, grouped by rule in catalogue order (CD-2, CD-3, CD-4, CD-6).</summary>
/// <remarks>The value 0 is not a valid kind.</remarks>
public enum ConductFindingKind
{
    /// <summary>The signature has no first and last name (CD-2, riktlinjen avsnitt 2.3).</summary>
    SignatureNameMissing = 1,

    /// <summary>The signature has no title (befattning), e.g. "Bygglovshandläggare" (CD-2).</summary>
    SignatureTitleMissing = 2,

    /// <summary>The signature has no förvaltning, e.g. "Samhällsbyggnadsförvaltningen" (CD-2).</summary>
    SignatureAdministrationMissing = 3,

    /// <summary>The signature does not name the municipality, "Osby kommun" (CD-2).</summary>
    SignatureMunicipalityMissing = 4,

    /// <summary>The signature has no Swedish phone number (CD-2).</summary>
    SignaturePhoneNumberMissing = 5,

    /// <summary>The reply does not close with a greeting such as "Vänliga hälsningar" (CD-3, riktlinjen avsnitt 2.3).</summary>
    ClosingGreetingMissing = 10,

    /// <summary>The closing greeting is an abbreviation such as "mvh", "vh" or "hälsn." (CD-3).</summary>
    ClosingGreetingAbbreviated = 11,

    /// <summary>The reply uses an old-fashioned or bureaucratic word such as "härmed" or "enär" (CD-4, riktlinjen avsnitt 2).</summary>
    Jargon = 20,

    /// <summary>An acknowledgement does not say that the matter has been received (CD-6, riktlinjen avsnitt 2.1.1 and 4).</summary>
    AcknowledgementReceiptMissing = 30,

    /// <summary>An acknowledgement does not say who handles the matter (CD-6).</summary>
    AcknowledgementHandlerMissing = 31,

    /// <summary>An acknowledgement does not say when an answer can be expected (CD-6).</summary>
    AcknowledgementExpectedTimeMissing = 32,
}
