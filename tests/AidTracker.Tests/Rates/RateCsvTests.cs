using System.Globalization;
using AidTracker.Rates;
using CsCheck;

namespace AidTracker.Tests.Rates;

public class RateCsvTests
{
    [Theory]
    [InlineData("1.0477", "1.0477")]
    [InlineData("156.73", "156.73")]
    [InlineData("0.00638", "0.00638")]
    [InlineData("20082.05", "20082.05")]
    [InlineData("1.0470", "1.0470")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("+2", "2")]
    [InlineData("0", "0")]
    [InlineData("6723052073.338105", "6723052073.338105")]
    [InlineData("0.9238895461176068", "0.9238895461176068")]
    [InlineData("12345678901234567890.5", "12345678901234567890.5")]
    [InlineData("0.00000000000000822231890578776", "0.0000000000000082223189057878")]
    public void TryParseDecimal_InvariantNumbers_KeepValueAndScale(string text, string expected)
    {
        RateCsv.TryParseDecimal(text, out decimal value).Should().BeTrue();

        value.ToString(CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("N/A")]
    [InlineData("1.2.3")]
    [InlineData("1e5")]
    [InlineData("1,5")]
    [InlineData(" 1")]
    public void TryParseDecimal_NotANumber_IsFalse(string text)
    {
        RateCsv.TryParseDecimal(text, out _).Should().BeFalse();
    }

    [Fact]
    public void TryParseDecimal_AnyDecimalFormattedInvariantly_RoundTrips()
    {
        Gen.Decimal.Sample(d =>
        {
            RateCsv.TryParseDecimal(d.ToString(CultureInfo.InvariantCulture), out decimal parsed).Should().BeTrue();
            decimal.GetBits(parsed).Should().Equal(decimal.GetBits(d));
        });
    }

    [Theory]
    [InlineData("2025-02-27", 739_308)]
    [InlineData("2024-02-29", 738_944)]
    public void TryParseDate_IsoDates_GiveTheirDayNumber(string text, int expected)
    {
        RateCsv.TryParseDate(text, out int day).Should().BeTrue();

        day.Should().Be(expected);
        DateOnly.FromDayNumber(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture).Should().Be(text);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2025-13-01")]
    [InlineData("2025-2-27")]
    [InlineData("27/02/2025")]
    [InlineData("0000-01-01")]
    [InlineData("")]
    public void TryParseDate_NotAnIsoDate_IsFalse(string text)
    {
        RateCsv.TryParseDate(text, out _).Should().BeFalse();
    }
}
