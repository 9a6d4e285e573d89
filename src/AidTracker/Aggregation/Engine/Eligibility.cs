using System.Runtime.CompilerServices;
using NodaTime;

namespace AidTracker.Aggregation.Engine;

/// <summary>
/// Whether a query counts a record on its own, in one place: of the measure's stage or kind, dated on or before the
/// cut-off, passing every filter. <see cref="SummaryQuery.Admits"/>, the counting rule (eligible ancestors) and the
/// engine's passes all ask here. Whether an eligible commitment is then added is the counting rule's matter
/// (<see cref="CountingRule"/>).
/// </summary>
internal sealed class Eligibility
{
    private readonly CommitmentStage _stage; // not a defined stage when the measure counts disbursements
    private readonly DisbursementKind _kind; // not a defined kind when the measure counts commitments
    private readonly LocalDate _asOf;
    private readonly bool _hasAsOf;
    private readonly RecordFilter[] _filters;

    public Eligibility(SummaryQuery query)
    {
        CountsCommitments = MeasureRules.CountsCommitments(query.Measure);
        _stage = CountsCommitments ? MeasureRules.StageOf(query.Measure) : (CommitmentStage)(-1);
        _kind = CountsCommitments ? (DisbursementKind)(-1) : MeasureRules.KindOf(query.Measure);
        _asOf = query.AsOf ?? LocalDate.MaxIsoValue;
        _hasAsOf = query.AsOf is not null;
        _filters = [.. query.Filters];
    }

    /// <summary>Why a record is not counted on its own (<see cref="None"/>: it is).</summary>
    public enum Reason
    {
        /// <summary>Eligible.</summary>
        None = 0,

        /// <summary>Not of the measure's stage or kind.</summary>
        Measure,

        /// <summary>Dated after the cut-off.</summary>
        AsOf,

        /// <summary>Left out by a filter.</summary>
        Filter,
    }

    /// <summary>Gets a value indicating whether the measure counts commitments (else disbursements).</summary>
    public bool CountsCommitments { get; }

    /// <summary>Returns whether the commitment is eligible.</summary>
    public bool Admits(Commitment commitment) => Check(commitment) == Reason.None;

    /// <summary>Returns whether a record dated <paramref name="date"/> is within the cut-off.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool WithinAsOf(LocalDate date) => !_hasAsOf || date <= _asOf;

    /// <summary>Returns why the commitment is not eligible, or <see cref="Reason.None"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Reason Check(Commitment commitment) => Check(commitment.Stage == _stage, commitment.Date, commitment);

    /// <summary>Returns why the disbursement is not eligible, or <see cref="Reason.None"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Reason Check(Disbursement disbursement) =>
        Check(disbursement.Kind == _kind, disbursement.Date, disbursement);

    /// <summary>Returns whether a record dated <paramref name="date"/> is within the cut-off and passes the filters
    /// (its stage or kind aside).</summary>
    public bool WithinAsOfAndFilters(LedgerRecord record, LocalDate date) => WithinAsOf(date) && PassesFilters(record);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Reason Check(bool ofMeasure, LocalDate date, LedgerRecord record)
    {
        if (!ofMeasure)
        {
            return Reason.Measure;
        }

        if (_hasAsOf && date > _asOf)
        {
            return Reason.AsOf;
        }

        return _filters.Length != 0 && !PassesFiltersOutOfLine(record) ? Reason.Filter : Reason.None;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool PassesFiltersOutOfLine(LedgerRecord record) => PassesFilters(record);

    private bool PassesFilters(LedgerRecord record)
    {
        foreach (RecordFilter filter in _filters)
        {
            if (!filter.MatchesUnchecked(record))
            {
                return false;
            }
        }

        return true;
    }
}
