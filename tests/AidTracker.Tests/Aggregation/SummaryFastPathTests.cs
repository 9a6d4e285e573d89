using AidTracker.Aggregation;
using AidTracker.Rates;
using CsCheck;
using NodaTime;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Aggregation;

/// <summary>
/// The fast path (rate tables precomputed into the reporting currency) against the general path (any source, one lookup
/// per distinct request): the same totals to the last digit, the same rates used, the same unconverted records.
/// </summary>
public class SummaryFastPathTests
{
    private static readonly string[] Currencies = ["EUR", "JPY", "USD", "GBP", "UAH", "RUB", "KES", "CHF"];

    private static readonly Gen<AidTracker.Ledger> Ledgers = Gen.Select(
            Gen.Long[-1_000_000_00, 10_000_000_000_00],
            Gen.Int[0, Currencies.Length - 1],
            Gen.Int[0, 9500],
            Gen.Int[0, 3],
            Gen.Int[0, 6]
        )
        .Array[1, 30]
        .Select(rows =>
            LedgerOf([
                .. rows.Select(
                    (r, i) =>
                        (LedgerRecord)Commitment(
                            "c" + i,
                            r.Item5 == 0 ? null : r.Item1 / (r.Item5 == 1 ? 1_000_000m : 100m),
                            Currencies[r.Item2],
                            new LocalDate(2000, 1, 1).PlusDays(r.Item3),
                            parent: i > 0 && r.Item5 == 0 ? null
                                : i > 1 && r.Item5 == 2 ? "c" + (i / 2)
                                : null,
                            qualifier: (AmountQualifier)r.Item4
                        )
                ),
            ])
        );

    public static TheoryData<string> Policies => ["value-date", "daily", "annual", "on-date", "imf-only"];

    [Theory]
    [MemberData(nameof(Policies))]
    public void Summarize_FastPath_EqualsTheGeneralPath(string policyName)
    {
        (ConversionPolicy policy, IExchangeRateSource source) = policyName switch
        {
            "value-date" => (ConversionPolicy.AtValueDate(), (IExchangeRateSource)ExchangeRateSources.Default),
            "daily" => (ConversionPolicy.AtValueDate(RateBasis.Daily), ExchangeRateSources.Default),
            "annual" => (ConversionPolicy.AnnualAverage(), ExchangeRateSources.Default),
            "on-date" => (ConversionPolicy.OnDate(new LocalDate(2025, 3, 1)), ExchangeRateSources.Default),
            _ => (ConversionPolicy.AtValueDate(), ExchangeRateSources.Imf),
        };
        Gen.Select(Ledgers, Gen.OneOf(Currency.USD, Currency.EUR, Currency.JPY, Currency.FromCode("UAH")))
            .Sample(
                (ledger, target) =>
                {
                    var query = new SummaryQuery
                    {
                        ReportingCurrency = target,
                        Policy = policy,
                        RateSource = source,
                    }.GroupedBy(GroupKey.Year);
                    var opaque = new SummaryQuery
                    {
                        ReportingCurrency = target,
                        Policy = policy,
                        RateSource = new Opaque(source),
                    }.GroupedBy(GroupKey.Year);

                    Summary fast = ledger.Summarize(query);
                    Summary general = ledger.Summarize(opaque);

                    fast.Totals.Should().Equal(general.Totals);
                    fast.Groups.Select(g => (g.Label, g.RecordCount, g.UnconvertedCount, g.Total))
                        .Should()
                        .Equal(general.Groups.Select(g => (g.Label, g.RecordCount, g.UnconvertedCount, g.Total)));
                    fast.Unconverted.Select(u => (u.RecordId, u.Reason))
                        .Should()
                        .Equal(general.Unconverted.Select(u => (u.RecordId, u.Reason)));
                    fast.RatesUsed.Select(r => (r.ToString(), r.AnsweredBy))
                        .Should()
                        .Equal(general.RatesUsed.Select(r => (r.ToString(), r.AnsweredBy)));
                    fast.Counts.Should().Be(general.Counts);
                },
                iter: 150
            );
    }

    /// <summary>A source the fast path does not recognise, so summaries take the general path.</summary>
    private sealed class Opaque(IExchangeRateSource inner) : IExchangeRateSource
    {
        public string Name => inner.Name;

        public IReadOnlyList<RateSourceCoverage> Coverage => inner.Coverage;

        public RateLookupResult TryGetRate(RateRequest request) => inner.TryGetRate(request);
    }
}
