using Osby.Policy.Calendar;

namespace Osby.Policy.Tests.Calendar;

/// <summary>Working time from configuration (CAL-1 closed days, CAL-4 office hours).</summary>
public sealed class WorkingTimeSettingsTests
{
    private static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    [Fact]
    public void CreateClock_Empty_GivesTheDefaultStockholmClock()
    {
        BusinessClock clock = new WorkingTimeSettings().CreateClock();

        clock.Calendar.ClosedDays.Should().BeEmpty();
        clock.OfficeHours.OpensOn(IsoDayOfWeek.Monday).Should().Be(new LocalTime(8, 0));
        clock.OfficeHours.ClosesOn(IsoDayOfWeek.Friday).Should().Be(new LocalTime(16, 30));
        clock.OfficeHours.OpensOn(IsoDayOfWeek.Saturday).Should().BeNull();
        clock.Zone.Id.Should().Be("Europe/Stockholm");
    }

    [Fact]
    public void CreateClock_WithClosedDaysAndHours_AppliesThem()
    {
        var settings = new WorkingTimeSettings { ClosingBeforePublicHoliday = "13:00" };
        settings.ClosedDays.Add("2026-05-15");
        settings.OfficeHours["Fredag"] = "08:00-15:00";
        settings.OfficeHours["Monday"] = "09:00 - 16:00";
        settings.ShortenedDays["2026-12-23"] = "12:00";

        BusinessClock clock = settings.CreateClock();

        clock.Calendar.IsWorkingDay(new LocalDate(2026, 5, 15)).Should().BeFalse();
        clock.Calendar.ClosedDays.Should().Equal(new LocalDate(2026, 5, 15));
        clock.OfficeHours.ClosesOn(IsoDayOfWeek.Friday).Should().Be(new LocalTime(15, 0));
        clock.OfficeHours.OpensOn(IsoDayOfWeek.Monday).Should().Be(new LocalTime(9, 0));
        clock.OfficeHours.ClosingBeforePublicHoliday.Should().Be(new LocalTime(13, 0));
        clock.ClosingOf(new LocalDate(2026, 12, 23)).Should().Be(Stockholm.AtStrictly(new LocalDateTime(2026, 12, 23, 12, 0)).ToInstant());
    }

    [Fact]
    public void CreateClock_BrokenSettings_ListsEveryProblemWithItsPath()
    {
        var settings = new WorkingTimeSettings { ClosingBeforePublicHoliday = "1 pm" };
        settings.ClosedDays.Add("2026-05-15");
        settings.ClosedDays.Add("15/5");
        settings.ClosedDays.Add("1899-12-31");
        settings.OfficeHours["Fridag"] = "08:00-15:00";
        settings.OfficeHours["Tisdag"] = "16:00-08:00";
        settings.OfficeHours["Onsdag"] = "hela dagen";
        settings.ShortenedDays["2026-02-30"] = "12:00";

        var thrown = FluentActions.Invoking(settings.CreateClock).Should().Throw<PolicySettingsException>().Which;

        thrown.Problems.Should().HaveCount(7);
        thrown.Problems.Should().Contain(p => p.StartsWith("ClosedDays:1:", StringComparison.Ordinal) && p.Contains("ÅÅÅÅ-MM-DD", StringComparison.Ordinal));
        thrown.Problems.Should().Contain(p => p.StartsWith("ClosedDays:2:", StringComparison.Ordinal) && p.Contains("1900-01-01–2200-12-31", StringComparison.Ordinal));
        thrown.Problems.Should().Contain(p => p.StartsWith("OfficeHours:Fridag:", StringComparison.Ordinal) && p.Contains("ingen veckodag", StringComparison.Ordinal));
        thrown.Problems.Should().Contain(p => p.StartsWith("OfficeHours:Tisdag:", StringComparison.Ordinal) && p.Contains("efter öppningstiden", StringComparison.Ordinal));
        thrown.Problems.Should().Contain(p => p.StartsWith("OfficeHours:Onsdag:", StringComparison.Ordinal));
        thrown.Problems.Should().Contain(p => p.StartsWith("ClosingBeforePublicHoliday:", StringComparison.Ordinal) && p.Contains("TT:MM", StringComparison.Ordinal));
        thrown.Message.Should().Contain("ClosedDays:1");
    }

    [Fact]
    public void CreateClock_ShortenedDayWithBadDate_IsReported()
    {
        var settings = new WorkingTimeSettings();
        settings.ShortenedDays["2026-02-30"] = "12:00";

        FluentActions.Invoking(settings.CreateClock).Should().Throw<PolicySettingsException>()
            .Which.Problems.Should().ContainSingle().Which.Should().StartWith("ShortenedDays:2026-02-30:");
    }

    [Fact]
    public void CreateClock_AllWeekdaysClosed_IsReportedNotThrownRaw()
    {
        var settings = new WorkingTimeSettings();
        foreach (string day in new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" })
        {
            settings.OfficeHours[day] = "stängt";
        }

        FluentActions.Invoking(settings.CreateClock).Should().Throw<PolicySettingsException>()
            .Which.Problems.Should().ContainSingle().Which.Should().Contain("minst en veckodag");
    }
}
