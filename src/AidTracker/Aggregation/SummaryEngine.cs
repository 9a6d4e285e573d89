using System.Collections.Immutable;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Aggregation;

/// <summary>
/// Runs a <see cref="SummaryQuery"/> over a range of a ledger's records (commitments or disbursements, by the measure) and
/// returns the partial summary of that range. The counting rule consults the whole ledger, so the summaries of disjoint
/// ranges merge into the summary of the whole. One engine serves one run; ranges may run on several threads, each with
/// its own <see cref="Partition"/>.
/// </summary>
internal sealed class SummaryEngine
{
    private readonly Ledger _ledger;
    private readonly SummaryQuery _query;
    private readonly ImmutableArray<string> _keyNames;
    private readonly GroupKey[] _keys;
    private readonly RecordFilter[] _filters;
    private readonly CommitmentTree? _tree;
    private readonly Currency? _reporting;
    private readonly IExchangeRateSource? _source;
    private readonly CommitmentStage _stage;
    private readonly DisbursementKind _kind;
    private readonly LocalDate _asOf;

    public SummaryEngine(Ledger ledger, SummaryQuery query)
    {
        _ledger = ledger;
        _query = query;
        _keys = [.. query.GroupBy];
        _keyNames = [.. query.GroupBy.Select(k => k.Name)];
        _filters = [.. query.Filters];
        IsCommitmentMeasure = query.Measure is Measure.Committed or Measure.Pledged;
        _stage = query.Measure == Measure.Pledged ? CommitmentStage.Pledged : CommitmentStage.Committed;
        _kind = query.Measure == Measure.Spent ? DisbursementKind.Expenditure : DisbursementKind.Disbursement;
        _asOf = query.AsOf ?? LocalDate.MaxIsoValue;
        _tree = IsCommitmentMeasure ? CommitmentTree.Of(ledger) : null;
        _reporting = query.ReportingCurrency;
        _source = _reporting is null ? null : query.GetRateSource();
    }

    public bool IsCommitmentMeasure { get; }

    /// <summary>Gets the number of records of the measure's kind (the range a run covers).</summary>
    public int RecordCount => IsCommitmentMeasure ? _ledger.Commitments.Length : _ledger.Disbursements.Length;

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

