namespace Osby.Policy.Tests.Calendar;

/// <summary>
/// A test oracle for Easter Sunday, written independently of the library.
/// </summary>
/// <remarks>
/// <para>
/// This is the Lilius/Clavius epact computus of the Gregorian calendar reform (1582), in the
/// step-by-step form of Knuth, <i>The Art of Computer Programming</i>, vol. 1, §1.3.2, exercise 14
/// (steps E1–E8). It deliberately differs from the Meeus/Jones/Butcher "anonymous Gregorian"
/// algorithm that the library uses, so that a transcription slip in either shows up as a mismatch.
/// </para>
/// <para>
/// Lag (1989:253) om allmänna helgdagar defines Easter Sunday by the ecclesiastical computus
/// (calendar-law.md §1); Sweden has used the Gregorian computus since 1845. Valid for every
/// Gregorian year from 1583.
/// </para>
/// </remarks>
internal static class IndependentEaster
{
    /// <summary>Returns the date of Easter Sunday (Påskdagen) in a Gregorian year.</summary>
    /// <param name="year">The year, 1583 or later.</param>
    /// <returns>Easter Sunday of that year, between 22 March and 25 April.</returns>
    public static LocalDate Sunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);

        // E1. Golden number: the year's place in the 19-year Metonic cycle.
        int golden = (year % 19) + 1;

        // E2. Century.
        int century = (year / 100) + 1;

        // E3. Corrections: the number of years like 1900 in which the leap day was dropped
        // (solar equation), and the synchronisation with the moon's orbit (lunar equation).
        int droppedLeapDays = (3 * century / 4) - 12;
        int moonCorrection = ((8 * century) + 5) / 25 - 5;

        // E4. Find a Sunday: March ((-sundayKey) mod 7) is a Sunday.
        int sundayKey = (5 * year / 4) - droppedLeapDays - 10;

        // E5. Epact: the age of the moon on 1 January. The two exceptional epacts keep the
        // full moon from falling on 19 April too often (Clavius's correction).
        int epact = ((11 * golden) + 20 + moonCorrection - droppedLeapDays) % 30;
        if ((epact == 25 && golden > 11) || epact == 24)
        {
            epact++;
        }

        // E6. Paschal full moon: "March fullMoon" (a day number above 31 means April).
        int fullMoon = 44 - epact;
        if (fullMoon < 21)
        {
            fullMoon += 30;
        }

        // E7. Advance to the Sunday strictly after the full moon.
        int sunday = fullMoon + 7 - ((sundayKey + fullMoon) % 7);

        // E8. Convert "March N" to a date.
        return sunday > 31
            ? new LocalDate(year, 4, sunday - 31)
            : new LocalDate(year, 3, sunday);
    }
}
