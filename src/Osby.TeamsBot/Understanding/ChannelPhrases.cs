using System.Text.RegularExpressions;
using Osby.Policy;

namespace Osby.TeamsBot.Understanding;

/// <summary>Reads how something reached the municipality (<see cref="Channel"/>) from a Swedish message.</summary>
/// <remarks>
/// <para>The first rule that matches wins, so the channel that sets the strictest deadline is not hidden by the way the
/// item happened to come in:</para>
/// <list type="number">
/// <item><description>"allmän handling", "begär ut", "ta del av handlingar", "utlämnande" → <see cref="Channel.PublicDocumentRequest"/>
/// (whatever way the request came in, DL-8).</description></item>
/// <item><description>"röstmeddelande", "röstbrevlåda", "telefonsvarare", "ringa tillbaka" → <see cref="Channel.Voicemail"/>.</description></item>
/// <item><description>"SEFOS", "säkra meddelanden" → <see cref="Channel.Sefos"/>.</description></item>
/// <item><description>"Ciceron" → <see cref="Channel.CiceronInbox"/>; "e-tjänst" → <see cref="Channel.EService"/>.</description></item>
/// <item><description>Facebook, Instagram, LinkedIn, Messenger, "sociala medier": a comment ("kommentar", "inlägg", "kommenterade")
/// → <see cref="Channel.SocialMediaComment"/>, a message ("meddelande", "DM", "Messenger", "privat") →
/// <see cref="Channel.SocialMediaMessage"/>; neither → ambiguous.</description></item>
/// <item><description>"kommun@osby.se", "kommunbrevlådan" → <see cref="Channel.OfficialMailbox"/>; "funktionsbrevlåda" or another
/// osby.se address → <see cref="Channel.FunctionMailbox"/>.</description></item>
/// <item><description>"mejl", "mail", "e-post", "epost" → <see cref="Channel.PersonalEmail"/>.</description></item>
/// </list>
/// </remarks>
internal static partial class ChannelPhrases
{
    /// <summary>Reads the channel a message talks about.</summary>
    /// <param name="text">The message (folded or not).</param>
    /// <returns>The channel, missing, or ambiguous with a Swedish note.</returns>
    public static Understood<Channel> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string folded = SwedishText.Fold(text);

        if (PublicDocumentPattern().IsMatch(folded))
        {
            return Understood<Channel>.Found(Channel.PublicDocumentRequest);
        }

        if (VoicemailPattern().IsMatch(folded))
        {
            return Understood<Channel>.Found(Channel.Voicemail);
        }

        if (SefosPattern().IsMatch(folded))
        {
            return Understood<Channel>.Found(Channel.Sefos);
        }

        if (folded.Contains("ciceron", StringComparison.Ordinal))
        {
            return Understood<Channel>.Found(Channel.CiceronInbox);
        }

        if (EServicePattern().IsMatch(folded))
        {
            return Understood<Channel>.Found(Channel.EService);
        }

        if (SocialMediaPattern().IsMatch(folded))
        {
            bool comment = SocialCommentPattern().IsMatch(folded);
            bool message = SocialMessagePattern().IsMatch(folded);
            return comment == message
                ? Understood<Channel>.Ambiguous("Var det en kommentar som alla kan se, eller ett privat meddelande? Välj kanal.")
                : Understood<Channel>.Found(comment ? Channel.SocialMediaComment : Channel.SocialMediaMessage);
        }

        if (OfficialPattern().IsMatch(folded))
        {
            return Understood<Channel>.Found(Channel.OfficialMailbox);
        }

        if (FunctionMailboxPattern().IsMatch(folded))
        {
            return Understood<Channel>.Found(Channel.FunctionMailbox);
        }

        if (EmailPattern().IsMatch(folded))
        {
            return Understood<Channel>.Found(Channel.PersonalEmail);
        }

        return Understood<Channel>.Missing();
    }

    /// <summary>Tells whether a message is about social media, whichever kind.</summary>
    /// <param name="text">The message.</param>
    /// <returns>Whether it names a social-media service.</returns>
    public static bool MentionsSocialMedia(string text) => SocialMediaPattern().IsMatch(SwedishText.Fold(text));

    [GeneratedRegex(@"allmann?a?\s+handling|\bbegar(?:a|er|de)?\s+ut\b|\bta\s+del\s+av\s+(?:en\s+|de\s+)?(?:allmann?a?\s+)?handling|utlamnande|begaran\s+om\s+(?:att\s+fa\s+)?(?:ut\s+)?handling", RegexOptions.CultureInvariant)]
    private static partial Regex PublicDocumentPattern();

    [GeneratedRegex(@"rostmeddelande|rostbrevlad|rostbrevlåd|telefonsvarare|\bring(?:a|er)\s+tillbaka|\bring(?:a|er)\s+upp\b|lamnat?\s+(?:ett\s+)?meddelande\s+pa\s+(?:telefonen|mobilen|svararen)|\bvoicemail", RegexOptions.CultureInvariant)]
    private static partial Regex VoicemailPattern();

    [GeneratedRegex(@"\bsefos|sakra?\s+meddelanden?\b|\bsakert\s+meddelande", RegexOptions.CultureInvariant)]
    private static partial Regex SefosPattern();

    [GeneratedRegex(@"\be-?tjanst|\betjanst|\be-service", RegexOptions.CultureInvariant)]
    private static partial Regex EServicePattern();

    [GeneratedRegex(@"facebook|instagram|linkedin|messenger|sociala?\s+medi|\bfb\b|\binsta\b|\btwitter|\bx-konto|tiktok", RegexOptions.CultureInvariant)]
    private static partial Regex SocialMediaPattern();

    [GeneratedRegex(@"kommentar|kommentera|\binlagg|\bflode|kommentarsfalt|\bpost(?:at|ade)\b|\bpa\s+(?:var|kommunens)\s+(?:facebook|instagram)(?:sida|konto)?\b|facebooksida|\bvagg", RegexOptions.CultureInvariant)]
    private static partial Regex SocialCommentPattern();

    [GeneratedRegex(@"meddelande|messenger|\bdm\b|\bpm\b|privat|direktmeddelande|\binkorg", RegexOptions.CultureInvariant)]
    private static partial Regex SocialMessagePattern();

    [GeneratedRegex(@"kommun@osby\.se|kommunbrevlad|officiella\s+(?:adressen|brevladan)", RegexOptions.CultureInvariant)]
    private static partial Regex OfficialPattern();

    [GeneratedRegex(@"funktions(?:brevlad|adress|mejl|mail|konto)|\b(?!kommun@)[a-z0-9._-]+@osby\.se", RegexOptions.CultureInvariant)]
    private static partial Regex FunctionMailboxPattern();

    [GeneratedRegex(@"\bmejl|\bmail|e-post|\bepost|\bemail|\be-mail|\bmejla|\bmaila", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
