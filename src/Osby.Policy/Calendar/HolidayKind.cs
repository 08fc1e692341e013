namespace Osby.Policy.Calendar;

/// <summary>What kind of day a <see cref="Holiday"/> is, under the law as it stood in its year (rules CAL-1, CAL-2, CAL-3).</summary>
/// <remarks>
/// Public holidays and the three eves are kept apart: the eves are never public holidays, but lag (1930:173)
/// om beräkning av lagstadgad tid treats them like holidays for statutory deadlines, and the municipality treats
/// them as days off. The value 0 is not a valid kind.
/// </remarks>
public enum HolidayKind
{
    /// <summary>An allmän helgdag named by lag (1989:253) om allmänna helgdagar or, before 1990, its predecessors.</summary>
    PublicHoliday = 1,

    /// <summary>Midsommarafton, julafton or nyårsafton in a year when lag (1930:173) 2 § named it: a statutory deadline on it moves on.</summary>
    StatutoryEve = 2,

    /// <summary>Midsommarafton, julafton or nyårsafton in a year before lag (1930:173) named it: a day off by custom only.</summary>
    CustomaryEve = 3,
}
