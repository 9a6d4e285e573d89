using NodaTime;

namespace AidTracker.Tests.Money;

public class CurrencyTests
{
    [Theory]
    [InlineData("JPY", 0, 392)]
    [InlineData("USD", 2, 840)]
    [InlineData("KWD", 3, 414)]
    [InlineData("BHD", 3, 48)]
    [InlineData("CLF", 4, 990)]
    [InlineData("EUR", 2, 978)]
    [InlineData("UAH", 2, 980)]
    public void FromCode_IsoCode_HasMinorUnitsAndNumericCodeFromTable(string code, int minorUnits, int numericCode)
    {
        Currency currency = Currency.FromCode(code);

        currency.Code.Should().Be(code);
        currency.MinorUnits.Should().Be(minorUnits);
        currency.NumericCode.Should().Be(numericCode);
        currency.IsWithdrawn.Should().BeFalse();
    }

    [Theory]
    [InlineData("XAU")]
    [InlineData("XDR")]
    [InlineData("XXX")]
    public void FromCode_FundsAndMetals_HaveNoMinorUnits(string code)
    {
        Currency.FromCode(code).MinorUnits.Should().BeNull();
    }

    [Fact]
    public void FromCode_IsCaseInsensitive_AndReturnsTheSameInstance()
    {
        Currency.FromCode("jpy").Should().BeSameAs(Currency.JPY);
    }

    [Fact]
    public void FromNumericCode_392_IsYen()
    {
        Currency.FromNumericCode(392).Should().BeSameAs(Currency.JPY);
        Currency.FromNumericCode(8).Code.Should().Be("ALL");
    }

    [Fact]
    public void FromNumericCode_ReusedCode_PrefersTheCurrentCurrency()
    {
        // 949 was the "New Turkish Lira" (withdrawn 2009-01) and is the current Turkish Lira.
        Currency.FromNumericCode(949).Code.Should().Be("TRY");
        Currency.FromCode("TRY").IsWithdrawn.Should().BeFalse();
    }

    [Fact]
    public void FromCode_Hrk_TakesTheLatestWithdrawal()
    {
        Currency hrk = Currency.FromCode("HRK");

        hrk.WithdrawalDate.Should().Be(new LocalDate(2023, 1, 31));
        hrk.IsActiveOn(new LocalDate(2022, 12, 30)).Should().BeTrue();
        hrk.IsActiveOn(new LocalDate(2023, 1, 31)).Should().BeTrue();
        hrk.IsActiveOn(new LocalDate(2023, 2, 1)).Should().BeFalse();
    }

    [Fact]
    public void FromCode_Bgn_IsWithdrawnIn2026()
    {
        Currency bgn = Currency.FromCode("BGN");

        bgn.WithdrawalDate.Should().Be(new LocalDate(2026, 1, 31));
        bgn.IsActiveOn(new LocalDate(2025, 12, 31)).Should().BeTrue();
        bgn.IsActiveOn(new LocalDate(2026, 2, 1)).Should().BeFalse();
        bgn.MinorUnits.Should().Be(2);
    }

    [Fact]
    public void FromCode_HistoricRange_TakesTheEndOfTheRange()
    {
        // "1989 to 1990" and "1990-07 to 1990-09" in the historic table.
        Currency.FromCode("ARY").WithdrawalDate.Should().Be(new LocalDate(1990, 12, 31));
        Currency.FromCode("DDM").WithdrawalDate.Should().Be(new LocalDate(1990, 9, 30));
    }

    [Fact]
    public void IsoCurrencies_HoldsCurrentAndHistoricCodes()
    {
        Currency.IsoCurrencies.Count(c => !c.IsWithdrawn).Should().Be(178);
        Currency.IsoCurrencies.Should().Contain(c => c.Code == "DEM" && c.IsWithdrawn);
    }

    [Theory]
    [InlineData("JPX")]
    [InlineData("")]
    [InlineData("US")]
    public void FromCode_UnknownCode_ThrowsNamingTheCode(string code)
    {
        Action act = () => Currency.FromCode(code);

        act.Should().Throw<UnknownCurrencyException>().WithMessage($"*'{code}'*").Which.Code.Should().Be(code);
    }

