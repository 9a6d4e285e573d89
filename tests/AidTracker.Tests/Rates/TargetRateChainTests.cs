using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Tests.Rates;

public class TargetRateChainTests
{
    private static readonly TargetRateChain DefaultToUsd = ExchangeRateSources.Default.ForTarget(Currency.USD);

    [Fact]
    public void TryConvert_ManyCurrenciesAndDays_AgreesWithTheDefaultChain()
    {
        int first = RateTable.ToDayNumber(new LocalDate(1998, 12, 1));
        int last = RateTable.ToDayNumber(new LocalDate(2026, 6, 1));
        for (int c = 0; c < DefaultToUsd.Currencies.Count; c += 3)
        {
            for (int day = first; day <= last; day += 97)
            {
                Currency currency = DefaultToUsd.Currencies[c];
                RateLookupResult expected = ExchangeRateSources.Default.TryGetRate(currency, Currency.USD, RateTable.FromDayNumber(day));

                bool found = DefaultToUsd.TryConvert(1000m, c, day, out decimal converted, out int used, out int source);

                found.Should().Be(expected.IsFound, "{0} on {1}", currency, RateTable.FromDayNumber(day));
                if (found)
                {
                    converted.Should().Be(1000m * expected.Rate!.Value);
                    RateTable.FromDayNumber(used).Should().Be(expected.Rate.Date);
                    (source < 0 ? "identity" : DefaultToUsd.Tables[source].Name).Should().Be(currency == Currency.USD ? "identity" : expected.AnsweredBy);
                }
            }
        }
    }

    [Fact]
    public void TryConvert_HryvniaInMid2024_IsAnsweredByTheImf()
    {
        int uah = DefaultToUsd.GetCurrencyIndex(Currency.UAH);

        DefaultToUsd.TryConvert(40_152_082.715m, uah, RateTable.ToDayNumber(new LocalDate(2024, 6, 15)), out decimal usd, out _, out int source).Should().BeTrue();

        Math.Round(usd, 2).Should().Be(1_000_000m);
        DefaultToUsd.Tables[source].Name.Should().Be("IMF");
        DefaultToUsd.ToString().Should().Be("ECB, then NBU, then IMF rates into USD");
    }

    [Fact]
    public void TryConvert_HryvniaOn28April2022_IsAnsweredByTheNbuAsTheChainWould()
    {
        int uah = DefaultToUsd.GetCurrencyIndex(Currency.UAH);
        var april28 = new LocalDate(2022, 4, 28);

        DefaultToUsd.TryConvert(1_000_000m, uah, RateTable.ToDayNumber(april28), out decimal usd, out int usedDay, out int source).Should().BeTrue();

        DefaultToUsd.Tables[source].Name.Should().Be("NBU");
        usedDay.Should().Be(RateTable.ToDayNumber(april28));
        usd.Should().Be(ExchangeRateSources.Default.Convert(new AidTracker.Money(1_000_000m, Currency.UAH), Currency.USD, april28).Converted.Amount);
        usd.Should().Be(1_000_000m * (1m / 29.2549m));
    }

    [Fact]
    public void TryConvert_ManyTimes_AllocatesNothing()
    {
        int rub = DefaultToUsd.GetCurrencyIndex(Currency.FromCode("RUB"));
        int day = RateTable.ToDayNumber(new LocalDate(2023, 6, 15));
        DefaultToUsd.TryConvert(1m, rub, day, out _, out _, out _);

        long before = GC.GetAllocatedBytesForCurrentThread();
        decimal sum = 0m;
        for (int i = 0; i < 1000; i++)
        {
            DefaultToUsd.TryConvert(1000m, rub, day - i, out decimal usd, out _, out _);
            sum += usd;
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        sum.Should().BePositive();
    }

    [Fact]
    public void GetCurrencyIndex_CurrencyNoTableHas_ThrowsNamingIt()
    {
        Action act = () => DefaultToUsd.GetCurrencyIndex(Currency.FromCode("HTG"));

        act.Should().Throw<ArgumentException>().WithMessage("*ECB, NBU, IMF*HTG*");
        DefaultToUsd.TryGetCurrencyIndex(Currency.FromCode("HTG"), out _).Should().BeFalse();
    }

    [Fact]
    public void ForTarget_ChainWithAFixedRateSource_IsNotSupported()
    {
        var chain = new ExchangeRateChain(new FixedRateSource("Agreement", new ExchangeRate(Currency.USD, Currency.JPY, 145m, new LocalDate(2025, 2, 27), RateBasis.Fixed, "Agreement")), ExchangeRateSources.Ecb);

        Action act = () => chain.ForTarget(Currency.USD);

        act.Should().Throw<NotSupportedException>().WithMessage("*Agreement*FixedRateSource*");
    }
}
