namespace Osby.TeamsBot.Understanding;

/// <summary>Whether a phrase reader found what it looked for.</summary>
internal enum UnderstoodStatus
{
    /// <summary>Nothing in the text says it.</summary>
    Missing = 0,

    /// <summary>Found, with one reading.</summary>
    Found = 1,

    /// <summary>Something says it, but it has several readings (or none valid); the bot must ask.</summary>
    Ambiguous = 2,
}

/// <summary>The result of reading one thing (a date, a time, a channel) from a message; never an exception (STYLE §6).</summary>
/// <typeparam name="T">What was read.</typeparam>
/// <param name="Status">Found, missing or ambiguous.</param>
/// <param name="Value">The value when <see cref="UnderstoodStatus.Found"/>; otherwise <c>default</c>.</param>
/// <param name="Note">For an ambiguous phrase, a Swedish sentence saying why and how to write it instead.</param>
/// <remarks><c>default</c> is a missing value.</remarks>
internal readonly record struct Understood<T>(UnderstoodStatus Status, T Value, string? Note)
    where T : struct
{
    /// <summary>Gets whether a value was found.</summary>
    public bool IsFound => Status == UnderstoodStatus.Found;

    /// <summary>Gets the value when found, else null.</summary>
    public T? ValueOrNull => IsFound ? Value : null;

    /// <summary>A found value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static Understood<T> Found(T value) => new(UnderstoodStatus.Found, value, null);

    /// <summary>Nothing found.</summary>
    /// <returns>The result.</returns>
    public static Understood<T> Missing() => default;

    /// <summary>A phrase that cannot be read with certainty.</summary>
    /// <param name="note">Why, in Swedish, and how to write it instead.</param>
    /// <returns>The result.</returns>
    public static Understood<T> Ambiguous(string note) => new(UnderstoodStatus.Ambiguous, default, note);
}
