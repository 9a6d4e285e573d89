using System.Globalization;

namespace AidTracker.Tests.Money;

using Money = AidTracker.Money;

public class MoneyParsingTests
{
    [Theory]
    [InlineData("8.8 billion yen", "8800000000", "JPY")]
    [InlineData("¥8.8bn", "8800000000", "JPY")]
    [InlineData("JPY 8,800,000,000", "8800000000", "JPY")]
    [InlineData("8,800,000,000 JPY", "8800000000", "JPY")]
    [InlineData("$63.3M", "63300000", "USD")]
    [InlineData("US$63.3 million", "63300000", "USD")]
    [InlineData("63.3 million US dollars", "63300000", "USD")]
    [InlineData("USD 12.4 billion", "12400000000", "USD")]
    [InlineData("€50 bn", "50000000000", "EUR")]
    [InlineData("£1.2 trillion", "1200000000000", "GBP")]
    [InlineData("-2,000 EUR", "-2000", "EUR")]
    [InlineData("EUR -2,000.00", "-2000", "EUR")]
    [InlineData("-$63.3M", "-63300000", "USD")]
    [InlineData("$-63.3M", "-63300000", "USD")]
    [InlineData("−5 EUR", "-5", "EUR")]
    [InlineData("+5 EUR", "5", "EUR")]
    [InlineData("USD 58,825,751.29", "58825751.29", "USD")]
    [InlineData("  usd   12.4   BILLION  ", "12400000000", "USD")]
    [InlineData("JPY8800000000", "8800000000", "JPY")]
    [InlineData("5USD", "5", "USD")]
    [InlineData("1.5e9 JPY", "1500000000", "JPY")]
    [InlineData("0.5 thousand EUR", "500", "EUR")]
    [InlineData("78 billion yen", "78000000000", "JPY")]
    [InlineData("1 yen", "1", "JPY")]
    [InlineData("20 hryvnias", "20", "UAH")]
    [InlineData("1 hryvnia", "1", "UAH")]
    [InlineData("3 yuan", "3", "CNY")]
    [InlineData("CN¥3", "3", "CNY")]
    [InlineData("RMB 3", "3", "CNY")]
    [InlineData("2 Swiss francs", "2", "CHF")]
    [InlineData("2 swiss  franc", "2", "CHF")]
    [InlineData("7 euros", "7", "EUR")]
    [InlineData("7 pounds", "7", "GBP")]
    [InlineData("7 pounds sterling", "7", "GBP")]
    [InlineData("7 dollars", "7", "USD")]
    [InlineData("₴100", "100", "UAH")]
    [InlineData("C$5", "5", "CAD")]
    [InlineData("CA$5", "5", "CAD")]
    [InlineData("A$5", "5", "AUD")]
    [InlineData("AU$5", "5", "AUD")]
    [InlineData("kr 100", "100", "SEK")]
    [InlineData("100 kr", "100", "SEK")]
    [InlineData("100 €", "100", "EUR")]
    [InlineData("XAU 1.5", "1.5", "XAU")]
    [InlineData("5 DEM", "5", "DEM")]
    [InlineData("$.50", "0.50", "USD")]
    public void Parse_Phrase_GivesTheExactAmountAndCurrency(string phrase, string amount, string code)
    {
        Money parsed = Money.Parse(phrase);

        parsed.Should().Be(new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), code));
    }

    [Theory]
    [InlineData("5k USD", 5_000)]
    [InlineData("5 thousand USD", 5_000)]
    [InlineData("5 K USD", 5_000)]
    [InlineData("5m USD", 5_000_000)]
    [InlineData("5M USD", 5_000_000)]
    [InlineData("5mn USD", 5_000_000)]
    [InlineData("5 mln USD", 5_000_000)]
    [InlineData("5 million USD", 5_000_000)]
    [InlineData("5b USD", 5_000_000_000)]
    [InlineData("5B USD", 5_000_000_000)]
    [InlineData("5bn USD", 5_000_000_000)]
    [InlineData("5 Billion USD", 5_000_000_000)]
    [InlineData("5tn USD", 5_000_000_000_000)]
    [InlineData("5T USD", 5_000_000_000_000)]
    [InlineData("5 trillion USD", 5_000_000_000_000)]
    public void Parse_ScaleWords_MultiplyExactly(string phrase, long expected)
    {
        Money.Parse(phrase).Amount.Should().Be(expected);
    }

    [Fact]
    public void Parse_ManyDecimalsWithScale_IsExactNotRoundedThroughDouble()
    {
        // 0.1 + 0.2 style traps: a double would give 1234567890.1234567 or worse.
        Money.Parse("1.2345678901234567890123456 billion USD").Amount.Should().Be(1_234_567_890.1234567890123456m);
    }

    [Fact]
    public void Parse_KeepsWrittenDecimals()
    {
        Money.Parse("$12.50").Amount.Scale.Should().Be(2);
        Money.Parse("USD 1.0").Amount.Scale.Should().Be(1);
    }

    [Fact]
    public void Parse_LargestDecimal_IsAccepted()
    {
        Money.Parse("79,228,162,514,264,337,593,543,950,335 USD").Amount.Should().Be(decimal.MaxValue);
        Money.Parse("7.9228162514264337593543950335e28 USD").Amount.Should().Be(decimal.MaxValue);
    }

    [Fact]
    public void Parse_YenAsYuan_WhenTheCallerSaysSo()
    {
        AmountParseOptions options = AmountParseOptions.Default.WithSymbol("¥", Currency.CNY);

        Money.Parse("¥8.8bn", options).Should().Be(new Money(8_800_000_000m, Currency.CNY));
        Money.Parse("¥8.8bn").Currency.Should().Be(Currency.JPY, "the default options are unchanged");
    }

    [Fact]
    public void Parse_KronaAsNorwegian_WhenTheCallerSaysSo()
    {
        AmountParseOptions options = AmountParseOptions.Default.WithSymbol("KR", Currency.FromCode("NOK"));

        Money.Parse("100 kr", options).Currency.Code.Should().Be("NOK");
    }

    [Fact]
    public void Parse_WithGermanSeparators_ReadsDecimalComma()
    {
        var german = new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };
        AmountParseOptions options = AmountParseOptions.Default.WithFormatProvider(german);

        Money.Parse("EUR 8.800.000,50", options).Amount.Should().Be(8_800_000.50m);
        Money.Parse("8,8 bn EUR", options).Amount.Should().Be(8_800_000_000m);
    }

    [Fact]
    public void Parse_WithSpaceGroupSeparator_ReadsSpacedThousands()
    {
        var french = new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u202F" };
        AmountParseOptions options = AmountParseOptions.Default.WithFormatProvider(french);

        Money.Parse("1 000 000,25 EUR", options).Amount.Should().Be(1_000_000.25m);
        Money.Parse("1\u202F000 EUR", options).Amount.Should().Be(1_000m);
    }

    [Fact]
    public void Parse_RegisteredCustomUnit_IsFoundByCode()
    {
        Currency.Register("QAP", "Aid parsing unit", 2);
        Currency.Register("qad", "Aid unit registered in lower case", 2);

        Money.Parse("QAP 5.00").Should().Be(new Money(5m, "QAP"));
        Money.Parse("QAD 5.00").Should().Be(new Money(5m, "QAD"));
        Money.Parse("5 qad").Should().Be(new Money(5m, "QAD"));
    }

    [Fact]
    public void TryParse_GoodPhrase_ReturnsTrue()
    {
        Money.TryParse("8.8 billion yen", out Money result).Should().BeTrue();
        result.Should().Be(new Money(8_800_000_000m, Currency.JPY));
        Money.TryParse("8.8 billion yen".AsSpan(), null, out result).Should().BeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("over $12.4 billion")]
    [InlineData("12.4 billion")]
    [InlineData("1e30 trillion USD")]
    [InlineData("99999999999999999999999999999 billion USD")]
    [InlineData("1,5 EUR")]
    public void TryParse_BadText_ReturnsFalse(string? text)
    {
        Money.TryParse(text, out Money result).Should().BeFalse();
        result.Should().Be(default(Money));
    }

    [Theory]
    [InlineData("over $12.4 billion", 0, "'over'*QualifiedMoney.Parse")]
    [InlineData("approximately 63.3 million US dollars", 0, "'approximately'*QualifiedMoney.Parse")]
    [InlineData("  ~$63.3M", 2, "'~'*QualifiedMoney.Parse")]
    [InlineData("up to 78 billion yen", 0, "'up to'*QualifiedMoney.Parse")]
    public void Parse_Qualifier_ThrowsPointingToQualifiedMoneyParse(string text, int position, string detail)
    {
        Action act = () => Money.Parse(text);

        act.Should()
            .Throw<AmountFormatException>()
            .WithMessage($"*'{text}'*position {position}*{detail}*")
            .Which.Should()
            .Match<AmountFormatException>(e => e.Position == position && e.Text == text);
    }

    [Theory]
    [InlineData("", 0, "*'' as money: the text is empty*")]
    [InlineData("12.4 billion", 12, "*'12.4 billion'*no currency*position 12*")]
    [InlineData("five million dollars", 0, "*position 0, 'five' is neither a number nor a known currency*")]
    [InlineData("USD", 3, "*'USD'*position 3*ends where a number was expected*")]
    [InlineData("USD abc", 4, "*'USD abc'*position 4, 'abc' is not a number*")]
    [InlineData(
        "$12.4 bilion",
        6,
        "*'$12.4 bilion'*position 6, 'bilion' follows the number, but the currency is given already*"
    )]
    [InlineData("12.4 bilion USD", 5, "*'12.4 bilion USD'*position 5, 'bilion USD' is neither a scale word*")]
    [InlineData("5 doubloons", 2, "*position 2, 'doubloons'*")]
    [InlineData("1,5 EUR", 1, "*'1,5 EUR'*position 1, the group separator ','*three digits*")]
    [InlineData("1234,567 EUR", 4, "*position 4, the group separator ','*")]
    [InlineData("1,23,456 INR", 1, "*position 1, the group separator ','*")]
    [InlineData("USD 5.", 5, "*position 5, the decimal separator '.' must be followed by a digit*")]
    [InlineData("-$-5", 2, "*position 2, '-' is a second sign*")]
    [InlineData("$5 USD", 3, "*position 3, 'USD' follows the number, but the currency is given already*")]
    public void Parse_BadText_ThrowsNamingTextAndPosition(string text, int position, string message)
    {
        Action act = () => Money.Parse(text);

        act.Should()
            .Throw<AmountFormatException>()
            .WithMessage(message)
            .Which.Should()
            .Match<AmountFormatException>(e => e.Position == position && e.Text == text);
    }

    [Theory]
    [InlineData("1e30 trillion USD", "'1e30 trillion'")]
    [InlineData("99999999999999999999999999999 billion USD", "'99999999999999999999999999999'")]
    [InlineData("79,228,162,514,264,337,593,543,950,336 USD", "'79,228,162,514,264,337,593,543,950,336'")]
    [InlineData("$100000000000000000 trillion", "'100000000000000000 trillion'")]
    public void Parse_DecimalOverflow_IsAnErrorNotAWrongNumber(string text, string token)
    {
        Action act = () => Money.Parse(text);

        act.Should()
            .Throw<AmountFormatException>()
            .WithMessage($"*'{text}'*position*{token} is too large for a decimal*")
            .WithInnerException<OverflowException>();
    }

    [Fact]
    public void Parse_MoreDecimalsThanADecimalHolds_IsAnError()
    {
        Action tooPrecise = () => Money.Parse("0.12345678901234567890123456789012 USD");
        Action tooSmall = () => Money.Parse("1e-29 USD");

        tooPrecise
            .Should()
            .Throw<AmountFormatException>()
            .WithMessage("*position 0*more significant digits than a decimal holds*");
        tooSmall.Should().Throw<AmountFormatException>().WithMessage("*'1e-29'*more than 28 decimal places*");
    }

    [Fact]
    public void Parse_TrailingZerosBeyondPrecision_AreDroppedNotAnError()
    {
        Money.Parse("1.000000000000000000000000000000000 USD").Amount.Should().Be(1m);
    }

    [Fact]
    public void Parse_NullText_ThrowsArgumentNull()
    {
        Action act = () => Money.Parse(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Parse_AsIParsable_UsesTheCultureOfTheProvider()
    {
        static T ParseGeneric<T>(string s, IFormatProvider? provider)
            where T : IParsable<T> => T.Parse(s, provider);

        var german = new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

        ParseGeneric<Money>("EUR 1.000,5", german).Amount.Should().Be(1_000.5m);
        ParseGeneric<Money>("EUR 1,000.5", null).Amount.Should().Be(1_000.5m);
    }

    [Fact]
    public void Parse_HugePhrase_MessageQuotesEightyCharactersThenEllipsis()
    {
        string text = "USD " + new string('x', 1_000_000);

        Action act = () => Money.Parse(text);

        AmountFormatException e = act.Should().Throw<AmountFormatException>().Which;
        e.Message.Should()
            .Be(
                "Cannot parse 'USD "
                    + new string('x', 76)
                    + "…' as money: at position 4, '"
                    + new string('x', 80)
                    + "…' is not a number."
            );
        (e.Text == text).Should().BeTrue("the exception keeps the whole text; only the message is cut");
    }

    [Fact]
    public void Parse_ControlCharacters_AreShownAsEscapesInTheMessage()
    {
        Action act = () => Money.Parse("5\0USD\u001F");

        act.Should()
            .Throw<AmountFormatException>()
            .Which.Message.Should()
            .Contain(@"'5\0USD\u001F'")
            .And.NotContain("\0")
            .And.NotContain("\u001F");
    }
}
