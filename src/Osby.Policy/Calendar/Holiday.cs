using NodaTime;

namespace Osby.Policy.Calendar;

/// <summary>One named Swedish holiday or eve on a given date (rule CAL-2).</summary>
/// <remarks>Instances are immutable and thread-safe. Two holidays are equal when date, kind and names are equal.</remarks>
public sealed class Holiday : IEquatable<Holiday>
{
    /// <summary>Creates a holiday.</summary>
    /// <param name="date">The ISO date the holiday falls on.</param>
    /// <param name="kind">Whether it is a public holiday or an eve.</param>
    /// <param name="swedishName">The Swedish name, e.g. "Juldagen".</param>
    /// <param name="englishName">The English name, e.g. "Christmas Day".</param>
    /// <param name="legalSource">The statute that made the day what it is that year, in Swedish.</param>
    /// <exception cref="ArgumentNullException">A name or the source is null.</exception>
    /// <exception cref="ArgumentException">A name or the source is empty, or <paramref name="kind"/> is not defined.</exception>
    public Holiday(LocalDate date, HolidayKind kind, string swedishName, string englishName, string legalSource)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(swedishName);
        ArgumentException.ThrowIfNullOrWhiteSpace(englishName);
        ArgumentException.ThrowIfNullOrWhiteSpace(legalSource);
        if (kind is not (HolidayKind.PublicHoliday or HolidayKind.StatutoryEve or HolidayKind.CustomaryEve))
        {
            throw new ArgumentException($"Unknown holiday kind {(int)kind}.", nameof(kind));
        }

        Date = date;
        Kind = kind;
        SwedishName = swedishName;
        EnglishName = englishName;
        LegalSource = legalSource;
    }

    /// <summary>Gets the date the holiday falls on.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets whether the day is a public holiday or an eve.</summary>
    public HolidayKind Kind { get; }

    /// <summary>Gets the Swedish name, e.g. "Midsommarafton".</summary>
    public string SwedishName { get; }

    /// <summary>Gets the English name, e.g. "Midsummer Eve".</summary>
    public string EnglishName { get; }

    /// <summary>Gets the statute, in Swedish, that made the day a holiday or an eve that year.</summary>
    public string LegalSource { get; }

    /// <inheritdoc />
    public bool Equals(Holiday? other) =>
        other is not null
        && Date == other.Date
        && Kind == other.Kind
        && string.Equals(SwedishName, other.SwedishName, StringComparison.Ordinal)
        && string.Equals(EnglishName, other.EnglishName, StringComparison.Ordinal)
        && string.Equals(LegalSource, other.LegalSource, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Holiday other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Kind, SwedishName);

    /// <summary>Returns e.g. "2024-12-25 Juldagen (PublicHoliday)".</summary>
    /// <returns>The date, Swedish name and kind.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd} {SwedishName} ({Kind})");
}
