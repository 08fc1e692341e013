using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Osby.TeamsBot.Storage;

/// <summary>Stores an <see cref="Instant"/> as a plain 64-bit number: ticks (100 ns) since the Unix epoch, UTC.</summary>
/// <remarks>
/// The one place the model says how times are stored. A number sorts and compares the same in every database and needs no
/// provider-specific date type, so moving from SQLite to PostgreSQL changes no column.
/// </remarks>
internal sealed class InstantConverter : ValueConverter<Instant, long>
{
    /// <summary>Initializes a new instance of the <see cref="InstantConverter"/> class.</summary>
    public InstantConverter()
        : base(instant => instant.ToUnixTimeTicks(), ticks => Instant.FromUnixTimeTicks(ticks))
    {
    }
}
