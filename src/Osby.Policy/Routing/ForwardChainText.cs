using NodaTime;
using Osby.Policy.Calendar;
using Osby.Policy.Text;

namespace Osby.Policy.Routing;

/// <summary>The short Swedish forms used in forward-chain messages: "27 nov kl. 14.05" and "A → B → C".</summary>
/// <remarks>Names are spelled out rather than taken from the sv-SE culture, which a host with invariant globalization lacks.</remarks>
internal static class ForwardChainText
{
    /// <summary>Returns the instant in Stockholm as "27 nov kl. 14.05".</summary>
    public static string When(Instant instant) =>
        SwedishDateText.ShortDateAndTime(instant.InZone(BusinessClock.Stockholm.Zone).LocalDateTime);

    /// <summary>Returns "A → B → C".</summary>
    public static string Path(IEnumerable<string> parties) => string.Join(" → ", parties);

    /// <summary>Returns "A, B och C".</summary>
    public static string List(IReadOnlyList<string> parties) => parties.Count switch
    {
        0 => string.Empty,
        1 => parties[0],
        _ => $"{string.Join(", ", parties.Take(parties.Count - 1))} och {parties[^1]}",
    };
}
