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
        TestClock.At(Instant.FromUtc(2024, 6, 13, 0, 0)).GetCurrentInstant().Should().Be(Instant.FromUtc(2024, 6, 13, 0, 0));
    }
}
