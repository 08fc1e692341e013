namespace Osby.Policy.Routing;

/// <summary>What a routine-mail signal is evidence of. Signals of one family count once, at the strongest (see <see cref="RoutineMailDetector"/>).</summary>
internal enum CueFamily
{
    // ---- Headers and sender: how the message was sent (rule RT-6) ----

    /// <summary>A List-Unsubscribe header.</summary>
    ListUnsubscribe,

    /// <summary>A List-Id header.</summary>
    ListId,

    /// <summary>Precedence: bulk, list or junk.</summary>
    Precedence,

    /// <summary>X-Mailer or User-Agent names a mass-mail tool.</summary>
    MassMailer,

    /// <summary>A campaign or tracking header of a mass-mail tool (X-Campaign, X-Mailjet-Campaign …).</summary>
    CampaignHeader,

    /// <summary>A header of a sending service that also carries ordinary mail (SendGrid, Mailgun, Postmark).</summary>
    SendingService,

    /// <summary>A Feedback-ID header.</summary>
    FeedbackId,

    /// <summary>Auto-Submitted other than "no".</summary>
    AutoSubmitted,

    /// <summary>A sender address that takes no replies (noreply@).</summary>
    NoReply,

    /// <summary>A sender address for mass mail (nyhetsbrev@, kampanj@, marketing@ …).</summary>
    BulkSender,

    // ---- Wording: what the message says (rule RT-6) ----

    /// <summary>Text offering to unsubscribe, to view in a browser, or saying the reader is on a mailing list.</summary>
    UnsubscribeText,

    /// <summary>A newsletter, or the word "reklam".</summary>
    Newsletter,

    /// <summary>The sender offers something ("vi erbjuder", "erbjudande").</summary>
    Offer,

    /// <summary>A discount or campaign price.</summary>
    Price,

    /// <summary>Something free of charge.</summary>
    Free,

    /// <summary>A call to buy, book or sign up.</summary>
    CallToAction,

    /// <summary>Sales urgency: last chance, few seats left, offer valid until.</summary>
    Urgency,

    /// <summary>A course, webinar, conference or trade fair.</summary>
    Event,

    /// <summary>Signed by a salesperson.</summary>
    Seller,

    /// <summary>A sales argument: savings, other customers.</summary>
    Pitch,

    // ---- A real matter (rules RC-1, RT-15, RT-14) ----

    /// <summary>The sender writes about their own situation ("jag undrar", "min son").</summary>
    Personal,

    /// <summary>A question to the municipality or a request for help ("kan ni", "stämmer det?").</summary>
    Question,

    /// <summary>Accepting an offer the municipality made ("tackade ja", "ert erbjudande").</summary>
    AcceptsOffer,

    /// <summary>A diarienummer or a reference to a matter or decision.</summary>
    CaseReference,

    /// <summary>A request for public documents.</summary>
    DocumentRequest,

    /// <summary>A complaint or feedback.</summary>
    Complaint,

    /// <summary>An appeal or a review of a procurement.</summary>
    Appeal,

    /// <summary>An invoice, reminder or payment demand.</summary>
    Invoice,

    /// <summary>Something a person applies to the municipality for (bygglov, bistånd, färdtjänst …).</summary>
    Application,

    /// <summary>A job application.</summary>
    JobApplication,

    /// <summary>A referral, request for an opinion, supervision or survey from an authority.</summary>
    Authority,

    /// <summary>A reference to an agreement, order or request by the municipality.</summary>
    Agreement,

    /// <summary>Forwarded by a person with their own words.</summary>
    Forwarded,

    /// <summary>A reply in a conversation (Sv:, Re:).</summary>
    Reply,

    /// <summary>A channel that carries no advertising: e-service, SEFOS, a request for public documents.</summary>
    MatterChannel,

    /// <summary>Information value 2–3 (rule RT-14).</summary>
    Sensitive,
}