    [Fact]
    public void TryFromCode_UnknownCode_ReturnsFalse()
    {
        Currency.TryFromCode("JPX", out Currency? currency).Should().BeFalse();
        currency.Should().BeNull();
        Currency.TryFromCode(null, out _).Should().BeFalse();
    }

    [Fact]
    public void FromNumericCode_Unknown_ThrowsNamingTheCode()
    {
        Action act = () => Currency.FromNumericCode(1);

        act.Should().Throw<UnknownCurrencyException>().WithMessage("*'001'*");
    }

    [Fact]
    public void Register_CustomUnit_IsFoundByCode()
    {
        Currency unit = Currency.Register("QAU", "Aid accounting unit", 2);

        Currency.FromCode("QAU").Should().BeSameAs(unit);
        unit.IsCustom.Should().BeTrue();
        Currency.Register("QAU", "Aid accounting unit", 2).Should().BeSameAs(unit);
    }

    [Fact]
    public void Register_ConcurrentlyFromManyThreads_YieldsOneInstance()
    {
        Currency[] results = new Currency[64];
        Parallel.For(0, results.Length, i => results[i] = Currency.Register("QPU", "Parallel unit", 4));

        results.Should().AllSatisfy(c => c.Should().BeSameAs(results[0]));
    }

    [Fact]
    public void Register_IsoCode_Throws()
    {
        Action act = () => Currency.Register("USD", "Fake dollar", 2);

        act.Should().Throw<ArgumentException>().WithMessage("*'USD' is an ISO 4217 code*");
    }

    [Fact]
    public void Register_ConflictingDefinition_Throws()
    {
        Currency.Register("QCF", "First", 2);
        Action act = () => Currency.Register("QCF", "Second", 3);

        act.Should().Throw<ArgumentException>().WithMessage("*'QCF' is registered already*");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    public void Register_MinorUnitsOutOfRange_ThrowsNamingTheValue(int minorUnits)
    {
        Action act = () => Currency.Register("QBD", "Bad", minorUnits);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*{minorUnits}*");
    }

    [Theory]
    [InlineData("---")]
    [InlineData("AB")]
    [InlineData("ABCD")]
    [InlineData("AB1")]
    [InlineData("A-C")]
    [InlineData("ÀBC")]
    [InlineData("AIDUNIT")]
    public void Register_CodeNotThreeLettersAToZ_ThrowsNamingTheCode(string code)
    {
        Action act = () => Currency.Register(code, "Unreadable unit", 2);

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage(
                $"The custom currency code '{code}' must be exactly three letters A-Z, the shape of an ISO 4217 code, "
                    + $"so that amount phrases and ledgers can name it.*"
            )
            .Which.ParamName.Should()
            .Be("code");
        Currency.TryFromCode(code, out _).Should().BeFalse();
    }

    [Fact]
    public void Register_ThreeLettersInEitherCase_IsReadableByThePhraseParser()
    {
        Currency upper = Currency.Register("QZA", "Boundary unit upper", 0);
        Currency lower = Currency.Register("qzb", "Boundary unit lower", 0);

        lower.Code.Should().Be("QZB");
        AidTracker.Money.Parse("QZA 7").Currency.Should().BeSameAs(upper);
        AidTracker.Money.Parse("7 QZB").Currency.Should().BeSameAs(lower);
    }

    [Fact]
    public void Register_HugeName_ConflictMessageQuotesItShort()
    {
        Currency.Register("QHN", "First", 2);
        Action act = () => Currency.Register("QHN", "Second", 2);
        string huge = new('n', 10_000);
        Currency.Register("QHM", huge, 2);
        Action hugeConflict = () => Currency.Register("QHM", "Other", 2);

        act.Should().Throw<ArgumentException>().WithMessage("*'QHN' is registered already as 'First'*");
        hugeConflict.Should().Throw<ArgumentException>().Which.Message.Length.Should().BeLessThan(250);
    }

    [Fact]
    public void FromCode_HugeCode_MessageQuotesItShort()
    {
        Action act = () => Currency.FromCode(new string('Z', 100_000) + "\0");

        act.Should()
            .Throw<UnknownCurrencyException>()
            .WithMessage(
                "'" + new string('Z', 80) + "…' is not an ISO 4217 currency code or a registered custom unit."
            );
    }
}
