using NodaTime;
using Osby.Policy.Deadlines;
using Osby.Policy.Guidance;
using Osby.Policy.Routing;
using Osby.TeamsBot.Understanding;

namespace Osby.TeamsBot.Answers;

/// <summary>
/// The bot's "brain": turns a staff member's Swedish message, or the deadline calculator's submit, into an
/// <see cref="Answer"/> view-model. Knows nothing of Teams; the handlers in <c>Bots/</c> call it and render the result.
/// </summary>
/// <remarks>
/// <para>What a message asks for is decided by <see cref="IntentDetector"/>; dates, times and channels are read by
/// <see cref="ArrivalPhrase"/> and <see cref="ChannelPhrases"/> relative to the <c>now</c> passed in (never a clock).
/// When something the answer needs is missing or ambiguous the bot asks back (a <see cref="DeadlineFormAnswer"/>) rather
/// than guess.</para>
/// <para>Immutable and thread-safe: register one instance as a singleton.</para>
/// </remarks>
internal sealed class QuestionAnswerer
{
    /// <summary>The longest question read, in characters.</summary>
    public const int MaxQuestionLength = 2000;

    /// <summary>The longest message read when it asks for a draft review ("granska mitt svar: …"), in characters.</summary>
    public const int MaxReviewLength = 8000;

    /// <summary>How many knowledge-base entries a guidance answer shows.</summary>
    public const int GuidanceHits = 3;

    private readonly DeadlineAnswerer deadlines;
    private readonly RoutingAnswerer routing;
    private readonly Guideline guideline;

    /// <summary>Creates the answerer.</summary>
    /// <param name="policy">The service policy (deadlines).</param>
    /// <param name="directory">The function mailboxes (routing).</param>
    /// <param name="guideline">The knowledge base (everything else).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public QuestionAnswerer(ServicePolicy policy, MailboxDirectory directory, Guideline guideline)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(guideline);
        deadlines = new DeadlineAnswerer(policy);
        routing = new RoutingAnswerer(directory);
        this.guideline = guideline;
    }

    /// <summary>Gets the help answer with its three example questions.</summary>
    public HelpAnswer Help { get; } = new(
    [
        "Mejlet kom in i fredags 15.40 – när måste jag svara?",
        "Vart skickar jag en fråga om bygglov?",
        "Ska en synpunkt från Facebook diarieföras?",
    ]);

    /// <summary>Answers a message.</summary>
    /// <param name="text">The message text, without any @mention.</param>
    /// <param name="now">Now, in Europe/Stockholm.</param>
    /// <param name="userName">The user's display name ("Anna Andersson"), or null; used in the signature and phone greeting.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Answer Answer(string text, ZonedDateTime now, string? userName)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxReviewLength)
        {
            return TooLong(MaxReviewLength);
        }

        string question = text.Trim();
        bool review = question.Length > MaxQuestionLength
            && IntentDetector.Detect(question[..200], saysWhen: false) == Intent.ReplyReview;
        if (question.Length > MaxQuestionLength && !review)
        {
            return TooLong(MaxQuestionLength);
        }

        ArrivalPhrase when = review ? new ArrivalPhrase(default, default) : ArrivalPhrase.Read(question, now);
        Intent intent = review ? Intent.ReplyReview : IntentDetector.Detect(question, when.SaysWhen);
        return intent switch
        {
            Intent.Help => Help,
            Intent.Deadline => deadlines.FromQuestion(question, when, now),
            Intent.Routing => routing.Answer(question, now.Date),
            Intent.Records => (Answer?)RecordsAnswerer.Answer(question, when, now) ?? deadlines.FromQuestion(question, when, now),
            Intent.ReplyReview => ReviewDraft(question),
            Intent.Signature => ConductAnswerer.Signature(userName),
            Intent.PhoneGreeting => ConductAnswerer.Phone(userName),
            _ => new GuidanceAnswer(question, guideline.Search(question, GuidanceHits)),
        };
    }

    /// <summary>Answers the deadline calculator card's submit.</summary>
    /// <param name="date">The arrival date, ISO <c>yyyy-MM-dd</c>.</param>
    /// <param name="time">The arrival time, <c>HH:mm</c> (also <c>H:mm</c> and <c>HH.mm</c>); may be empty for a voicemail.</param>
    /// <param name="channel">A <see cref="Osby.Policy.Channel"/> name, e.g. "PersonalEmail".</param>
    /// <param name="now">Now, in Europe/Stockholm.</param>
    /// <returns>A <see cref="DeadlineAnswer"/>, or the form again with the values as given and a Swedish problem per bad field.</returns>
    public Answer CalculateDeadline(string? date, string? time, string? channel, ZonedDateTime now) =>
        deadlines.Calculate(date, time, channel, now);

    private static Answer ReviewDraft(string question)
    {
        int colon = question.IndexOf(':', StringComparison.Ordinal);
        int newline = question.IndexOf('\n', StringComparison.Ordinal);
        int cut = (colon, newline) switch
        {
            ( < 0, < 0) => -1,
            ( < 0, _) => newline,
            (_, < 0) => colon,
            _ => Math.Min(colon, newline),
        };
        string draft = cut < 0 ? string.Empty : question[(cut + 1)..].Trim();
        return draft.Length == 0
            ? new TextAnswer("Klistra in ditt utkast efter ”granska mitt svar:”, så granskar jag det mot riktlinjen.")
            : ConductAnswerer.Review(draft);
    }

    private static TextAnswer TooLong(int limit) => new(
        $"Meddelandet är för långt för mig (högst {limit} tecken). Skriv en kort fråga, eller klistra bara in den del av " +
        "svaret du vill att jag granskar.");
}
