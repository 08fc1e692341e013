using NodaTime.Text;

namespace Osby.Policy.Tests;

/// <summary>Stockholm wall-clock times written as "2026-11-30 14:00", for readable test tables.</summary>
internal static class StockholmTime
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm");

    /// <summary>A Stockholm wall-clock time as an instant (it must exist and be unambiguous).</summary>
    public static Instant At(string local) => Zone.AtStrictly(Pattern.Parse(local).Value).ToInstant();

    /// <summary>An instant as Stockholm wall-clock time to the minute, or "none".</summary>
    public static string Local(Instant? instant) => instant is { } i ? Pattern.Format(i.InZone(Zone).LocalDateTime) : "none";
}
