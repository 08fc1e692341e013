using NodaTime;

namespace Osby.Policy.Calendar;

/// <summary>
/// The one rule source for Swedish holidays and eves, 1900–2200, as the law stood each year (rules CAL-1, CAL-2, CAL-3).
/// </summary>
/// <remarks>
/// Sources: lag (1989:253) om allmänna helgdagar and its predecessors (1772 års helgdagsförordning, SFS 1938:107,
/// SFS 1952:48, SFS 2004:1320); lag (1930:173) om beräkning av lagstadgad tid for the eves. See
/// <c>shared/domain/calendar-law.md</c>. Choices where the sources are open:
/// <list type="bullet">
/// <item>Jungfru Marie bebådelsedag (1900–1952) falling from Palm Sunday through Easter Sunday is moved to the Sunday
/// before Palm Sunday (almanac practice; gives no weekday holiday in 1902, 1907, 1918, 1929, 1937 and 1948). In 1913 it
/// fell on the Tuesday after Easter; that case is unresolved in the sources and it is kept on 25 March.</item>
/// <item>Alla helgons dag before 1953 is listed on the first Sunday of November, where it was kept.</item>
/// <item>Lag (1930:173) named påskafton, midsommarafton and julafton from 1935 ("about 1935" in the sources), Saturdays
/// in June–September from 1961, every Saturday from 1965 and nyårsafton from December 1974.</item>
/// </list>
/// </remarks>
internal static class SwedenHolidayRules
{
    private const string Law1989 = "Lag (1989:253) om allmänna helgdagar";
    private const string Law1952 = "SFS 1952:48 (lag om allmänna helgdagar)";
    private const string Ordinance1772 = "1772 års helgdagsförordning";
    private const string Law1938 = "SFS 1938:107";
    private const string NationalDayLaw = "Lag (1989:253) om allmänna helgdagar, ändrad genom SFS 2004:1320";
    private const string DeadlineLaw = "Lag (1930:173) om beräkning av lagstadgad tid, 2 §";
    private const string Custom = "Sedvänja: ledig dag, ännu inte nämnd i lag (1930:173)";

    /// <summary>The first year lag (1930:173) named midsommarafton, julafton and påskafton.</summary>
    internal const int EvesInDeadlineLawFrom = 1935;

    /// <summary>The year (December) lag (1930:173) named nyårsafton.</summary>
    internal const int NewYearsEveInDeadlineLawFrom = 1974;

    public static Holiday[] Compute(int year)
    {
        LocalDate easter = Easter.SundayIn(year);
        string source = year >= 1990 ? Law1989 : year >= 1953 ? Law1952 : Ordinance1772;
        var list = new List<Holiday>(18)
        {
            Public(new LocalDate(year, 1, 1), "Nyårsdagen", "New Year's Day", source),
            Public(new LocalDate(year, 1, 6), "Trettondedag jul", "Epiphany", source),
        };

        if (year <= 1952)
        {
            list.Add(Public(AnnunciationBefore1953(year, easter), "Jungfru Marie bebådelsedag", "Annunciation Day", Ordinance1772));
        }

        list.Add(Public(easter.PlusDays(-2), "Långfredagen", "Good Friday", source));
        list.Add(Public(easter, "Påskdagen", "Easter Sunday", source));
        list.Add(Public(easter.PlusDays(1), "Annandag påsk", "Easter Monday", source));
        if (year >= 1939)
        {
            list.Add(Public(new LocalDate(year, 5, 1), "Första maj", "May Day", year >= 1953 ? source : Law1938));
        }

        list.Add(Public(easter.PlusDays(39), "Kristi himmelsfärdsdag", "Ascension Day", source));
        list.Add(Public(easter.PlusDays(49), "Pingstdagen", "Whit Sunday", source));
        if (year <= 2004)
        {
            list.Add(Public(easter.PlusDays(50), "Annandag pingst", "Whit Monday", source));
        }
        else
        {
            list.Add(Public(new LocalDate(year, 6, 6), "Sveriges nationaldag", "National Day of Sweden", NationalDayLaw));
        }

        LocalDate midsummerDay = MidsummerDay(year);
        list.Add(Eve(midsummerDay.PlusDays(-1), "Midsommarafton", "Midsummer Eve", year >= EvesInDeadlineLawFrom));
        list.Add(Public(midsummerDay, "Midsommardagen", "Midsummer Day", year >= 1953 ? source : Ordinance1772));
        list.Add(Public(AllSaintsDay(year), "Alla helgons dag", "All Saints' Day", year >= 1953 ? source : Ordinance1772));
        list.Add(Eve(new LocalDate(year, 12, 24), "Julafton", "Christmas Eve", year >= EvesInDeadlineLawFrom));
        list.Add(Public(new LocalDate(year, 12, 25), "Juldagen", "Christmas Day", source));
        list.Add(Public(new LocalDate(year, 12, 26), "Annandag jul", "Boxing Day", source));
        list.Add(Eve(new LocalDate(year, 12, 31), "Nyårsafton", "New Year's Eve", year >= NewYearsEveInDeadlineLawFrom));

        // A stable sort keeps coinciding days (Första maj and Kristi himmelsfärdsdag in 2008) in the order above.
        return [.. list.OrderBy(h => h.Date)];
    }

    /// <summary>Påskafton, which lag (1930:173) named from 1935 (redundant once every Saturday was named in 1965).</summary>
    public static LocalDate EasterSaturday(int year) => Easter.SundayIn(year).PlusDays(-1);

    /// <summary>Whether lag (1930:173) 2 §, as it stood that year, moved a deadline off this Saturday.</summary>
    public static bool IsSaturdayInDeadlineLaw(LocalDate saturday) =>
        saturday.Year >= 1965 || (saturday.Year >= 1961 && saturday.Month is >= 6 and <= 9);

    private static LocalDate MidsummerDay(int year) =>
        year <= 1952 ? new LocalDate(year, 6, 24) : SaturdayFrom(new LocalDate(year, 6, 20));

    private static LocalDate AllSaintsDay(int year) =>
        year <= 1952 ? SundayFrom(new LocalDate(year, 11, 1)) : SaturdayFrom(new LocalDate(year, 10, 31));

    private static LocalDate AnnunciationBefore1953(int year, LocalDate easter)
    {
        var annunciation = new LocalDate(year, 3, 25);
        LocalDate palmSunday = easter.PlusDays(-7);
        return annunciation >= palmSunday && annunciation <= easter ? palmSunday.PlusDays(-7) : annunciation;
    }

    private static LocalDate SaturdayFrom(LocalDate first) => first.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Saturday));

    private static LocalDate SundayFrom(LocalDate first) => first.With(DateAdjusters.NextOrSame(IsoDayOfWeek.Sunday));

    private static Holiday Public(LocalDate date, string swedish, string english, string source) =>
        new(date, HolidayKind.PublicHoliday, swedish, english, source);

    private static Holiday Eve(LocalDate date, string swedish, string english, bool inDeadlineLaw) =>
        new(date, inDeadlineLaw ? HolidayKind.StatutoryEve : HolidayKind.CustomaryEve, swedish, english, inDeadlineLaw ? DeadlineLaw : Custom);
}
