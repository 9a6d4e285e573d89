using AidTracker.Rates;

namespace AidTracker.Aggregation.Engine;

/// <summary>
/// Runs a <see cref="SummaryQuery"/> over a range of a ledger's records (commitments or disbursements, by the measure)
/// and
/// returns the partial summary of that range. The counting rule consults the whole ledger, so the summaries of disjoint
/// ranges merge into the summary of the whole. One engine serves one run and holds what every range shares (read only);
/// ranges may run on several threads, each with its own <see cref="Partition"/>.
/// </summary>
/// <remarks>
/// <para>The parts, one concern per file of this folder: <see cref="Eligibility"/> (stage or kind, cut-off, filters),
/// <see cref="CountingRule"/> (parents and their parts), <see cref="Partition"/> (the passes over one range, groups and
/// sums), <see cref="RateBatch"/> (every conversion: rates looked up a batch at a time, the rate source asked only when
/// the tables cannot answer), <see cref="RateUsageRecorder"/> (the rates applied), <see cref="TableRates"/> (the rate
/// tables precomputed into the reporting currency) and <see cref="CommitmentPrefetch"/> (the only unsafe code).</para>
/// <para>Speed: group ids come from a <see cref="GroupIndexer"/> (no strings per record); sums are <see
/// cref="ExactSum"/>s
/// (exact products, no decimal rounding per record); with a source made of rate tables the rates come from
/// <see cref="TableRates"/> (one dense array read per record). Goals and figures: docs/benchmarks.md,
/// "Aggregation".</para>
/// </remarks>
internal sealed class SummaryEngine
{
    /// <summary>The token is checked once every 4,096 records (well under a millisecond of work).</summary>
    public const int CancellationCheckMask = 4095;

    public SummaryEngine(Ledger ledger, SummaryQuery query, CancellationToken cancellationToken = default)
    {
        Ledger = ledger;
        Query = query;
        CancellationToken = cancellationToken;
        Keys = [.. query.GroupBy];
        Eligibility = query.Eligibility;
        Rule = Eligibility.CountsCommitments ? new CountingRule(ledger, Eligibility) : null;
        Reporting = query.ReportingCurrency;
        if (Reporting is not null)
        {
            Source = query.GetRateSource();
            Fast =
                query.Policy.Kind == ConversionPolicyKind.Fixed
                    ? null
                    : TableRates.For(Source, Reporting, query.Policy.Basis);
        }
    }

    public Ledger Ledger { get; }

    public SummaryQuery Query { get; }

    public CancellationToken CancellationToken { get; }

    public GroupKey[] Keys { get; }

    public Eligibility Eligibility { get; }

    /// <summary>Gets the counting rule of a commitment measure; <c>null</c> for disbursements.</summary>
    public CountingRule? Rule { get; }

    /// <summary>Gets the reporting currency, or <c>null</c> for totals per currency.</summary>
    public Currency? Reporting { get; }

    /// <summary>Gets the source of the rates into <see cref="Reporting"/>; <c>null</c> without one.</summary>
    public IExchangeRateSource? Source { get; }

    /// <summary>Gets the source's rate tables precomputed into <see cref="Reporting"/>, or <c>null</c> (not tables,
    /// fixed rates).</summary>
    public TableRates? Fast { get; }

    public bool IsCommitmentMeasure => Eligibility.CountsCommitments;

    /// <summary>Gets the number of records of the measure's kind (the range a run covers).</summary>
    public int RecordCount => IsCommitmentMeasure ? Ledger.Commitments.Length : Ledger.Disbursements.Length;

    public Summary Run(int start, int end)
    {
        var partition = new Partition(this);
        if (IsCommitmentMeasure)
        {
            partition.RunCommitments(start, end);
        }
        else
        {
            partition.RunDisbursements(start, end);
        }

        return partition.ToSummary(end - start);
    }
}
