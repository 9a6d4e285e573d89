using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Tests.Rates;

public class TargetRateTableTests
{
    [Fact]
    public void TryGetRate_EveryCurrencyOnManyDays_AgreesWithTheTableToTheLastDigit()
    {
        RateTable ecb = ExchangeRateSources.Ecb;
        TargetRateTable toUsd = ecb.ForTarget(Currency.USD);
        int usd = ecb.GetCurrencyIndex(Currency.USD);
        int first = RateTable.ToDayNumber(new LocalDate(1998, 12, 20));
        int last = RateTable.ToDayNumber(new LocalDate(2026, 5, 1));

        for (int from = 0; from < ecb.Currencies.Count; from++)
        {
            for (int day = first; day <= last; day += 37)
            {
                bool expected = ecb.TryGetRate(from, usd, day, out decimal rate, out int used);
                bool actual = toUsd.TryGetRate(from, day, out decimal targetRate, out int targetUsed);

                actual.Should().Be(expected, "{0} on day {1}", ecb.Currencies[from], day);
                decimal.GetBits(targetRate).Should().Equal(decimal.GetBits(rate));
                targetUsed.Should().Be(used);
            }
        }
    }

    [Fact]
    public void TryConvert_TheWorkedExample_Gives58825751Point29()
    {
        TargetRateTable toUsd = ExchangeRateSources.Ecb.ForTarget(Currency.USD);

        toUsd
            .TryConvert(
                8_800_000_000m,
                toUsd.Table.GetCurrencyIndex(Currency.JPY),
                RateTable.ToDayNumber(new LocalDate(2025, 2, 27)),
                out decimal usd,
                out int used
            )
            .Should()
            .BeTrue();

        Math.Round(usd, 2).Should().Be(58_825_751.29m);
        RateTable.FromDayNumber(used).Should().Be(new LocalDate(2025, 2, 27));
        toUsd.Target.Should().Be(Currency.USD);
        toUsd.ToString().Should().Be("ECB rates into USD");
    }

    [Fact]
    public void TryGetRate_TargetItself_IsOneOnAnyDay()
    {
        TargetRateTable toJpy = ExchangeRateSources.Ecb.ForTarget(Currency.JPY);

        toJpy
            .TryGetRate(toJpy.Table.GetCurrencyIndex(Currency.JPY), 1, out decimal rate, out int used)
            .Should()
            .BeTrue();
        rate.Should().Be(1m);
        used.Should().Be(1);
    }

    [Fact]
    public void TryConvert_ManyTimes_AllocatesNothing()
    {
        TargetRateTable toUsd = ExchangeRateSources.Ecb.ForTarget(Currency.USD);
        int jpy = toUsd.Table.GetCurrencyIndex(Currency.JPY);
        int day = RateTable.ToDayNumber(new LocalDate(2025, 2, 27));
        toUsd.TryConvert(1m, jpy, day, out _, out _);

        long before = GC.GetAllocatedBytesForCurrentThread();
        decimal sum = 0m;
        for (int i = 0; i < 1000; i++)
        {
            toUsd.TryConvert(1000m, jpy, day - i, out decimal usd, out _);
            sum += usd;
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        sum.Should().BePositive();
    }

    [Fact]
    public void ForTarget_CurrencyNotInTheTable_ThrowsNamingIt()
    {
        Action act = () => ExchangeRateSources.Ecb.ForTarget(Currency.UAH);

        act.Should().Throw<ArgumentException>().WithMessage("*ECB*UAH*");
    }

    [Fact]
    public void TryGetRate_BadIndex_Throws()
    {
        Action act = () => ExchangeRateSources.Imf.ForTarget(Currency.USD).TryGetRate(-1, 739_308, out _, out _);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*IMF*-1*");
    }
}
