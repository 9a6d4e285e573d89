using NodaTime;

namespace AidTracker.Testing.Tests;

public class TestClockTests
{
    [Fact]
    public void Create_IsAtTheDefaultInstant_NoonOnTheDayOfTheSpeech()
    {
        TestClock.Create().GetCurrentInstant().Should().Be(Instant.FromUtc(2025, 3, 5, 12, 0));
        TestClock.DefaultInstant.Should().Be(Instant.FromUtc(2025, 3, 5, 12, 0));
    }

    [Fact]
    public void Create_ReturnsANewClockEachTime()
    {
        var clock = TestClock.Create();
        clock.AdvanceDays(1);

        TestClock.Create().GetCurrentInstant().Should().Be(TestClock.DefaultInstant);
    }

    [Fact]
    public void On_IsNoonUtcOnTheDate()
    {
        TestClock.On(new LocalDate(2026, 1, 31)).GetCurrentInstant().Should().Be(Instant.FromUtc(2026, 1, 31, 12, 0));
        TestClock
            .At(Instant.FromUtc(2024, 6, 13, 0, 0))
            .GetCurrentInstant()
            .Should()
            .Be(Instant.FromUtc(2024, 6, 13, 0, 0));
    }

    [Fact]
    public void At_YearMonthDay_IsNoonUtcOnThatDay()
    {
        TestClock.At(2025, 3, 5).GetCurrentInstant().Should().Be(TestClock.DefaultInstant);
        ((Action)(() => TestClock.At(2025, 2, 30))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Today_IsNoonUtcOnTheRealDateOfTheRun()
    {
        LocalDate before = SystemClock.Instance.GetCurrentInstant().InUtc().Date;
        LocalDate today = TestClock.Today().GetCurrentInstant().InUtc().Date;
        LocalDate after = SystemClock.Instance.GetCurrentInstant().InUtc().Date;

        today.Should().BeGreaterThanOrEqualTo(before).And.BeLessThanOrEqualTo(after);
        TestClock.Today().GetCurrentInstant().InUtc().TimeOfDay.Should().Be(new LocalTime(12, 0));
    }

    [Fact]
    public void Create_RecordAfterItsDay_FailsSayingTheTestClockWasUsed()
    {
        // "Today" for validation is the date in UTC+14: 2025-03-06 at noon UTC on 2025-03-05.
        Action act = () =>
            TestLedger
                .Create()
                .Commitment("later", "USD 1 million", on: new LocalDate(2025, 3, 7))
                .Build(TestClock.Create());

        act.Should()
            .Throw<LedgerValidationException>()
            .Which.Message.Should()
            .Contain(
                "2025-03-07, which is in the future (today is 2025-03-06 by the test clock "
                    + "(NodaTime.Testing.FakeClock) the ledger was validated with"
            );
    }

    [Fact]
    public void Today_RecordAfter2025_IsNotInTheFuture()
    {
        Ledger ledger = TestLedger
            .Create()
            .Commitment("later", "USD 1 million", on: new LocalDate(2025, 3, 7))
            .Build(TestClock.Today());

        ledger.Commitments.Should().ContainSingle();
    }
}
