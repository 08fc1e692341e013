using NodaTime.Text;

namespace Osby.TeamsBot.Tests.Understanding;

/// <summary>Fixed Stockholm times for tests, written "2026-11-28 10:00".</summary>
internal static class Stockholm
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm");

    /// <summary>A Stockholm wall-clock time as a zoned "now".</summary>
    public static ZonedDateTime At(string local) => Pattern.Parse(local).Value.InZoneLeniently(Zone);

    /// <summary>A local date-time as "yyyy-MM-dd HH:mm".</summary>
    public static string Format(LocalDateTime value) => Pattern.Format(value);

    /// <summary>A local date "yyyy-MM-dd".</summary>
    public static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;
}
