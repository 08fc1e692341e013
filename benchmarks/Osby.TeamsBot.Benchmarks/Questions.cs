namespace Osby.TeamsBot.Benchmarks;

/// <summary>The staff questions sent to the bots.</summary>
internal static class Questions
{
    /// <summary>A deadline question: when must a mail received on a Friday afternoon be answered.</summary>
    public const string Deadline = "Mejlet kom in i fredags kl 15.40 – när måste jag svara?";

    /// <summary>A knowledge-base question about the guideline (SEFOS message retention).</summary>
    public const string Guidance = "Hur länge sparas meddelanden i SEFOS?";
}
