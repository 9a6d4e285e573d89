using System.Text;
using AidTracker.Serialization;
using CsCheck;

namespace AidTracker.Tests.Serialization;

public class AmountTextTests
{
    [Theory]
    [InlineData("8800000000", "8800000000")]
    [InlineData("63.3", "63.3")]
    [InlineData("-0.50", "-0.50")]
    [InlineData("007", "7")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("1234567890123456789012345678", "1234567890123456789012345678")]
    public void TryParse_PlainDecimals_AreExact(string text, string expected)
    {
        AmountText.TryParse(Encoding.UTF8.GetBytes(text), out decimal value, out string? error).Should().BeTrue(error);

        value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("1E3")]
    [InlineData("12,4")]
    [InlineData("1.2.3")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("0x10")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1.23456789012345678901234567891")]
    public void TryParse_AnythingElse_FailsNamingTheText(string text)
    {
        AmountText.TryParse(Encoding.UTF8.GetBytes(text), out _, out string? error).Should().BeFalse();

        error.Should().Contain("'" + text + "'");
    }

    [Fact]
    public void FormatThenParse_IsTheSameDecimalWithTheSameScale()
    {
        Gen.Decimal.Sample(
            d =>
            {
                Span<byte> buffer = stackalloc byte[40];
                int n = AmountText.Format(d, buffer);
                return AmountText.TryParse(buffer[..n], out decimal back, out _) && back == d && back.Scale == d.Scale;
            },
            iter: 2000
        );
    }
}
