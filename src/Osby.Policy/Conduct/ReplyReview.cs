namespace Osby.Policy.Conduct;

/// <summary>Reviews a draft e-mail reply against the guideline's conduct rules for e-mail (CD-2, CD-3, CD-4, CD-6).</summary>
/// <remarks>
/// <para>
/// The reviewer reads Swedish plain text. It reviews only the new text: earlier mail quoted below the reply ("&gt;"
/// lines, Outlook's "Från: … Skickat: …" header, "Den … skrev …:" attribution) is cut off. Windows, Unix and old Mac
/// line endings give the same result. A reply that follows the rules gets no finding.
/// </para>
/// <list type="bullet">
/// <item><description>CD-2 (riktlinjen avsnitt 2.3): the signature below the closing greeting (or below a "--" line)
/// has name, title (befattning), förvaltning, "Osby kommun" and a phone number; one finding per missing part.</description></item>
/// <item><description>CD-3 (avsnitt 2.3): the reply closes with a greeting such as "Vänliga hälsningar", not with an
/// abbreviation such as "mvh".</description></item>
/// <item><description>CD-4 (avsnitt 2): no old-fashioned words such as "härmed", "vederbörande", "föreligger" or
/// "enär"; one finding per word, each with a plainer word.</description></item>
/// <item><description>CD-6 (avsnitt 2.1.1 and 4): an acknowledgement says that the matter was received, who handles it
/// and when an answer can be expected; one finding per missing element. "Så snart som möjligt" is no time.</description></item>
/// </list>
/// <para>The checks look for wording and layout; they do not understand the text. Thread-safe.</para>
/// </remarks>
public static class ReplyReview
{
    private static readonly (SignatureParts Part, ConductFindingKind Kind)[] SignatureKinds =
    [
        (SignatureParts.Name, ConductFindingKind.SignatureNameMissing),
        (SignatureParts.Title, ConductFindingKind.SignatureTitleMissing),
        (SignatureParts.Administration, ConductFindingKind.SignatureAdministrationMissing),
        (SignatureParts.Municipality, ConductFindingKind.SignatureMunicipalityMissing),
        (SignatureParts.PhoneNumber, ConductFindingKind.SignaturePhoneNumberMissing),
    ];

    /// <summary>Reviews a draft reply and returns what breaks the conduct rules.</summary>
    /// <param name="draft">The plain-text body of the e-mail, in Swedish, possibly with quoted earlier mail below it.</param>
    /// <param name="purpose">
    /// Whether the reply is an acknowledgement, which decides whether CD-6 applies; by default the reviewer decides
    /// from the wording (<see cref="ReplyPurpose.Detect"/>).
    /// </param>
    /// <returns>The findings in rule order (CD-2, CD-3, CD-4, CD-6), jargon in the order it appears; empty for a good reply.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="draft"/> is empty or white space, or holds only quoted mail.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="purpose"/> is not a defined value.</exception>
    public static IReadOnlyList<ConductFinding> Review(string draft, ReplyPurpose purpose = ReplyPurpose.Detect)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (purpose is not (ReplyPurpose.Detect or ReplyPurpose.Answer or ReplyPurpose.Acknowledgement))
        {
            throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Okänt syfte med svaret.");
        }

        ReplyDraft reply = ReplyDraft.Parse(draft);
        List<ConductFinding> findings = [];

        // CD-2: the signature.
        SignatureParts present = Signature.Find(reply.SignatureLines);
        findings.AddRange(SignatureKinds
            .Where(k => !present.HasFlag(k.Part))
            .Select(k => ConductFinding.Missing(k.Kind)));

        // CD-3: the closing greeting.
        if (reply.Greeting is null)
        {
            findings.Add(ConductFinding.Missing(ConductFindingKind.ClosingGreetingMissing));
        }
        else if (reply.Greeting.IsAbbreviated)
        {
            findings.Add(ConductFinding.AbbreviatedGreeting(reply.Greeting.Text));
        }

        // CD-4: plain language.
        findings.AddRange(PlainLanguage.FindJargon(reply.Text).Select(j => ConductFinding.JargonWord(j.Word, j.Plain)));

        // CD-6: acknowledgements.
        bool isAcknowledgement = purpose switch
        {
            ReplyPurpose.Acknowledgement => true,
            ReplyPurpose.Answer => false,
            _ => Acknowledgement.IsAcknowledgement(reply.Body),
        };
        if (isAcknowledgement)
        {
            if (!Acknowledgement.StatesReceipt(reply.Body))
            {
                findings.Add(ConductFinding.Missing(ConductFindingKind.AcknowledgementReceiptMissing));
            }

            if (!Acknowledgement.NamesHandler(reply.Body))
            {
                findings.Add(ConductFinding.Missing(ConductFindingKind.AcknowledgementHandlerMissing));
            }

            if (!Acknowledgement.StatesExpectedTime(reply.Body))
            {
                findings.Add(ConductFinding.Missing(ConductFindingKind.AcknowledgementExpectedTimeMissing));
            }
        }

        return findings.AsReadOnly();
    }
}
