using AidTracker.Aggregation;
using AidTracker.Aggregation.Engine;
using AidTracker.Rates;
using CsCheck;
using NodaTime;
using static AidTracker.Tests.Aggregation.AggregationData;

namespace AidTracker.Tests.Aggregation;

/// <summary>Partial summaries merge associatively and in any order into the summary of the whole; the parallel path
/// uses them.</summary>
public class SummaryMergeTests
{
    private static readonly string[] Currencies = ["EUR", "JPY", "USD", "GBP", "UAH"];
    private static readonly Party[] Donors = [Japan, UnitedStates, Party.Country("DEU")];

    /// <summary>Commitments with amounts of up to 2 decimals, dates 2020..2026 (some beyond the ECB data), every
    /// qualifier, some parents without amounts.</summary>
    private static readonly Gen<AidTracker.Ledger> Ledgers = Gen.Select(
            Gen.Long[-1_000_000_00, 10_000_000_000_00],
            Gen.Int[0, Currencies.Length - 1],
            Gen.Int[0, Donors.Length - 1],
            Gen.Int[0, 2500],
            Gen.Int[0, 3],
            Gen.Int[0, 9]
        )
        .Array[1, 40]
        .Select(rows =>
            LedgerOf([
                .. rows.Select(
                    (r, i) =>
                        (LedgerRecord)Commitment(
                            "c" + i,
                            r.Item6 == 0 ? null : r.Item1 / 100m,
                            Currencies[r.Item2],
                            new LocalDate(2020, 1, 1).PlusDays(r.Item4),
                            donor: Donors[r.Item3],
                            parent: i > 0 && r.Item6 == 1 ? "c" + (i / 2) : null,
                            qualifier: (AmountQualifier)r.Item5
                        )
                ),
            ])
        );

    private static readonly SummaryQuery PerCurrency = new SummaryQuery().GroupedBy(GroupKey.Donor, GroupKey.Year);
    private static readonly SummaryQuery InEur = new SummaryQuery
    {
        ReportingCurrency = Currency.EUR,
        RateSource = ExchangeRateSources.Ecb,
    }.GroupedBy(GroupKey.Donor, GroupKey.DonorFiscalYear);

    [Fact]
    public void Merge_PartsInAnyGroupingAndOrder_EqualsTheWhole()
    {
        Gen.Select(Ledgers, Gen.Int[0, 100], Gen.Int[0, 100], Gen.Bool)
            .Sample(
                (ledger, cutA, cutB, convert) =>
                {
                    SummaryQuery query = convert ? InEur : PerCurrency;
                    var engine = new SummaryEngineProbe(ledger, query);
                    int n = ledger.Commitments.Length;
                    int a = cutA * n / 100;
                    int b = Math.Max(a, cutB * n / 100);
                    Summary p1 = engine.Run(0, a);
                    Summary p2 = engine.Run(a, b);
                    Summary p3 = engine.Run(b, n);

                    Summary whole = ledger.Summarize(query);
                    Summary left = p1.Merge(p2).Merge(p3);
                    Summary right = p1.Merge(p2.Merge(p3));
                    Summary shuffled = Summary.Merge([p3, p1, p2]);

                    ShouldBeEquivalent(left, whole, exact: true);
                    ShouldBeEquivalent(right, whole, exact: true);
                    ShouldBeEquivalent(shuffled, whole, exact: true);
                },
                iter: 300
            );
    }

    [Fact]
    public void Summarize_Parallel_EqualsSequential()
    {
        var records = new List<LedgerRecord>();
        for (int i = 0; i < 20_000; i++)
        {
            records.Add(
                Commitment(
                    "c" + i,
                    (i % 997) + 0.25m,
                    Currencies[i % 4],
                    new LocalDate(2015, 1, 1).PlusDays(i % 3650),
                    donor: Donors[i % 3]
                )
            );
        }

        AidTracker.Ledger ledger = LedgerOf([.. records]);

        Summary sequential = ledger.Summarize(InEur);
        Summary parallel = ledger.Summarize(InEur, maxDegreeOfParallelism: 4);

        ShouldBeEquivalent(parallel, sequential, exact: true);
        parallel.Counts.Counted.Should().Be(20_000);
    }

    [Fact]
    public void Merge_DifferentQueries_Throws()
    {
        Summary a = Sample.Summarize(PerCurrency);
        Summary b = Sample.Summarize(PerCurrency.WithAsOf(new LocalDate(2024, 1, 1)));

        Action act = () => a.Merge(b);

        act.Should().Throw<ArgumentException>().WithMessage("Only summaries of the same query merge*as of 2024-01-01*");
    }

    private static void ShouldBeEquivalent(Summary actual, Summary expected, bool exact)
    {
        actual.Groups.Select(g => g.Label).Should().Equal(expected.Groups.Select(g => g.Label));
        actual.Groups.Select(g => g.RecordCount).Should().Equal(expected.Groups.Select(g => g.RecordCount));
        actual.Groups.Select(g => g.UnconvertedCount).Should().Equal(expected.Groups.Select(g => g.UnconvertedCount));
        actual
            .Groups.Select(g => string.Join("; ", g.Totals.Select(t => t.Value)))
            .Should()
            .Equal(expected.Groups.Select(g => string.Join("; ", g.Totals.Select(t => t.Value))));
        actual.Totals.Select(t => t.Value).Should().Equal(expected.Totals.Select(t => t.Value));
        if (exact)
        {
            actual.Totals.Should().Equal(expected.Totals);
            actual.Groups.SelectMany(g => g.Totals).Should().Equal(expected.Groups.SelectMany(g => g.Totals));
        }

        actual.Counts.Should().Be(expected.Counts);
        actual
            .Unconverted.Select(u => (u.RecordId, u.Reason))
            .Should()
            .Equal(expected.Unconverted.Select(u => (u.RecordId, u.Reason)));
        actual.RecordsWithoutAmount.Should().Equal(expected.RecordsWithoutAmount);
        actual.RatesUsed.Select(r => r.ToString()).Should().Equal(expected.RatesUsed.Select(r => r.ToString()));
        actual.IsComplete.Should().Be(expected.IsComplete);
    }

    /// <summary>Runs the engine on a range of the ledger, as the parallel path does.</summary>
    private sealed class SummaryEngineProbe(AidTracker.Ledger ledger, SummaryQuery query)
    {
        private readonly SummaryEngine _engine = new(ledger, query);

        public Summary Run(int start, int end) => _engine.Run(start, end);
    }
}
