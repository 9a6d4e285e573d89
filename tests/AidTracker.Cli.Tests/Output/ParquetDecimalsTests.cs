using System.Globalization;
using System.Numerics;
using AidTracker.Cli.Output;
using Parquet.Data;

namespace AidTracker.Cli.Tests.Output;

public class ParquetDecimalsTests
{
    [Theory]
    [InlineData("58825751.2920308811", 10, "588257512920308811")]
    [InlineData("8800000000", 10, "88000000000000000000")]
    [InlineData("-12.5", 10, "-125000000000")]
    [InlineData("0", 10, "0")]
    [InlineData("9999999999999999999999999999", 10, "99999999999999999999999999990000000000")]
    [InlineData("149.59437445834847", 24, "149594374458348470000000000")]
    [InlineData("99999999999999.999999999999", 24, "99999999999999999999999999000000000000")]
    public void TryConvert_ValueThatFits_UnscaledIsTheValueTimesTenToTheScale(string text, int scale, string unscaled)
    {
        decimal value = decimal.Parse(text, CultureInfo.InvariantCulture);

        ParquetDecimals.TryConvert(value, scale, out BigDecimal result).Should().BeTrue();

        result.UnscaledValue.Should().Be(BigInteger.Parse(unscaled, CultureInfo.InvariantCulture));
        result.Precision.Should().Be(38);
        result.Scale.Should().Be(scale);
    }

    [Theory]
    [InlineData("1.00000000001", 10)]
    [InlineData("100000000000000", 24)]
    [InlineData("-100000000000000", 24)]
    [InlineData("79228162514264337593543950335", 10)]
    public void TryConvert_ValueThatDoesNotFit_IsFalse(string text, int scale)
    {
        decimal value = decimal.Parse(text, CultureInfo.InvariantCulture);

        ParquetDecimals.TryConvert(value, scale, out _).Should().BeFalse();
        FluentActions
            .Invoking(() => ParquetDecimals.Convert(value, scale))
            .Should()
            .Throw<InvalidOperationException>()
            .WithMessage($"*{text}*DECIMAL(38,{scale})*");
    }

    [Fact]
    public void TryConvert_RandomDecimalsOfAtMostTenDecimals_UnscaledMatchesTheirText()
    {
        int seed = Environment.TickCount;
        var random = new Random(seed);
        for (int i = 0; i < 20_000; i++)
        {
            // Every value below 10^28 with at most 10 decimals fits DECIMAL(38,10): a 93-bit mantissa is below 10^28.
            byte scale = (byte)random.Next(0, 11);
            var value = new decimal(random.Next(), random.Next(), random.Next(0, 1 << 29), random.Next(2) == 1, scale);
            string text = value.ToString("F10", CultureInfo.InvariantCulture);

            ParquetDecimals.TryConvert(value, 10, out BigDecimal result).Should().BeTrue($"seed {seed}: {text}");

            result
                .UnscaledValue.Should()
                .Be(
                    BigInteger.Parse(text.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture),
                    $"seed {seed}"
                );
        }
    }
}
