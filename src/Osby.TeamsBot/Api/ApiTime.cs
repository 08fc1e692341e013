using NodaTime;
using NodaTime.Text;

namespace Osby.TeamsBot.Api;

/// <summary>How the item API writes and reads times: ISO 8601 strings that always carry an offset.</summary>
/// <remarks>
/// <para>The one way the API turns times into text and back (DTO time fields are strings). Times are written in
/// Europe/Stockholm with that instant's offset, e.g. "2026-11-27T15:40:00+01:00" or "2026-06-01T09:00:00+02:00", with
/// fractions of a second only when there are any (RFC 3339).</para>
/// <para>Times are read with any offset, "Z" included, and turned into instants (CAL-5: stored times are instants). A
/// time without an offset is refused: "15:40" means a different instant in winter and summer and on a server in another
/// zone, and DL-9 deadlines run from the exact first arrival. NodaTime.Serialization's converters are not used because
/// their parse failures are not <see cref="System.Text.Json.JsonException"/>s and would lose the field's name.</para>
/// </remarks>
internal static class ApiTime
{
    private static readonly OffsetDateTimePattern Rfc3339 = OffsetDateTimePattern.Rfc3339;

    // Also reads offsets written without minutes ("+01"), which RFC 3339 does not allow.
    private static readonly OffsetDateTimePattern ExtendedIso = OffsetDateTimePattern.ExtendedIso;

    /// <summary>Writes an instant in a zone, with its offset there.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="zone">The zone (Europe/Stockholm: <c>ServicePolicy.Clock.Zone</c>).</param>
    /// <returns>The ISO 8601 text.</returns>
    public static string Write(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Rfc3339.Format(instant.InZone(zone).ToOffsetDateTime());
    }

    /// <summary>Writes an optional instant in a zone.</summary>
    /// <param name="instant">The instant, or null.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The ISO 8601 text, or null.</returns>
    public static string? Write(Instant? instant, DateTimeZone zone) => instant is { } value ? Write(value, zone) : null;

    /// <summary>Reads an ISO 8601 time with an offset.</summary>
    /// <param name="text">The text.</param>
    /// <param name="instant">The instant, when the text is a time with an offset.</param>
    /// <returns>True when it could be read.</returns>
    public static bool TryRead(string text, out Instant instant)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        ParseResult<OffsetDateTime> result = Rfc3339.Parse(trimmed);
        if (!result.Success)
        {
            result = ExtendedIso.Parse(trimmed);
        }

        instant = result.Success ? result.Value.ToInstant() : default;
        return result.Success;
    }
}
