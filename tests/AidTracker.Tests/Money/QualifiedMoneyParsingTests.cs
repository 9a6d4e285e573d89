namespace AidTracker.Tests.Money;

using Money = AidTracker.Money;

public class QualifiedMoneyParsingTests
{
    public static TheoryData<string, string, string, AmountQualifier> IssuePhrases =>
        new()
        {
            { "8.8 billion yen", "8800000000", "JPY", AmountQualifier.Exact },
            { "¥8.8bn", "8800000000", "JPY", AmountQualifier.Exact },
            { "JPY 8,800,000,000", "8800000000", "JPY", AmountQualifier.Exact },
            { "8,800,000,000 JPY", "8800000000", "JPY", AmountQualifier.Exact },
            { "$63.3M", "63300000", "USD", AmountQualifier.Exact },
            { "US$63.3 million", "63300000", "USD", AmountQualifier.Exact },
            { "63.3 million US dollars", "63300000", "USD", AmountQualifier.Exact },
            { "USD 12.4 billion", "12400000000", "USD", AmountQualifier.Exact },
            { "€50 bn", "50000000000", "EUR", AmountQualifier.Exact },
            { "£1.2 trillion", "1200000000000", "GBP", AmountQualifier.Exact },
            { "over $12.4 billion", "12400000000", "USD", AmountQualifier.AtLeast },
            { "more than $12.4 billion", "12400000000", "USD", AmountQualifier.AtLeast },
            { "approximately 63.3 million US dollars", "63300000", "USD", AmountQualifier.Approximately },
            { "≈ $63.3M", "63300000", "USD", AmountQualifier.Approximately },
            { "~$63.3M", "63300000", "USD", AmountQualifier.Approximately },
            { "about ¥1 trillion", "1000000000000", "JPY", AmountQualifier.Approximately },
            { "up to 78 billion yen", "78000000000", "JPY", AmountQualifier.AtMost },
            { "-2,000 EUR", "-2000", "EUR", AmountQualifier.Exact },
        };

    [Theory]
    [MemberData(nameof(IssuePhrases))]
    public void Parse_EveryPhraseOfTheIssue_GivesTheExactAmountCurrencyAndQualifier(
        string phrase,
        string amount,
        string code,
        AmountQualifier qualifier
    )
    {
        QualifiedMoney parsed = QualifiedMoney.Parse(phrase);

        parsed.Amount.Should().Be(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
        parsed.Currency.Code.Should().Be(code);
        parsed.Qualifier.Should().Be(qualifier);
    }

    [Fact]
    public void Parse_WorkedExample_EightPointEightBillionYenIsExact()
    {
        QualifiedMoney parsed = QualifiedMoney.Parse("8.8 billion yen");

        parsed.Should().Be(new QualifiedMoney(new Money(8_800_000_000m, Currency.JPY), AmountQualifier.Exact));
        parsed
            .Amount.Scale.Should()
            .Be(0, "8.8 billion is the integer 8,800,000,000, not a product with a decimal tail");
    }

    [Fact]
    public void Parse_WorkedExample_StatedDollarEquivalentIsApproximate()
    {
        QualifiedMoney
            .Parse("approximately 63.3 million US dollars")
            .Should()
            .Be(new QualifiedMoney(new Money(63_300_000m, Currency.USD), AmountQualifier.Approximately));
    }

    [Fact]
    public void Parse_WorkedExample_CumulativeAssistanceIsALowerBound()
    {
        QualifiedMoney
            .Parse("over $12.4 billion")
            .Should()
            .Be(new QualifiedMoney(new Money(12_400_000_000m, Currency.USD), AmountQualifier.AtLeast));
    }

    [Theory]
    [InlineData("at least $5 million", AmountQualifier.AtLeast)]
    [InlineData("in excess of $5 million", AmountQualifier.AtLeast)]
    [InlineData("above $5 million", AmountQualifier.AtLeast)]
    [InlineData("no less than $5 million", AmountQualifier.AtLeast)]
    [InlineData("at most $5 million", AmountQualifier.AtMost)]
    [InlineData("no more than $5 million", AmountQualifier.AtMost)]
    [InlineData("less than $5 million", AmountQualifier.AtMost)]
    [InlineData("under $5 million", AmountQualifier.AtMost)]
    [InlineData("nearly $5 million", AmountQualifier.AtMost)]
    [InlineData("almost $5 million", AmountQualifier.AtMost)]
    [InlineData("around $5 million", AmountQualifier.Approximately)]
    [InlineData("roughly $5 million", AmountQualifier.Approximately)]
    [InlineData("approx. $5 million", AmountQualifier.Approximately)]
    [InlineData("some $5 million", AmountQualifier.Approximately)]
    [InlineData("an estimated $5 million", AmountQualifier.Approximately)]
    [InlineData("Over $5 million", AmountQualifier.AtLeast)]
    [InlineData("UP  TO $5 million", AmountQualifier.AtMost)]
    [InlineData("$5 million", AmountQualifier.Exact)]
    public void Parse_QualifierWords_MapToTheDocumentedQualifier(string phrase, AmountQualifier expected)
    {
        QualifiedMoney parsed = QualifiedMoney.Parse(phrase);

        parsed.Qualifier.Should().Be(expected);
        parsed.Money.Should().Be(new Money(5_000_000m, Currency.USD));
    }

    [Fact]
    public void TryParse_Phrase_ReturnsTrueWithTheQualifier()
    {
        QualifiedMoney.TryParse("up to 13 billion yen", out QualifiedMoney result).Should().BeTrue();

        result.Should().Be(new QualifiedMoney(new Money(13_000_000_000m, Currency.JPY), AmountQualifier.AtMost));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("over")]
    [InlineData("over the moon")]
    [InlineData("about 5")]
    public void TryParse_BadText_ReturnsFalseAndDefault(string? text)
    {
        QualifiedMoney.TryParse(text, out QualifiedMoney result).Should().BeFalse();
        result.Should().Be(default(QualifiedMoney));
    }

    [Fact]
    public void Parse_UnknownCurrencyAfterQualifier_ThrowsNamingTextAndPosition()
    {
        Action act = () => QualifiedMoney.Parse("over 12.4 billion doubloons");

        act.Should()
            .Throw<AmountFormatException>()
            .WithMessage("*'over 12.4 billion doubloons'*position 18*'doubloons'*")
            .Which.Position.Should()
            .Be(18);
    }

    [Fact]
    public void Parse_NullText_ThrowsArgumentNull()
    {
        Action act = () => QualifiedMoney.Parse(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Parse_WithOptions_ResolvesSymbolsThroughThem()
    {
        AmountParseOptions options = AmountParseOptions.Default.WithSymbol("¥", Currency.CNY);

        QualifiedMoney
            .Parse("about ¥1 trillion", options)
            .Money.Should()
            .Be(new Money(1_000_000_000_000m, Currency.CNY));
    }

    [Fact]
    public void Parse_AsISpanParsable_AcceptsOptionsAsTheProvider()
    {
        static T ParseGeneric<T>(string s, IFormatProvider provider)
            where T : ISpanParsable<T> => T.Parse(s.AsSpan(), provider);

        ParseGeneric<QualifiedMoney>("over kr 5", AmountParseOptions.Default.WithSymbol("kr", Currency.FromCode("NOK")))
            .Should()
            .Be(new QualifiedMoney(new Money(5m, "NOK"), AmountQualifier.AtLeast));
    }
}