        return partition.ToSummary();
    }

    private bool IsEligible(Commitment c) => c.Stage == _stage && c.Date <= _asOf && PassesFilters(c);

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

    private bool HasEligibleAncestor(int index)
    {
        int[] parents = _tree!.Parents!;
        var commitments = _ledger.Commitments;
        for (int p = parents[index]; p >= 0; p = parents[p])
        {
            if (IsEligible(commitments[p]))
            {
                return true;
            }
        }

        return false;
    }

    private ImmutableArray<string> KeyValuesOf(LedgerRecord record)
    {
        if (_keys.Length == 0)
        {
            return [];
        }

        string[] values = new string[_keys.Length];
        for (int k = 0; k < _keys.Length; k++)
        {
            values[k] = KeyValue(_keys[k], record);
        }

        return ImmutableArray.Create(values);
    }

    private string KeyValue(GroupKey key, LedgerRecord record)
    {
        (Party donor, Party recipient, LocalDate date, Commitment? commitment) = record switch
        {
            Commitment c => (c.Donor, c.Recipient, c.Date, c),
            Disbursement d => (d.Donor, d.Recipient, d.Date, _ledger.GetCommitmentOf(d)),
            _ => throw new InvalidOperationException("Only commitments and disbursements are summarised."),
        };
        return key.Kind switch
        {
            GroupKeyKind.Donor => donor.Id,
            GroupKeyKind.Recipient => recipient.Id,
            GroupKeyKind.Category => commitment is null ? GroupKey.NoValue : KeyText.Category(commitment.Category),
            GroupKeyKind.Instrument => commitment is null ? GroupKey.NoValue : KeyText.Instrument(commitment.Instrument),
            GroupKeyKind.Stage => commitment is null ? GroupKey.NoValue : KeyText.Stage(commitment.Stage),
            GroupKeyKind.Agreement => commitment?.AgreementId ?? GroupKey.NoValue,
            GroupKeyKind.Year => KeyText.Year(date.Year),
            GroupKeyKind.Month => KeyText.Month(date),
            GroupKeyKind.FiscalYear => key.Calendar!.GetFiscalYear(date).ToString(),
            GroupKeyKind.DonorFiscalYear => key.Calendars!.For(donor.Id).GetFiscalYear(date).ToString(),
            _ => key.Selector!(record) ?? GroupKey.NoValue,
        };
    }

    /// <summary>The mutable state of one range (one thread).</summary>
    private sealed class Partition(SummaryEngine engine)
    {
        private readonly Dictionary<ImmutableArray<string>, GroupState> _groups = new(KeyValuesComparer.Instance);
        private readonly TotalsAccumulator _totals = new();
        private readonly Dictionary<RateRequest, RateLookupResult> _lookups = [];
        private readonly Dictionary<RateRequest, RateLookupResult> _used = [];
        private readonly List<UnconvertedRecord> _unconverted = [];
        private readonly List<string> _withoutAmount = [];
        private int _considered;
        private int _excludedByMeasure;
        private int _excludedByAsOf;
        private int _excludedByFilter;
        private int _insideCountedParent;
        private int _counted;

        public void RunCommitments(int start, int end)
        {
            var commitments = engine._ledger.Commitments;
            int[]? parents = engine._tree!.Parents;
            for (int i = start; i < end; i++)
            {
                Commitment c = commitments[i];
                _considered++;
                if (c.Stage != engine._stage)
                {
                    _excludedByMeasure++;
                    continue;
                }

                if (c.Date > engine._asOf)
                {
                    _excludedByAsOf++;
                    continue;
                }

                if (!engine.PassesFilters(c))
                {
                    _excludedByFilter++;
                    continue;
                }

                if (parents is not null && parents[i] >= 0 && engine.HasEligibleAncestor(i))
                {
                    _insideCountedParent++;
                    continue;
                }

                _counted++;
                GroupState group = GroupOf(c);
                group.Records++;
                if (c.Amount is QualifiedMoney amount)
                {
                    AddAmount(group, c.Id, c.Id, amount, c.ValueDate);
                }
                else if (!AddChildren(group, c.Id, i))
                {
                    _withoutAmount.Add(c.Id);
                }
            }
        }

        public void RunDisbursements(int start, int end)
        {
            var disbursements = engine._ledger.Disbursements;
            for (int i = start; i < end; i++)
            {
                Disbursement d = disbursements[i];
                _considered++;
                if (d.Kind != engine._kind)
                {
                    _excludedByMeasure++;
                    continue;
                }

                if (d.Date > engine._asOf)
                {
                    _excludedByAsOf++;
                    continue;
                }

                if (!engine.PassesFilters(d))
                {
                    _excludedByFilter++;
                    continue;
                }

                _counted++;
                GroupState group = GroupOf(d);
                group.Records++;
                AddAmount(group, d.Id, d.Id, d.Amount, d.ValueDate);
            }
        }

        public Summary ToSummary()
        {
            Currency? reporting = engine._reporting;
            SummaryGroup[] groups = [.. _groups.Select(g => new SummaryGroup(engine._keyNames, g.Key, g.Value.Records, g.Value.Unconverted, g.Value.Totals.ToTotals(reporting)))];
            Array.Sort(groups, static (a, b) => KeyValuesComparer.Instance.Compare(a.KeyValues, b.KeyValues));
            var counts = new SummaryCounts(_considered, _excludedByMeasure, _excludedByAsOf, _excludedByFilter, _insideCountedParent, _counted, _unconverted.Count, _withoutAmount.Count);
            return new Summary(
                engine._query,
                engine._source?.Name,
                ImmutableArray.Create(groups),
                _totals.ToTotals(reporting),
                counts,
                Summary.SortUnconverted(_unconverted),
                [.. _withoutAmount.Order(StringComparer.Ordinal)],
                RateUsage.From(_used));
        }

        private GroupState GroupOf(LedgerRecord record)
        {
            ImmutableArray<string> key = engine.KeyValuesOf(record);
            if (!_groups.TryGetValue(key, out GroupState? group))
            {
                group = new GroupState();
                _groups.Add(key, group);
            }

            return group;
        }

        /// <summary>Adds the amounts of the children of commitment <paramref name="index"/>, recursively; returns whether any was found.</summary>
        private bool AddChildren(GroupState group, string countedId, int index)
        {
            int[][]? children = engine._tree!.Children;
            if (children is null || children[index].Length == 0)
            {
                return false;
            }

            var commitments = engine._ledger.Commitments;
            bool any = false;
            foreach (int j in children[index])
            {
                Commitment child = commitments[j];
                if (child.Date > engine._asOf)
                {
                    continue;
                }

                if (child.Amount is QualifiedMoney amount)
                {
                    AddAmount(group, child.Id, countedId, amount, child.ValueDate);
                    any = true;
                }
                else if (AddChildren(group, countedId, j))
                {
                    any = true;
                }
                else
                {
                    _withoutAmount.Add(child.Id);
                }
            }

            return any;
        }

        private void AddAmount(GroupState group, string recordId, string countedId, QualifiedMoney amount, LocalDate valueDate)
        {
            Currency? reporting = engine._reporting;
            if (reporting is null || amount.Currency.Equals(reporting))
            {
                group.Totals.Add(amount.Currency, amount.Amount, amount.Qualifier);
                _totals.Add(amount.Currency, amount.Amount, amount.Qualifier);
                return;
            }

            RateRequest request = engine._query.Policy.CreateRequest(amount.Currency, reporting, valueDate);
            if (!_lookups.TryGetValue(request, out RateLookupResult? result))
            {
                result = engine._source!.TryGetRate(request);
                _lookups.Add(request, result);
            }

            if (result.IsFound)
            {
                decimal converted = amount.Amount * result.Rate.Value;
                group.Totals.Add(reporting, converted, amount.Qualifier);
                _totals.Add(reporting, converted, amount.Qualifier);
                _used.TryAdd(request, result);
            }
            else
            {
                group.Unconverted++;
                _unconverted.Add(new UnconvertedRecord(recordId, countedId, amount, result.Failure));
            }
        }
    }

    private sealed class GroupState
    {
        public int Records;
        public int Unconverted;
        public readonly TotalsAccumulator Totals = new();
    }
}
