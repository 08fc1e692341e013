// Consumer check: another municipal app references the Osby.Policy package and computes deadlines with it.
using NodaTime;
using Osby.Policy.Calendar;
using Osby.Policy.Guidance;

DateTimeZone stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
BusinessClock clock = BusinessClock.Stockholm;

// DL-1: an e-mail that arrives Friday 27 November 2026 at 15:00 is due after one working day of office time.
Instant arrived = stockholm.AtStrictly(new LocalDateTime(2026, 11, 27, 15, 0)).ToInstant();
LocalDateTime due = clock.AddWorkingTime(arrived, Duration.FromMinutes(510)).InZone(stockholm).LocalDateTime;

// CAL-3: a statutory period ending on julafton 2025 may be completed on Monday 29 December.
LocalDate statutory = WorkingCalendar.Sweden.StatutoryDeadline(new LocalDate(2025, 12, 24));

Console.WriteLine($"Osby.Policy {typeof(BusinessClock).Assembly.GetName().Version} on .NET {Environment.Version}");
Console.WriteLine($"Arrived 2026-11-27 15:00, answer due {due:yyyy-MM-dd HH:mm}");
Console.WriteLine($"Statutory deadline 2025-12-24 moves to {statutory:yyyy-MM-dd}");
Console.WriteLine($"Holidays 2026: {string.Join(", ", SwedishHolidays.InYear(2026).Select(h => h.SwedishName))}");

// Guidance: the embedded knowledge base and its Lucene.NET search load from the package.
GuidelineHit best = Guideline.Default.Search("vem har hand om funktionsbrevlådan när registratorn är sjuk", 3)[0];
Console.WriteLine($"Guidance: {best.RuleId} {best.Title} — {best.Citation}");

bool ok = due == new LocalDateTime(2026, 11, 30, 15, 0) && statutory == new LocalDate(2025, 12, 29) && best.RuleId == "RT-11";
Console.WriteLine(ok ? "Consumer check passed." : "Consumer check FAILED.");
return ok ? 0 : 1;
