namespace Osby.TeamsBot.Bots;

/// <summary>The bot's help text, sent as the reply to any message and as the greeting.</summary>
/// <remarks>
/// Kept in one place so that the greeting and the reply cannot drift apart. Teams renders the
/// text as Markdown. It describes what the bot does today: it answers every message with this text.
/// </remarks>
internal static class HelpText
{
    /// <summary>The help text in Swedish, formatted as Markdown.</summary>
    public const string Markdown =
        "Hej! Jag är **Osby-boten**. Jag hjälper dig med Osby kommuns riktlinje för service och digital kommunikation: " +
        "svarstider, vart ett mejl ska skickas och vad som ska diarieföras.\n\n" +
        "Exempel på frågor du kan ställa:\n\n" +
        "- Hur snabbt måste vi svara på ett mejl från en invånare?\n" +
        "- Vart ska ett mejl skickas som har kommit till fel förvaltning?\n" +
        "- Ska ett inkommet mejl diarieföras?\n\n" +
        "Än så länge svarar jag med den här hjälptexten på alla meddelanden.";
}
