using System.Globalization;

namespace AidTracker.Tests.Money;

using Money = AidTracker.Money;

public class MoneyFormattingTests
{
    [Theory]
    [InlineData(8_800_000_000, "JPY", "JPY 8,800,000,000")]
    [InlineData(58_825_751.29, "USD", "USD 58,825,751.29")]
    [InlineData(58_825_751.2935, "USD", "USD 58,825,751.2935")]
    [InlineData(12.5, "USD", "USD 12.50")]
    [InlineData(-2000, "EUR", "EUR -2,000.00")]
    [InlineData(1.5, "XAU", "XAU 1.5")]
    public void ToString_IsPlainInvariantAndNeverRounds(double amount, string code, string expected)
    {
        var money = new Money((decimal)amount, code);

        money.ToString().Should().Be(expected);
        money.ToString(MoneyFormat.Plain).Should().Be(expected);
        money.ToString("P", null).Should().Be(expected);
        $"{money}".Should().Be(expected);
    }

    [Theory]
    [InlineData("8800000000", "JPY", "¥8.8bn")]
    [InlineData("63300000", "USD", "$63.3M")]
    [InlineData("12400000000", "USD", "$12.4bn")]
    [InlineData("50000000000", "EUR", "€50bn")]
    [InlineData("1200000000000", "GBP", "£1.2tn")]
    [InlineData("58825751.29", "USD", "$58.8M")]
    [InlineData("1234567.891", "USD", "$1.23M")]
    [InlineData("1235000", "USD", "$1.24M")]
    [InlineData("1245000", "USD", "$1.24M")]
    [InlineData("999600000", "USD", "$1bn")]
    [InlineData("-1234567.891", "USD", "-$1.23M")]
    [InlineData("5123456789012345", "USD", "$5,123tn")]
    [InlineData("5000000000000000", "USD", "$5,000tn")]
    [InlineData("1000000000", "CNY", "CN¥1bn")]
    [InlineData("1200000000", "CHF", "CHF 1.2bn")]
    [InlineData("950000", "EUR", "€950,000.00")]
    [InlineData("12.5", "USD", "$12.50")]
    [InlineData("-2000", "EUR", "-€2,000.00")]
    [InlineData("-63300000", "USD", "-$63.3M")]
    [InlineData("1.5", "XAU", "XAU 1.5")]
    public void ToString_Compact_UsesSymbolsAndScalesWithThreeSignificantDigits(
        string amount,
        string code,
        string expected
    )
    {
        var money = new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), code);

        money.ToString(MoneyFormat.Compact).Should().Be(expected);
        money.ToString("C", CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Theory]
    [InlineData("8800000000", "JPY", "8.8 billion yen")]
    [InlineData("63300000", "USD", "63.3 million US dollars")]
    [InlineData("78000000000", "JPY", "78 billion yen")]
    [InlineData("1200000000000", "GBP", "1.2 trillion pounds sterling")]
    [InlineData("20000000", "UAH", "20 million hryvnias")]
    [InlineData("950000", "EUR", "950,000.00 euros")]
    [InlineData("1", "USD", "1.00 US dollar")]
    [InlineData("1", "JPY", "1 yen")]
    [InlineData("-2000", "EUR", "-2,000.00 euros")]
    [InlineData("2500000", "CHF", "2.5 million Swiss francs")]
    [InlineData("2500000", "XAU", "2.5 million XAU")]
    public void ToString_Words_UsesEnglishNamesAndScaleWords(string amount, string code, string expected)
    {
        var money = new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), code);

        money.ToString(MoneyFormat.Words).Should().Be(expected);
        $"{money:W}".Should().Be(expected);
    }

    [Fact]
    public void ToString_WithAProvider_UsesItsSeparatorsOnly()
    {
        var german = new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };
        var money = new Money(8_800_000_000.5m, Currency.JPY);

        money.ToString(MoneyFormat.Plain, german).Should().Be("JPY 8.800.000.000,5");
        money.ToString(MoneyFormat.Compact, german).Should().Be("¥8,8bn");
        money.ToString(MoneyFormat.Words, german).Should().Be("8,8000000005 billion yen");
    }

    [Fact]
    public void ToString_WithoutProvider_IgnoresTheThreadCulture()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("")
            {
                NumberFormat = { NumberDecimalSeparator = ",", NumberGroupSeparator = "." },
            };
            var money = new Money(63_300_000.5m, Currency.USD);

            money.ToString(MoneyFormat.Compact).Should().Be("$63.3M");
            money.ToString("W", null).Should().Be("63.3000005 million US dollars");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("X")]
    [InlineData("N2")]
    [InlineData("compact")]
    public void ToString_UnknownFormatString_ThrowsNamingIt(string format)
    {
        Action act = () => new Money(1m, "USD").ToString(format, null);

        act.Should().Throw<FormatException>().WithMessage($"'{format}' is not a money format string*");
    }

    [Fact]
    public void ToString_UndefinedStyle_ThrowsNamingIt()
    {
        Action act = () => new Money(1m, "USD").ToString((MoneyFormat)7);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*7*");
    }
}
