using NodaTime;
using Osby.Policy.Calendar;

namespace Osby.Policy.Records;

/// <summary>What arrived at the municipality, described as far as registration (diarieföring) is concerned; the input of <see cref="RecordsAdvice.For"/>.</summary>
/// <remarks>
/// <para>Immutable: every property is set once by the validating constructor, so an instance that exists is consistent
/// (a SEFOS message always has its latest activity, a diarienummer always belongs to an existing matter, and so on).
/// Pass the optional facts by name:
/// <c>new IncomingDocument(Channel.Sefos, arrived, sefosLastActivity: lastActivity, isSecret: true)</c>.</para>
/// <para>The facts are the staff member's own judgement (is it advertising? is it secret? is it obviously of little
/// importance?); the advice applies the rules to them and never guesses them from content.</para>
/// <para>Supported instants run from 1970 to the end of 2200 in Europe/Stockholm, like <see cref="BusinessClock"/>.
/// Instances are thread-safe.</para>
/// </remarks>
public sealed class IncomingDocument
{
    private const int MaxDiarienummerLength = 64;

    private static readonly Instant MinInstant = new LocalDate(1970, 1, 1).AtStartOfDayInZone(BusinessClock.Stockholm.Zone).ToInstant();
    private static readonly Instant MaxInstant = new LocalDate(2201, 1, 1).AtStartOfDayInZone(BusinessClock.Stockholm.Zone).ToInstant();

    /// <summary>Describes an incoming document.</summary>
    /// <param name="channel">The way it reached the municipality.</param>
    /// <param name="firstArrival">
    /// When it first reached the municipality (rule DL-9), not when kontaktcenter or a registrator forwarded it; the register's date of
    /// arrival is this instant's date in Stockholm.
    /// </param>
    /// <param name="kind">What kind of content it is; <see cref="DocumentKind.Ordinary"/> by default.</param>
    /// <param name="sefosLastActivity">
    /// For <see cref="Channel.Sefos"/> (required there, not allowed elsewhere): the latest activity in the SEFOS conversation, from which
    /// the purge is counted (rule DL-4). Not before <paramref name="firstArrival"/>: the message's arrival is itself an activity.
    /// </param>
    /// <param name="isSecret">Whether it holds information covered by secrecy (sekretess; rule RC-7).</param>
    /// <param name="isPartOfExistingMatter">Whether it belongs to a matter (ärende) the municipality already has (rule RC-3).</param>
    /// <param name="diarienummer">
    /// The diarienummer of that matter when known, e.g. "KS 2026-123" (trimmed; at most 64 characters); only with
    /// <paramref name="isPartOfExistingMatter"/>.
    /// </param>
    /// <param name="isObviouslyOfLittleImportance">
    /// Whether it is obviously of little importance for the municipality's work (uppenbart av ringa betydelse, offentlighets- och
    /// sekretesslagen 5 kap. 1 §; rule RC-7).
    /// </param>
    /// <param name="isKeptInOrderByPlan">
    /// Whether the municipality's information management plan (informationshanteringsplan) says documents of this kind are kept in order
    /// (hålls ordnade) instead of registered (offentlighets- och sekretesslagen 5 kap. 1 §; rule RC-7). Ignored for secret documents.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="channel"/> or <paramref name="kind"/> is not a defined value, or an instant is outside 1970–2200.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// A SEFOS message has no latest activity, another channel has one, the latest activity is before the first arrival, an illegal
    /// comment did not come as a social-media comment, or a diarienummer is blank, too long, has control characters or is given for a
    /// document not marked as part of an existing matter.
    /// </exception>
    public IncomingDocument(
        Channel channel,
        Instant firstArrival,
        DocumentKind kind = DocumentKind.Ordinary,
        Instant? sefosLastActivity = null,
        bool isSecret = false,
        bool isPartOfExistingMatter = false,
        string? diarienummer = null,
        bool isObviouslyOfLittleImportance = false,
        bool isKeptInOrderByPlan = false)
    {
        if (!Enum.IsDefined(channel))
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a defined channel.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined document kind.");
        }

        CheckRange(firstArrival, nameof(firstArrival));

