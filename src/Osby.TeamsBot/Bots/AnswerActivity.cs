using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Osby.TeamsBot.Answers;
using Osby.TeamsBot.Cards;

namespace Osby.TeamsBot.Bots;

/// <summary>Turns an answer into the message the user sees: a card, or Markdown text for a <see cref="TextAnswer"/>.</summary>
internal static class AnswerActivity
{
    /// <summary>Creates the message for an answer.</summary>
    /// <param name="answer">The answer.</param>
    /// <returns>A message with one Adaptive Card attachment, or a Markdown text message.</returns>
    public static IMessageActivity From(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);

        if (AnswerCards.Render(answer) is { } card)
        {
            return MessageFactory.Attachment(CardAttachment.From(card));
        }

        var text = answer is TextAnswer textAnswer ? textAnswer.Text : string.Empty;
        var reply = MessageFactory.Text(text);
        reply.TextFormat = TextFormatTypes.Markdown;
        return reply;
    }
}
