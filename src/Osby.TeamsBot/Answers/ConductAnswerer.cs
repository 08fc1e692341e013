using Osby.Policy.Conduct;
using Osby.Policy.Rules;

namespace Osby.TeamsBot.Answers;

/// <summary>Answers questions about how staff write and answer: a draft review, the signature, the phone greeting.</summary>
internal static class ConductAnswerer
{
    /// <summary>The name shown when the user's name is not known.</summary>
    private const string PlaceholderFirstName = "Förnamn";

    private const string PlaceholderLastName = "Efternamn";

    private static readonly string[] CountWords = ["noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"];

    /// <summary>Reviews a draft reply.</summary>
    /// <param name="draft">The draft, not empty.</param>
    /// <returns>The review.</returns>
    public static ConductAnswer Review(string draft)
    {
        IReadOnlyList<ConductFinding> findings = ReplyReview.Review(draft);
        string summary = findings.Count switch
        {
            0 => "Ditt svar ser bra ut.",
            1 => "Jag hittade en sak att rätta.",
            int n when n < CountWords.Length => $"Jag hittade {CountWords[n]} saker att rätta.",
            int n => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Jag hittade {n} saker att rätta."),
        };
        IReadOnlyList<RuleCitation> citations = [.. findings.Select(f => f.Citation).Distinct()];
        return new ConductAnswer(summary, findings, null, citations);
    }

    /// <summary>Shows the e-mail signature (CD-2), with the user's name when known.</summary>
    /// <param name="userName">The user's display name, or null.</param>
    /// <returns>The answer with an example signature.</returns>
    public static ConductAnswer Signature(string? userName)
    {
        string name = string.IsNullOrWhiteSpace(userName) ? $"{PlaceholderFirstName} {PlaceholderLastName}" : userName.Trim();
        string example = string.Join('\n', "Vänliga hälsningar", string.Empty, name, "Titel", "Förvaltning", "Osby kommun", "Telefon 0479-…");
        return new ConductAnswer(
            "Avsluta med en hälsning och en signatur med namn, titel, förvaltning, Osby kommun och telefonnummer.",
            [],
            example,
            [RuleCitation.For("CD-2"), RuleCitation.For("CD-3")]);
    }

    /// <summary>Shows how to answer external calls (CD-1), with the user's name when known.</summary>
    /// <param name="userName">The user's display name, or null; split on its last space into first and last name.</param>
    /// <returns>The answer with the greeting.</returns>
    public static ConductAnswer Phone(string? userName)
    {
        (string first, string last) = SplitName(userName);
        string greeting = PhoneGreeting.For(first, last);
        return new ConductAnswer(
            $"Svara med ”Osby kommun” och ditt för- och efternamn: ”{greeting}”.",
            [],
            greeting,
            [PhoneGreeting.Citation]);
    }

    private static (string First, string Last) SplitName(string? userName)
    {
        string name = userName?.Trim() ?? string.Empty;
        int space = name.LastIndexOf(' ');
        return space <= 0 ? (PlaceholderFirstName, PlaceholderLastName) : (name[..space].Trim(), name[(space + 1)..]);
    }
}
