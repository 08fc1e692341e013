using NodaTime;

namespace Osby.Policy.Calendar;

/// <summary>Easter Sunday by the Gregorian computus, used in Sweden since 1845 (rule CAL-2).</summary>
/// <remarks>
/// The anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid for every year from 1583. The 1989 law's wording
/// ("the Sunday after the full moon on or after 21 March") taken literally gives wrong dates, so the computus is used.
/// </remarks>
internal static class Easter
{
    public static LocalDate SundayIn(int year)
    {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }
}
