using NodaTime;

namespace Osby.TeamsBot.Reminders;

/// <summary>Settings of reminders and digests, bound from <c>Osby:Reminders</c>.</summary>
internal sealed class ReminderOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Osby:Reminders";

    /// <summary>Gets or sets the local time of the managers' daily digest on working days (default 08:00).</summary>
    public LocalTime DigestTime { get; set; } = new(8, 0);

    /// <summary>Gets or sets a value indicating whether escalations to managers also wait for office hours (default true).</summary>
    public bool QuietHoursIncludeEscalations { get; set; } = true;

    /// <summary>Gets or sets how long "Påminn om 1 timme" waits (never past the deadline).</summary>
    public Duration SnoozeFor { get; set; } = Duration.FromHours(1);

    /// <summary>Gets or sets how often the scheduler looks for due messages.</summary>
    public Duration SweepInterval { get; set; } = Duration.FromMinutes(1);

    /// <summary>Gets or sets how many due messages one sweep handles at most.</summary>
    public int MaxPerSweep { get; set; } = 1000;

    /// <summary>Gets or sets how long an outbox entry may stay "sending" before a sweep claims it again (default 5 minutes):
    /// longer than the longest send, retries included. See <see cref="Outbox"/>.</summary>
    public Duration ClaimLease { get; set; } = Outbox.DefaultLease;

    /// <summary>Gets or sets the guideline owner's address for the yearly follow-up (DL-7); none when empty.</summary>
    public string? GuidelineOwner { get; set; }

    /// <summary>Gets or sets the guideline's decision date; the follow-up is due every year on this day (DL-7).</summary>
    public LocalDate GuidelineDecided { get; set; } = new(2024, 6, 3);
}
