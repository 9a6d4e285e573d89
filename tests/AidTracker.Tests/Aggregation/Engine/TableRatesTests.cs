using AidTracker.Aggregation;
using AidTracker.Aggregation.Engine;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Tests.Aggregation.Engine;

/// <summary>The engine's fast path of the default source (ECB, then NBU, then IMF into USD) against the source
/// itself.</summary>
public class TableRatesTests
{
    private static readonly TableRates DefaultToUsd = TableRates.For(ExchangeRateSources.Default, Currency.USD, null)!;

    [Fact]
    public void TryGetRate_ManyCurrenciesAndDays_AgreesWithTheDefaultChain()
    {
        int first = RateTable.ToDayNumber(new LocalDate(1998, 12, 1));
        int last = RateTable.ToDayNumber(new LocalDate(2026, 6, 1));
        int found = 0;
        for (int c = 0; c < DefaultToUsd.Currencies.Length; c += 3)
        {
            for (int day = first; day <= last; day += 97)
            {
                Currency currency = DefaultToUsd.Currencies[c];
                LocalDate date = RateTable.FromDayNumber(day);
                RateLookupResult expected = ExchangeRateSources.Default.TryGetRate(currency, Currency.USD, date);

                if (
                    currency != Currency.USD
                    && DefaultToUsd.TryGetRate(c, day, DayNumbers.MonthOf(date), out UInt128 rate, out int layer)
                )
                {
                    found++;
                    expected.IsFound.Should().BeTrue("{0} on {1}", currency, date);
                    ExactSum.TryNormalizeRate(expected.Rate!.Value, out UInt128 normalized).Should().BeTrue();
                    rate.Should().Be(normalized, "{0} on {1}", currency, date);
                    DefaultToUsd.Layers[layer].Table.Name.Should().Be(expected.AnsweredBy);
                }
            }
        }

        found.Should().BeGreaterThan(1000, "the tables answer most requests themselves");
    }

    [Theory]
    [InlineData(2024, 6, 15, "IMF")]
    [InlineData(2022, 4, 28, "NBU")]
    public void TryGetRate_Hryvnia_IsAnsweredByTheTableTheChainWouldAsk(int year, int month, int day, string table)
    {
        var date = new LocalDate(year, month, day);

        int uah = DefaultToUsd.Index[Currency.UAH];

        DefaultToUsd
            .TryGetRate(uah, RateTable.ToDayNumber(date), DayNumbers.MonthOf(date), out _, out int layer)
            .Should()
            .BeTrue();

        DefaultToUsd.Layers[layer].Table.Name.Should().Be(table);
        ExchangeRateSources.Default.TryGetRate(Currency.UAH, Currency.USD, date).AnsweredBy.Should().Be(table);
    }
}
