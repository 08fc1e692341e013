using System.Reflection;
using Osby.Policy.Calendar;

namespace Osby.Policy.Tests;

/// <summary>Rules for the package's public surface (STYLE.md §3 and §5).</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Library = typeof(WorkingCalendar).Assembly;

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var offenders = Library.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName);
        offenders.Should().BeEmpty("public classes of the package are sealed or static");
    }

    [Fact]
    public void HolidayRuleSource_IsInternal()
    {
        Library.GetType("Osby.Policy.Calendar.SwedenHolidayRules", throwOnError: true)!.IsPublic.Should().BeFalse();
        Library.GetType("Osby.Policy.Calendar.Easter", throwOnError: true)!.IsPublic.Should().BeFalse();
    }

    [Fact]
    public void TextPipelineAndSearchIndex_AreInternal()
    {
        // Lucene.NET stays an implementation detail: no public member of the package exposes its types.
        foreach (string name in new[] { "Osby.Policy.Text.SwedishTextAnalysis", "Osby.Policy.Guidance.GuidelineIndex", "Osby.Policy.Guidance.GuidelineCatalog" })
        {
            Library.GetType(name, throwOnError: true)!.IsPublic.Should().BeFalse(name);
        }

        var luceneInPublicApi = Library.GetExportedTypes()
            .SelectMany(t => t.GetMembers(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static))
            .Where(m => m is System.Reflection.PropertyInfo p && p.PropertyType.Namespace?.StartsWith("Lucene", StringComparison.Ordinal) == true
                || m is System.Reflection.MethodInfo mi && (mi.ReturnType.Namespace?.StartsWith("Lucene", StringComparison.Ordinal) == true
                    || mi.GetParameters().Any(p => p.ParameterType.Namespace?.StartsWith("Lucene", StringComparison.Ordinal) == true)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");
        luceneInPublicApi.Should().BeEmpty();
    }

    [Fact]
    public void Library_DoesNotReferenceAspNetOrTheBotSdk()
    {
        var references = Library.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        references.Should().NotContain(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            || n.StartsWith("Microsoft.Bot", StringComparison.Ordinal));
    }

    [Fact]
    public void PublicTypes_LiveInThePackageNamespaces()
    {
        Library.GetExportedTypes().Should().OnlyContain(t => t.Namespace == "Osby.Policy" || t.Namespace!.StartsWith("Osby.Policy.", StringComparison.Ordinal));
    }

    [Fact]
    public void DayTable_CoversExactlyTheSupportedRange()
    {
        Period.Between(new LocalDate(1900, 1, 1), new LocalDate(2201, 1, 1), PeriodUnits.Days).Days.Should().Be(DayTable.DayCount);
        DayTable.IndexOf(new LocalDate(2200, 12, 31)).Should().Be(DayTable.DayCount - 1);
        DayTable.IndexOf(new LocalDate(1900, 1, 1)).Should().Be(0);
    }

    [Fact]
    public void Dates_InOtherCalendarSystems_AreConvertedNotMisread()
    {
        // 11 December 2026 in the Julian calendar is 24 December 2026 in the Gregorian: julafton.
        var julian = new LocalDate(2026, 12, 11, CalendarSystem.Julian);
        WorkingCalendar.Sweden.IsWorkingDay(julian).Should().BeFalse();
        SwedishHolidays.On(julian).Should().ContainSingle().Which.SwedishName.Should().Be("Julafton");
    }

    [Fact]
    public void IsWorkingDay_FastLookup_AgreesWithTheDayIndexForEveryDate()
    {
        DayTable.HashIsPackedDate.Should().BeTrue("Noda Time 3.3 packs ISO dates in its hash; the fast path must be the one in use");
        WorkingCalendar municipal = WorkingCalendar.Sweden.WithClosedDays([new LocalDate(2026, 5, 15), new LocalDate(1900, 1, 2)]);
        foreach (WorkingCalendar calendar in new[] { WorkingCalendar.Sweden, municipal })
        {
            int disagreements = 0;
            for (LocalDate d = WorkingCalendar.MinDate; d <= WorkingCalendar.MaxDate; d = d.PlusDays(1))
            {
                disagreements += calendar.IsWorkingDay(d) == calendar.IsWorkingDayChecked(d) ? 0 : 1;
            }

            disagreements.Should().Be(0);
        }
    }
}
