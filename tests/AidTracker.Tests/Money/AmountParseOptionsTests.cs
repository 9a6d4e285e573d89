using System.Globalization;

namespace AidTracker.Tests.Money;

public class AmountParseOptionsTests
{
    [Theory]
    [InlineData("$", "USD")]
    [InlineData("US$", "USD")]
    [InlineData("¥", "JPY")]
    [InlineData("kr", "SEK")]
    [InlineData("£", "GBP")]
    [InlineData("€", "EUR")]
    [InlineData("C$", "CAD")]
    [InlineData("CA$", "CAD")]
    [InlineData("A$", "AUD")]
    [InlineData("AU$", "AUD")]
    [InlineData("CN¥", "CNY")]
    [InlineData("RMB", "CNY")]
    [InlineData("₴", "UAH")]
    [InlineData("dollars", "USD")]
    [InlineData("US dollars", "USD")]
    [InlineData("yen", "JPY")]
    [InlineData("euros", "EUR")]
    [InlineData("pounds", "GBP")]
    [InlineData("hryvnias", "UAH")]
    [InlineData("yuan", "CNY")]
    [InlineData("Swiss francs", "CHF")]
    [InlineData("jpy", "JPY")]
    [InlineData("HRK", "HRK")]
    public void Default_ResolvesTheDocumentedSymbolsNamesAndCodes(string symbol, string code)
    {
        AmountParseOptions.Default.TryResolveCurrency(symbol, out Currency? currency).Should().BeTrue();

        currency!.Code.Should().Be(code);
    }

    [Fact]
    public void Default_IsInvariantAndListsSymbolsInLowerCase()
    {
        AmountParseOptions.Default.NumberFormat.NumberDecimalSeparator.Should().Be(".");
        AmountParseOptions.Default.NumberFormat.NumberGroupSeparator.Should().Be(",");
        AmountParseOptions.Default.Symbols.Should().ContainKey("us$").WhoseValue.Should().Be(Currency.USD);
        AmountParseOptions
            .Default.Symbols.Should()
            .NotContainKey("usd", "ISO codes are recognised without being listed");
    }

    [Fact]
    public void WithSymbol_ReturnsACopyAndLeavesTheOriginal()
    {
        AmountParseOptions yuan = AmountParseOptions.Default.WithSymbol("¥", Currency.CNY);

        yuan.TryResolveCurrency("¥", out Currency? changed).Should().BeTrue();
        changed.Should().Be(Currency.CNY);
        AmountParseOptions.Default.TryResolveCurrency("¥", out Currency? unchanged).Should().BeTrue();
        unchanged.Should().Be(Currency.JPY);
    }

    [Fact]
    public void WithSymbol_NewName_IsMatchedIgnoringCaseAndSpacing()
    {
        AmountParseOptions options = AmountParseOptions.Default.WithSymbol(
            "Aid  Units",
            Currency.Register("QAO", "Aid option unit", 2)
        );

        AidTracker.Money.Parse("5 aid units", options).Currency.Code.Should().Be("QAO");
    }

    [Theory]
    [InlineData("5$")]
    [InlineData("-$")]
    [InlineData("a,b")]
    public void WithSymbol_DigitsSignsOrCommas_ThrowNamingTheSymbol(string symbol)
    {
        Action act = () => AmountParseOptions.Default.WithSymbol(symbol, Currency.USD);

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage($"*'{symbol}'*no digits, signs or commas*")
            .WithParameterName("symbolOrName");
    }

    [Theory]
    [InlineData("bn")]
    [InlineData("M")]
    [InlineData("Trillion")]
    public void WithSymbol_ScaleWord_ThrowsNamingIt(string symbol)
    {
        Action act = () => AmountParseOptions.Default.WithSymbol(symbol, Currency.USD);

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage($"'{symbol}' is a scale word*")
            .WithParameterName("symbolOrName");
    }

    [Fact]
    public void WithSymbol_TooLong_ThrowsNamingIt()
    {
        string symbol = new('x', 65);

        Action act = () => AmountParseOptions.Default.WithSymbol(symbol, Currency.USD);

        act.Should().Throw<ArgumentException>().WithMessage($"*'{symbol}' must have 1 to 64 characters*");
    }

    [Fact]
    public void WithSymbol_NullOrBlank_Throws()
    {
        Action nullSymbol = () => AmountParseOptions.Default.WithSymbol(null!, Currency.USD);
        Action blank = () => AmountParseOptions.Default.WithSymbol("  ", Currency.USD);
        Action nullCurrency = () => AmountParseOptions.Default.WithSymbol("$", null!);

        nullSymbol.Should().Throw<ArgumentNullException>().WithParameterName("symbolOrName");
        blank.Should().Throw<ArgumentException>().WithParameterName("symbolOrName");
        nullCurrency.Should().Throw<ArgumentNullException>().WithParameterName("currency");
    }

    [Fact]
    public void WithFormatProvider_SameDecimalAndGroupSeparator_ThrowsNamingThem()
    {
        var confused = new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "," };

        Action act = () => AmountParseOptions.Default.WithFormatProvider(confused);

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage("The decimal separator ','*differ from the group separator ','*");
    }

    [Fact]
    public void WithFormatProvider_KeepsSymbols()
    {
        var german = new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };
        AmountParseOptions options = AmountParseOptions
            .Default.WithSymbol("¥", Currency.CNY)
            .WithFormatProvider(german);

        AidTracker.Money.Parse("¥8,8bn", options).Should().Be(new AidTracker.Money(8_800_000_000m, Currency.CNY));
        options.GetFormat(typeof(NumberFormatInfo)).Should().BeSameAs(german);
        options.GetFormat(typeof(DateTimeFormatInfo)).Should().BeNull();
    }
}