        if (channel == Channel.Sefos)
        {
            if (sefosLastActivity is not { } last)
            {
                throw new ArgumentException(
                    "A SEFOS message needs the instant of the latest activity in its conversation: SEFOS purges the conversation 35 days after it (DL-4).",
                    nameof(sefosLastActivity));
            }

            CheckRange(last, nameof(sefosLastActivity));
            if (last < firstArrival)
            {
                throw new ArgumentException(
                    $"The latest activity in the SEFOS conversation ({last}) is before the message first arrived ({firstArrival}); the arrival is itself an activity.",
                    nameof(sefosLastActivity));
            }
        }
        else if (sefosLastActivity is not null)
        {
            throw new ArgumentException(
                $"A latest SEFOS activity was given for a document that came through {channel}; it applies only to Channel.Sefos.",
                nameof(sefosLastActivity));
        }

        if (kind == DocumentKind.IllegalComment && channel != Channel.SocialMediaComment)
        {
            throw new ArgumentException(
                $"An illegal comment to remove is a public comment on a social-media account (Channel.SocialMediaComment), not {channel}.",
                nameof(kind));
        }

        if (diarienummer is not null)
        {
            diarienummer = diarienummer.Trim();
            if (diarienummer.Length == 0)
            {
                throw new ArgumentException("The diarienummer is blank; pass null when it is not known.", nameof(diarienummer));
            }

            if (diarienummer.Length > MaxDiarienummerLength)
            {
                throw new ArgumentException($"The diarienummer is longer than {MaxDiarienummerLength} characters.", nameof(diarienummer));
            }

            if (diarienummer.Any(char.IsControl))
            {
                throw new ArgumentException("The diarienummer contains control characters.", nameof(diarienummer));
            }

            if (!isPartOfExistingMatter)
            {
                throw new ArgumentException(
                    $"A diarienummer ({diarienummer}) was given for a document not marked as part of an existing matter; set isPartOfExistingMatter.",
                    nameof(diarienummer));
            }
        }

        Channel = channel;
        FirstArrival = firstArrival;
        Kind = kind;
        SefosLastActivity = sefosLastActivity;
        IsSecret = isSecret;
        IsPartOfExistingMatter = isPartOfExistingMatter;
        Diarienummer = diarienummer;
        IsObviouslyOfLittleImportance = isObviouslyOfLittleImportance;
        IsKeptInOrderByPlan = isKeptInOrderByPlan;
    }

    /// <summary>Gets the way the document reached the municipality.</summary>
    public Channel Channel { get; }

    /// <summary>Gets when the document first reached the municipality (rule DL-9).</summary>
    public Instant FirstArrival { get; }

    /// <summary>Gets what kind of content the document is.</summary>
    public DocumentKind Kind { get; }

    /// <summary>Gets the latest activity in the SEFOS conversation; set exactly when <see cref="Channel"/> is <see cref="Channel.Sefos"/>.</summary>
    public Instant? SefosLastActivity { get; }

    /// <summary>Gets a value indicating whether the document holds information covered by secrecy (rule RC-7).</summary>
    public bool IsSecret { get; }

    /// <summary>Gets a value indicating whether the document belongs to an existing matter (rule RC-3).</summary>
    public bool IsPartOfExistingMatter { get; }

    /// <summary>Gets the diarienummer of the existing matter, trimmed, or null when it is not known or there is no matter.</summary>
    public string? Diarienummer { get; }

    /// <summary>Gets a value indicating whether the document is obviously of little importance for the municipality's work (rule RC-7).</summary>
    public bool IsObviouslyOfLittleImportance { get; }

    /// <summary>Gets a value indicating whether the information management plan says documents of this kind are kept in order instead of registered (rule RC-7).</summary>
    public bool IsKeptInOrderByPlan { get; }

    private static void CheckRange(Instant instant, string paramName)
    {
        if (instant < MinInstant || instant >= MaxInstant)
        {
            throw new ArgumentOutOfRangeException(paramName, instant, "Supported instants run from 1970-01-01 to the end of 2200 in Europe/Stockholm.");
        }
    }
}
