using System.Globalization;
using System.Numerics;
using NodaTime;

namespace Osby.Policy.Calendar;

/// <summary>
/// Precomputed facts for every day from 1900-01-01 to 2200-12-31, one bit per day, built once from
/// <see cref="SwedenHolidayRules"/>. Lookups are a shift and a mask, with no allocation.
/// </summary>
internal static class DayTable
{
    public const int MinYear = 1900;
    public const int MaxYear = 2200;
    public const int WordCount = (DayCount + 63) / 64;

    public static readonly LocalDate MinDate = new(MinYear, 1, 1);
    public static readonly LocalDate MaxDate = new(MaxYear, 12, 31);

    /// <summary>Number of days from 1900-01-01 to 1 January of each year, and one more entry for 2201.</summary>
    private static readonly int[] YearStarts = BuildYearStarts();
    private static readonly int[] MonthStartsCommon = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    private static readonly int[] MonthStartsLeap = [0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];

    private static readonly Holiday[][] Holidays = BuildHolidays();

    /// <summary>Days from 1900-01-01 to 2200-12-31: 301 years of 365 days and 73 leap days (1900, 2100 and 2200 are not leap years).</summary>
    public const int DayCount = (301 * 365) + 73;

    /// <summary>Bit set when the day is a working day under CAL-1 (Monday–Friday, no public holiday, no eve).</summary>
    public static readonly ulong[] WorkingDays = new ulong[WordCount];

    /// <summary>Bit set when the day is a named public holiday (not a plain Sunday).</summary>
    public static readonly ulong[] NamedPublicHolidays = new ulong[WordCount];

