namespace Osby.Policy.Tests.Routing;

/// <summary>Realistic Swedish messages to kommun@osby.se and staff, each labelled advertising/routine or real matter.</summary>
/// <remarks>
/// <para>Written for the tests: advertising, newsletters, course and webinar offers, trade-fair invitations, supplier offers and
/// advertising dressed up as a question or a reply (<c>RoutineMailCorpus.Advertising.cs</c>); citizens' questions, complaints,
/// invoices and reminders, requests for public documents, job applications, messages from other authorities, and real matters
/// that mention "kurs", "erbjudande", "rabatt" or "nyhetsbrev" (<c>RoutineMailCorpus.Matters.cs</c>). Headers are the ones a
/// real message of that sort carries (mass-mail tools add List-Unsubscribe, Feedback-ID, X-Mailer; a person's mail has none).</para>
/// <para>Labels follow rule RT-6 (riktlinjen 2.1.3): offers of courses, purchases and the like, and newsletters, are routine; an
/// offer the municipality asked for, an invoice, or anything a person or authority wants handled is a matter.</para>
/// <para><b>Honesty of the figures.</b> The whole set was written and committed before <c>RoutineMailDetector</c> existed and
/// has not been edited since to suit it; nothing in it was written after tuning. Any set written after tuning lives in a file of
/// its own and says so.</para>
/// </remarks>
internal static partial class RoutineMailCorpus
{
    /// <summary>Gets every labelled message of the main set, advertising first.</summary>
    public static IReadOnlyList<LabelledMail> All { get; } = [.. Advertising(), .. Matters()];
}
