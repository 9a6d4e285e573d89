using AidTracker.Aggregation;
using AidTracker.Rates;
using BenchmarkDotNet.Attributes;

namespace AidTracker.Benchmarks;

/// <summary>
/// Issue 19: what a summary at grant equivalent costs beside the plain summary it is built on. 100,000 commitments in
/// 40 currencies over 25 years (the aggregation suite's data), one in four a loan with terms (four kinds of terms),
/// converted into USD at each record's value date and grouped by donor and year. Baseline: the committed summary at
/// face value. <see cref="GrantEquivalent"/> runs that summary, builds the view with loans at their grant equivalent
/// (grant elements cached per terms and rule) and summarises the view: about twice the baseline is the expected cost of
/// the design (the engine unchanged). <see cref="DebtServiceByYear"/> schedules every loan (60 to 120 payments each)
/// and adds up the payments by year, not converted.
/// </summary>
[MemoryDiagnoser]
public class GrantEquivalentBenchmarks
{
    private const int N = 100_000;
    private Ledger _ledger = null!;
    private SummaryQuery _query = null!;
    private IncomeGroupTable _groups = null!;
    private Ledger _view = null!;

    [GlobalSetup]
    public void Setup()
    {
        RateTable table = AggregationBenchmarkData.BuildRates();
        Ledger grants = AggregationBenchmarkData.BuildLedger(N);
        LoanTerms[] terms =
        [
            new(0.01m, 30, 10),
            new(0.001m, 40, 10),
            new(0.02m, 25, 7, RepaymentProfile.Annuity),
            new(0.03m, 15, 5, RepaymentProfile.Bullet, 1),
        ];
        var builder = new LedgerBuilder();
        for (int i = 0; i < grants.Commitments.Length; i++)
        {
            Commitment c = grants.Commitments[i];
            builder.Add(
                i % 4 == 0 ? c with { Instrument = AidInstrument.Loan, Terms = terms[(i / 4) % terms.Length] } : c
            );
        }

        _ledger = builder.Build(LedgerBenchmarkData.Clock);
        _query = new SummaryQuery { ReportingCurrency = Currency.USD, RateSource = table }.GroupedBy(
            GroupKey.Donor,
            GroupKey.Year
        );
        _groups = IncomeGroupTable.ForAll(IncomeGroup.LowerMiddleIncome);
        _ledger.Summarize(_query); // warm the rate source's caches
        _view = _ledger.SummarizeGrantEquivalent(_query, _groups).View;
        _view.Summarize(_query);
    }

    [Benchmark(Baseline = true)]
    public Summary FaceValue() => _ledger.Summarize(_query);

    [Benchmark]
    public GrantEquivalentSummary GrantEquivalent() => _ledger.SummarizeGrantEquivalent(_query, _groups);

    [Benchmark]
    public Summary ViewAlone() => _view.Summarize(_query);

    [Benchmark]
    public DebtServiceTable DebtServiceByYear() => _ledger.SummarizeDebtService(new SummaryQuery());
}
