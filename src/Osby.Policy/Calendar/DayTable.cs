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
    public static Holiday[] HolidaysIn(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                string.Create(CultureInfo.InvariantCulture, $"Year {year} is outside the supported range {MinYear}–{MaxYear}."));
        }

        return Holidays[year - MinYear];
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

    /// <summary>
    /// Re-lays a day-index bit set by year, month and day: bit ((year − 1900) &lt;&lt; 9) | (month &lt;&lt; 5) | day, so a
    /// lookup needs no day-of-year arithmetic. Impossible dates (30 February) stay clear.
    /// </summary>
    public static ulong[] ByYearMonthDay(ulong[] byIndex)
    {
        var bits = new ulong[((MaxYear - MinYear + 1) << 9) / 64];
        for (int year = MinYear; year <= MaxYear; year++)
        {
            int[] monthStarts = CalendarSystem.Iso.IsLeapYear(year) ? MonthStartsLeap : MonthStartsCommon;
            for (int month = 1; month <= 12; month++)
            {
                int daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
                for (int day = 1; day <= daysInMonth; day++)
                {
                    if (IsSet(byIndex, YearStarts[year - MinYear] + monthStarts[month] + day - 1))
                    {
                        Set(bits, ((year - MinYear) << 9) | (month << 5) | day);
                    }
                }
            }
        }

        return bits;
    }

    /// <summary>The date of a day index; the index must be in range.</summary>
    public static LocalDate DateOf(int index) => MinDate.PlusDays(index);

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
