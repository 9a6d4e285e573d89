using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Tests.Rates;

using Money = AidTracker.Money;

/// <summary>The facts of the worked example and the data README, reproduced from the embedded ECB and IMF data.</summary>
public class ExchangeRateSourcesTests
{
    private static readonly LocalDate February27 = new(2025, 2, 27);

    [Fact]
    public void Ecb_Convert8Point8BillionYenOnExchangeOfNotesDate_Is58825751Point29UsdViaEur()
    {
        Conversion conversion = ExchangeRateSources.Ecb.Convert(new Money(8_800_000_000m, Currency.JPY), Currency.USD, February27, RateBasis.Daily);

        conversion.Rounded.Should().Be(new Money(58_825_751.29m, Currency.USD));
        conversion.Original.Should().Be(new Money(8_800_000_000m, Currency.JPY));
        conversion.RequestedDate.Should().Be(February27);
        conversion.UsedDate.Should().Be(February27);
        conversion.Basis.Should().Be(RateBasis.Daily);
        conversion.Source.Should().Be("ECB");
        conversion.Rate.Derivation.Should().Be(RateDerivation.Cross);
        conversion.Rate.Pivot.Should().Be(Currency.EUR);
        conversion.RatesUsed.Should().HaveCount(2);
        conversion.RatesUsed[0].Should().Match<ExchangeRate>(r => r.Base == Currency.EUR && r.Quote == Currency.JPY && r.Value == 156.73m && r.Date == February27 && r.Source == "ECB" && r.Basis == RateBasis.Daily);
        conversion.RatesUsed[1].Should().Match<ExchangeRate>(r => r.Base == Currency.EUR && r.Quote == Currency.USD && r.Value == 1.0477m && r.Date == February27);
    }

    [Fact]
    public void Ecb_Convert_KeepsFullPrecision()
    {
        Conversion conversion = ExchangeRateSources.Ecb.Convert(new Money(8_800_000_000m, Currency.JPY), Currency.USD, February27);

        // 8,800,000,000 × 1.0477 / 156.73 = 58,825,751.292030881133158935749...
        conversion.Converted.Amount.Should().BeApproximately(58_825_751.2920308811331589357m, 0.000000000001m);
        conversion.Converted.IsRoundedToMinorUnits.Should().BeFalse();
    }
}
