using NodaTime;
using NodaTime.Testing;

namespace AidTracker.Testing;

/// <summary>
/// Fake clocks for code that takes a NodaTime <see cref="IClock"/> (AidTracker never reads the wall clock): ledger
/// validation ("value date in the future") and anything else that asks for "now" gives the same answer on every run.
/// </summary>
/// <remarks>
/// <para>The default instant is <b>2025-03-05T12:00:00Z</b>, noon UTC on the day of the speech in AidTracker's worked
/// example (after every one of its dates: the exchange of notes of 2025-02-27, the loan of 2022). A record dated after
/// that day is "in the future" for a ledger validated with the default clock: pass a clock of your own
/// (<see cref="On(LocalDate)"/>) when your test data is newer.</para>
/// <para>Each call returns a new <see cref="FakeClock"/>, so a test can advance its clock without affecting others.</para>
/// </remarks>
/// <example>
/// <code>
/// Ledger ledger = new LedgerBuilder().Add(package).Build(TestClock.Create());
/// FakeClock clock = TestClock.On(new LocalDate(2026, 1, 31));
/// </code>
/// </example>
public static class TestClock
{
    /// <summary>Gets the instant a default test clock shows: 2025-03-05T12:00:00Z.</summary>
    public static Instant DefaultInstant { get; } = Instant.FromUtc(2025, 3, 5, 12, 0);

    /// <summary>Returns a new fake clock at <see cref="DefaultInstant"/>; it moves only when the test advances it.</summary>
    /// <returns>The clock.</returns>
    public static FakeClock Create() => new(DefaultInstant);

    /// <summary>Returns a new fake clock at <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant it shows.</param>
    /// <returns>The clock.</returns>
    public static FakeClock At(Instant instant) => new(instant);

    /// <summary>Returns a new fake clock at noon UTC on <paramref name="date"/>: "today" is that date everywhere from UTC-11 to UTC+11.</summary>
    /// <param name="date">The date it shows.</param>
    /// <returns>The clock.</returns>
    public static FakeClock On(LocalDate date) => new(date.At(new LocalTime(12, 0)).InUtc().ToInstant());
}