    /// <summary>Bit set when lag (1930:173) 2 §, as it stood that year, moves a deadline off the day.</summary>
    public static readonly ulong[] StatutoryClosed = new ulong[WordCount];

#pragma warning disable CA1810 // The three tables depend on each other and on Holidays; one static constructor fills them in order.
    static DayTable()
#pragma warning restore CA1810
    {
        for (int year = MinYear; year <= MaxYear; year++)
        {
            int first = YearStarts[year - MinYear];
            int length = YearStarts[year - MinYear + 1] - first;
            var weekday = new LocalDate(year, 1, 1).DayOfWeek;
            for (int i = 0; i < length; i++)
            {
                bool weekend = weekday is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
                if (!weekend)
                {
                    Set(WorkingDays, first + i);
                }

                if (weekday == IsoDayOfWeek.Sunday)
                {
                    Set(StatutoryClosed, first + i);
                }

                weekday = weekday == IsoDayOfWeek.Sunday ? IsoDayOfWeek.Monday : weekday + 1;
            }

            foreach (Holiday holiday in Holidays[year - MinYear])
            {
                int index = IndexOf(holiday.Date);
                Clear(WorkingDays, index);
                if (holiday.Kind == HolidayKind.PublicHoliday)
                {
                    Set(NamedPublicHolidays, index);
                }

                if (holiday.Kind != HolidayKind.CustomaryEve)
                {
                    Set(StatutoryClosed, index);
                }
            }

            if (year >= SwedenHolidayRules.EvesInDeadlineLawFrom)
            {
                Set(StatutoryClosed, IndexOf(SwedenHolidayRules.EasterSaturday(year)));
            }

            for (var saturday = new LocalDate(year, 1, 1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Saturday));
                 saturday.Year == year;
                 saturday = saturday.PlusWeeks(1))
            {
                if (SwedenHolidayRules.IsSaturdayInDeadlineLaw(saturday))
                {
                    Set(StatutoryClosed, IndexOf(saturday));
                }
            }
        }
    }

    /// <summary>Returns the holidays of a year, checking the range.</summary>
    public static Holiday[] HolidaysIn(int year) => Holidays[YearIndex(year)];

    /// <summary>Returns year − 1900, throwing <see cref="ArgumentOutOfRangeException"/> outside 1900–2200.</summary>
    public static int YearIndex(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                string.Create(CultureInfo.InvariantCulture, $"Year {year} is outside the supported range {MinYear}–{MaxYear}."));
        }

        return year - MinYear;
    }

    /// <summary>Day index of an ISO date (0 = 1900-01-01); throws outside 1900-01-01–2200-12-31.</summary>
    public static int IndexOf(LocalDate date, string paramName = "date")
    {
        if (!ReferenceEquals(date.Calendar, CalendarSystem.Iso))
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }

        int year = date.Year;
        if ((uint)(year - MinYear) > MaxYear - MinYear)
        {
            throw OutOfRange(date, paramName);
        }

        int[] monthStarts = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0) ? MonthStartsLeap : MonthStartsCommon;
        return YearStarts[year - MinYear] + monthStarts[date.Month] + date.Day - 1;
    }

    /// <summary>Bits in a by-year/month/day set: 1024 a year (16 months × 64 days, most unused).</summary>
    public const int PackedBitCount = (MaxYear - MinYear + 1) << 10;

    /// <summary>
    /// Noda Time's packed date: its <see cref="LocalDate.GetHashCode"/> is
    /// ((year − 1) &lt;&lt; 17) | ((month − 1) &lt;&lt; 12) | ((day − 1) &lt;&lt; 6) | calendar, calendar 0 for ISO.
    /// </summary>
    public const int PackedYearBase = MinYear - 1;

    /// <summary>
    /// Whether <see cref="LocalDate.GetHashCode"/> has the packed layout above for every supported date (and not for other
    /// calendars), so <see cref="WorkingCalendar.IsWorkingDay"/> can skip decoding the date. Checked once; when a future
    /// Noda Time packs dates differently this is false and the decoding path is used.
    /// </summary>
    public static readonly bool HashIsPackedDate = CheckPackedHash();

    /// <summary>The <see cref="PackedBit"/> of an ISO date from its Noda Time hash, or -1 for another calendar or year.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int PackedBitOfHash(int packed)
    {
        int year = (packed >> 17) - PackedYearBase;
        return ((packed & 63) == 0) & ((uint)year <= MaxYear - MinYear) ? (year << 10) | ((packed >> 6) & 0x3FF) : -1;
    }

    /// <summary>Bit of a date in a by-year/month/day set: ((year − 1900) &lt;&lt; 10) | ((month − 1) &lt;&lt; 6) | (day − 1).</summary>
    public static int PackedBit(int year, int month, int day) => ((year - MinYear) << 10) | ((month - 1) << 6) | (day - 1);

    /// <summary>Re-lays a day-index bit set by year, month and day (<see cref="PackedBit"/>); impossible dates stay clear.</summary>
    public static ulong[] ByYearMonthDay(ulong[] byIndex)
    {
        var bits = new ulong[PackedBitCount / 64];
        LocalDate date = MinDate;
        for (int index = 0; index < DayCount; index++, date = date.PlusDays(1))
        {
            if (IsSet(byIndex, index))
            {
                Set(bits, PackedBit(date.Year, date.Month, date.Day));
            }
        }

        return bits;
    }

    private static bool CheckPackedHash()
    {
        for (LocalDate date = MinDate; date <= MaxDate; date = date.PlusDays(1))
        {
            if (PackedBitOfHash(date.GetHashCode()) != PackedBit(date.Year, date.Month, date.Day))
            {
                return false;
            }
        }

        return (new LocalDate(2026, 12, 11, CalendarSystem.Julian).GetHashCode() & 63) != 0
            && (new LocalDate(2026, 12, 24, CalendarSystem.Gregorian).GetHashCode() & 63) != 0;
    }

    public static bool IsSet(ulong[] bits, int index) => ((bits[index >> 6] >> (index & 63)) & 1UL) != 0;

    /// <summary>Counts the set bits in the half-open index range [from, to).</summary>
    public static int CountSet(ulong[] bits, int from, int to)
    {
        if (from >= to)
        {
            return 0;
        }

        int firstWord = from >> 6;
        int lastWord = (to - 1) >> 6;
        ulong firstMask = ulong.MaxValue << (from & 63);
        ulong lastMask = ulong.MaxValue >> (63 - ((to - 1) & 63));
        if (firstWord == lastWord)
        {
            return BitOperations.PopCount(bits[firstWord] & firstMask & lastMask);
        }

        int count = BitOperations.PopCount(bits[firstWord] & firstMask);
        for (int w = firstWord + 1; w < lastWord; w++)
        {
            count += BitOperations.PopCount(bits[w]);
        }

        return count + BitOperations.PopCount(bits[lastWord] & lastMask);
    }

    /// <summary>The index of the <paramref name="n"/>th set bit strictly after <paramref name="index"/>, or -1 when there is none in range.</summary>
    public static int NthSetAfter(ulong[] bits, int index, int n)
    {
        int start = index + 1;
        int w = start >> 6;
        if (w >= bits.Length)
        {
            return -1;
        }

        ulong word = bits[w] & (ulong.MaxValue << (start & 63));
        while (true)
        {
            int count = BitOperations.PopCount(word);
            if (count >= n)
            {
                for (int i = 1; i < n; i++)
                {
                    word &= word - 1;
                }

                return (w << 6) + BitOperations.TrailingZeroCount(word);
            }

            n -= count;
            if (++w == bits.Length)
            {
                return -1;
            }

            word = bits[w];
        }
    }

    /// <summary>The index of the <paramref name="n"/>th set bit strictly before <paramref name="index"/>, or -1 when there is none in range.</summary>
    public static int NthSetBefore(ulong[] bits, int index, int n)
    {
        int end = index - 1;
        if (end < 0)
        {
            return -1;
        }

        int w = end >> 6;
        ulong word = bits[w] & (ulong.MaxValue >> (63 - (end & 63)));
        while (true)
        {
            int count = BitOperations.PopCount(word);
            if (count >= n)
            {
                for (int i = 1; i < n; i++)
                {
                    word &= ~(1UL << (63 - BitOperations.LeadingZeroCount(word)));
                }

                return (w << 6) + 63 - BitOperations.LeadingZeroCount(word);
            }

            n -= count;
            if (--w < 0)
            {
                return -1;
            }

            word = bits[w];
        }
    }

    public static ArgumentOutOfRangeException OutOfRange(LocalDate date, string paramName) =>
        new(paramName, date, "The date is outside the supported range 1900-01-01–2200-12-31 (Swedish holidays are known for 1900–2200).");

    public static ArgumentOutOfRangeException ResultOutOfRange(string paramName) =>
        new(paramName, "The result would fall outside the supported range 1900-01-01–2200-12-31 (Swedish holidays are known for 1900–2200).");

    private static void Set(ulong[] bits, int index) => bits[index >> 6] |= 1UL << (index & 63);

    private static void Clear(ulong[] bits, int index) => bits[index >> 6] &= ~(1UL << (index & 63));

    private static int[] BuildYearStarts()
    {
        var starts = new int[MaxYear - MinYear + 2];
        for (int year = MinYear; year <= MaxYear; year++)
        {
            starts[year - MinYear + 1] = starts[year - MinYear] + (CalendarSystem.Iso.GetDaysInYear(year));
        }

        return starts;
    }

    private static Holiday[][] BuildHolidays()
    {
        var all = new Holiday[MaxYear - MinYear + 1][];
        for (int year = MinYear; year <= MaxYear; year++)
        {
            all[year - MinYear] = SwedenHolidayRules.Compute(year);
        }

        return all;
    }
}
