using NodaTime;
using NodaTime.Testing;

namespace AidTracker.Testing;

/// <summary>
/// Fake clocks for code that takes a NodaTime <see cref="IClock"/> (AidTracker never reads the wall clock): ledger
/// validation ("value date in the future") and anything else that asks for "now" gives the same answer on every run.
/// </summary>
/// <remarks>
/// <para>Say which day it is: <see cref="At(int, int, int)"/> (<c>TestClock.At(2025, 3, 5)</c>) for a fixed day, or
/// <see cref="Today"/> for the real date of the test run (a test of "no future value dates" on current data).
/// <see cref="Create"/> is <b>fixed at 2025-03-05</b> (noon UTC, the day of the speech in AidTracker's worked example,
/// after every one of its dates): validation takes "today" as the date in UTC+14 (2025-03-06 then), so a record dated
/// after that is "in the future" for a ledger validated with it, and the validation error then says that the test clock
/// was used.</para>
/// <para>Each call returns a new <see cref="FakeClock"/>, so a test can advance its clock without affecting
/// others.</para>
/// </remarks>
/// <example>
/// <code>
/// Ledger ledger = new LedgerBuilder().Add(package).Build(TestClock.At(2025, 3, 5));
/// Ledger current = new LedgerBuilder().Add(newerPackage).Build(TestClock.Today());
/// </code>
/// </example>
public static class TestClock
{
    /// <summary>Gets the instant a default test clock shows: 2025-03-05T12:00:00Z.</summary>
    public static Instant DefaultInstant { get; } = Instant.FromUtc(2025, 3, 5, 12, 0);

    /// <summary>Returns a new fake clock fixed at <see cref="DefaultInstant"/> (2025-03-05, noon UTC); it moves only
    /// when the test advances it. Prefer <see cref="At(int, int, int)"/>, which says the date.</summary>
    /// <returns>The clock.</returns>
    public static FakeClock Create() => new(DefaultInstant);

    /// <summary>Returns a new fake clock at <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant it shows.</param>
    /// <returns>The clock.</returns>
    public static FakeClock At(Instant instant) => new(instant);

    /// <summary>Returns a new fake clock at noon UTC on <paramref name="date"/>: "today" is that date everywhere from
    /// UTC-11 to UTC+11.</summary>
    /// <param name="date">The date it shows.</param>
    /// <returns>The clock.</returns>
    public static FakeClock On(LocalDate date) => new(date.At(new LocalTime(12, 0)).InUtc().ToInstant());

    /// <summary>Returns a new fake clock at noon UTC on the given day: <c>TestClock.At(2025, 3, 5)</c>.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <returns>The clock.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date does not exist (e.g. 2025-02-30).</exception>
    public static FakeClock At(int year, int month, int day) => On(new LocalDate(year, month, day));

    /// <summary>
    /// Returns a new fake clock at noon UTC on the real current date (read once, from the system clock): "now" for a
    /// test that validates current data, fixed for the rest of the test.
    /// </summary>
    /// <returns>The clock.</returns>
    // The one place the Testing package reads the wall clock: a test asks for the real date by name.
#pragma warning disable RS0030
    public static FakeClock Today() => On(SystemClock.Instance.GetCurrentInstant().InUtc().Date);
#pragma warning restore RS0030
}
