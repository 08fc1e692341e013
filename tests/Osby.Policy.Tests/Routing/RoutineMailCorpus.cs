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
/// <para><b>Honesty of the figures.</b> This main set was written and committed (commit 531e4fb, "a labelled set of 139 Swedish
/// messages … written before the detector") before <c>RoutineMailDetector</c> existed, and has not been edited since; nothing in
/// it was written after tuning. The detector was then tuned on it: the first run gave precision 43/43 = 100 % and recall
/// 43/63 = 68.3 %; fixing two cue bugs (a synonym-replaced word looked for inside compounds, "kan ni" in statements),
/// strengthening the sales-wording weights and adding a few general sales phrases gave 54/54 = 100 % and 54/63 = 85.7 %.
/// So the main-set figure is a tuned one. <see cref="HeldOut"/> (40 messages) was written after tuning and never tuned on:
/// precision 14/14 = 100 %, recall 14/20 = 70 %.</para>
/// </remarks>
internal static partial class RoutineMailCorpus
{
    /// <summary>Gets every labelled message of the main set, advertising first.</summary>
    public static IReadOnlyList<LabelledMail> All { get; } = [.. Advertising(), .. Matters()];
}
