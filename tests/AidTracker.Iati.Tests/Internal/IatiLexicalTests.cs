using System.Globalization;
using AidTracker.Iati.Internal;
using CsCheck;
using NodaTime;

namespace AidTracker.Iati.Tests.Internal;

public class IatiLexicalTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("-0.5", "-0.5")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5")]
    [InlineData("  42.10 ", "42.10")]
    [InlineData("000123.4500", "123.4500")]
    [InlineData("9999999999999999999999999999", "9999999999999999999999999999")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("55841.727272727272727272727273", "55841.727272727272727272727273")]
    [InlineData("-79228162514264337593543950335", "-79228162514264337593543950335")]
    [InlineData("1.0000000000000000000000000001", "1.0000000000000000000000000001")]
    public void TryParseDecimal_XsdDecimal_ParsesExactly(string text, string expected)
    {
        IatiLexical.TryParseDecimal(text, out decimal value).Should().BeTrue();

        value.Should().Be(decimal.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1e3")]
    [InlineData("1,5")]
    [InlineData("1 000")]
    [InlineData("--1")]
    [InlineData("NaN")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("55841.7272727272727272727272727")]
    public void TryParseDecimal_NotAnExactXsdDecimal_Fails(string text)
    {
        IatiLexical.TryParseDecimal(text, out _).Should().BeFalse();
    }

    [Fact]
    public void TryParseDecimal_InvariantFormatOfAnyDecimal_RoundTrips()
    {
        Gen.Decimal.Sample(d =>
        {
            string text = d.ToString(CultureInfo.InvariantCulture);
            return !text.Contains('E') && IatiLexical.TryParseDecimal(text, out decimal parsed) && parsed == d;
        });
    }

    [Theory]
    [InlineData("2025-02-27", 2025, 2, 27)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData(" 2012-01-01 ", 2012, 1, 1)]
    [InlineData("2012-01-01Z", 2012, 1, 1)]
    [InlineData("2012-01-01+05:00", 2012, 1, 1)]
    [InlineData("2015-07-21T00:00:00", 2015, 7, 21)]
    public void TryParseDate_IsoDate_Parses(string text, int year, int month, int day)
    {
        IatiLexical.TryParseDate(text, out LocalDate date).Should().BeTrue();

        date.Should().Be(new LocalDate(year, month, day));
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2025-13-01")]
    [InlineData("0000-01-01")]
    [InlineData("27/02/2025")]
    [InlineData("2025-2-27")]
    [InlineData("2025-02-27x")]
    [InlineData("TEXT")]
    [InlineData("")]
    public void TryParseDate_NotAnIsoDate_Fails(string text)
    {
        IatiLexical.TryParseDate(text, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("true", true)]
    [InlineData(" 0 ", false)]
    [InlineData("false", false)]
    public void TryParseBoolean_XsdBoolean_Parses(string text, bool expected)
    {
        IatiLexical.TryParseBoolean(text, out bool value).Should().BeTrue();

        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("TRUE")]
    [InlineData("2")]
    [InlineData("")]
    public void TryParseBoolean_Other_Fails(string text)
    {
        IatiLexical.TryParseBoolean(text, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("EUR  ", "EUR")]
    [InlineData("USD", "USD")]
    public void Trimmed_TrimsAndTurnsBlankIntoNull(string? text, string? expected)
    {
        IatiLexical.Trimmed(text).Should().Be(expected);
    }
}
