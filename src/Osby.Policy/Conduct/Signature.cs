using System.Text.RegularExpressions;

namespace Osby.Policy.Conduct;

/// <summary>The parts of an e-mail signature that rule CD-2 asks for, as found in the closing lines of a draft.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><description>Name: a first and a last name written as a name ("Anna Andersson", "Anna-Karin af Klint"), on a line of its own or between commas; a first name alone is not enough.</description></item>
/// <item><description>Title (befattning): a known title or a word ending in one, e.g. "-handläggare", "-chef", "-sekreterare", "-samordnare", "-inspektör", "registrator", "administratör", "kommunikatör".</description></item>
/// <item><description>Förvaltning: a word ending in "förvaltning" or "förvaltningen"; a unit ("Trafikenheten") is not a förvaltning.</description></item>
/// <item><description>Municipality: "Osby kommun".</description></item>
/// <item><description>Phone: a Swedish number, national (0 and 7–9 more digits: "0479-52 80 00", "070-123 45 67") or international (+46 or 0046 and 7–9 digits: "+46 479 52 80 00", "+46 (0)479-52 80 00").</description></item>
/// </list>
/// </remarks>
internal static partial class Signature
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Osby", "Kommun", "Kommunhuset", "Kontaktcenter", "Telefon", "Tel", "Tfn", "Mobil", "Växel", "Direkt",
        "Adress", "Besöksadress", "Postadress", "Box", "Hej", "Tack", "Sverige", "Sweden", "Skickat", "Från",
        "Ha", "Trevlig", "God", "Glad", "Vänligen", "Allt",
    };

    /// <summary>Returns the parts of a signature present in the given lines.</summary>
    /// <param name="lines">The closing lines of a draft: the rest of the greeting line and everything below it.</param>
    /// <returns>The parts found.</returns>
    public static SignatureParts Find(IEnumerable<string> lines)
    {
        SignatureParts found = SignatureParts.None;
        foreach (string line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (HasPhoneNumber(line))
            {
                found |= SignatureParts.PhoneNumber;
            }

            if (Municipality().IsMatch(line))
            {
                found |= SignatureParts.Municipality;
            }

            if (Administration().IsMatch(line))
            {
                found |= SignatureParts.Administration;
            }

            if (Title().IsMatch(line))
            {
                found |= SignatureParts.Title;
            }

            if (SegmentSeparator().Split(line).Any(IsName))
            {
                found |= SignatureParts.Name;
            }
        }

        return found;
    }

    /// <summary>Returns whether a line holds a Swedish phone number.</summary>
    /// <param name="line">One line.</param>
    /// <returns>True when a national or international Swedish number is on the line.</returns>
    public static bool HasPhoneNumber(string line)
    {
        foreach (Match candidate in PhoneCandidate().Matches(line))
        {
            string raw = candidate.Value;
            string digits = string.Concat(raw.Where(char.IsAsciiDigit));
            bool international = raw.StartsWith('+') || digits.StartsWith("00", StringComparison.Ordinal);
            if (international)
            {
                string rest = raw.StartsWith('+') ? digits : digits[2..];
                if (!rest.StartsWith("46", StringComparison.Ordinal))
                {
                    continue;
                }

                rest = rest[2..];
                if (rest.StartsWith('0'))
                {
                    rest = rest[1..]; // the "(0)" some write after +46
                }

                if (rest.Length is >= 7 and <= 9)
                {
                    return true;
                }
            }
            else if (digits.StartsWith('0') && digits.Length is >= 8 and <= 10)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsName(string segment)
    {
        string candidate = segment.Trim().Trim('/', '.', '!', ' ');
        return NamePattern().IsMatch(candidate)
            && !Title().IsMatch(candidate)
            && !Administration().IsMatch(candidate)
            && !Municipality().IsMatch(candidate)
            && !candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(NotNames.Contains);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}+])(?:\+|00)?(?:\(\d{1,4}\)|\d)[\d\s\-–()]{5,22}\d")]
    private static partial Regex PhoneCandidate();

    [GeneratedRegex(@"(?<!\p{L})osby\s+kommuns?(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Municipality();

    [GeneratedRegex(@"(?<![\p{L}\-])[\p{L}\-]*förvaltning(?:en)?(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Administration();

    [GeneratedRegex(
        @"(?<![\p{L}\-])[\p{L}\-]*(?:handläggare|registrator|administratör|chef|direktör|sekreterare|samordnare|koordinator|kommunikatör|strateg|inspektör|ingenjör|tekniker|assistent|biträde|utredare|arkitekt|planerare|jurist|ekonom|controller|specialist|rådgivare|konsulent|arkivarie|bibliotekarie|pedagog|lärare|rektor|kurator|sköterska|medarbetare|ledare|ansvarig|receptionist|telefonist|vaktmästare)(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Title();

    // Case-sensitive on purpose: every part of a name starts with a capital letter.
    [GeneratedRegex(@"^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+(?:(?:af|av|von|van|de|der|den|di|da|du|la|le)\s+)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?){1,3}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"\s*[,|•·;]\s*|\s+[\-–—/]\s+")]
    private static partial Regex SegmentSeparator();
}

/// <summary>The parts of an e-mail signature (rule CD-2).</summary>
[Flags]
internal enum SignatureParts
{
    /// <summary>No part.</summary>
    None = 0,

    /// <summary>First and last name.</summary>
    Name = 1,

    /// <summary>Title (befattning).</summary>
    Title = 2,

    /// <summary>Förvaltning.</summary>
    Administration = 4,

    /// <summary>The municipality, "Osby kommun".</summary>
    Municipality = 8,

    /// <summary>A Swedish phone number.</summary>
    PhoneNumber = 16,
}
