using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Aggregation;

/// <summary>
/// Runs a <see cref="SummaryQuery"/> over a range of a ledger's records (commitments or disbursements, by the measure) and
/// returns the partial summary of that range. The counting rule consults the whole ledger, so the summaries of disjoint
/// ranges merge into the summary of the whole. One engine serves one run; ranges may run on several threads, each with
/// its own <see cref="Partition"/>.
/// </summary>
/// <remarks>
/// Speed: group ids come from a <see cref="GroupIndexer"/> (no strings per record); sums are <see cref="ExactSum"/>s
/// (exact products, no decimal rounding per record); with a source made of rate tables the rates come from
/// <see cref="TableRates"/> (one dense array read per record) and the rates used are recorded as bits per currency and
/// day, turned into <see cref="UsedRate"/>s only when asked for.
/// </remarks>
internal sealed class SummaryEngine
{
    private readonly Ledger _ledger;
    private readonly SummaryQuery _query;
    private readonly GroupKey[] _keys;
    private readonly RecordFilter[] _filters;
    private readonly CommitmentTree? _tree;
    private readonly Currency? _reporting;
    private readonly IExchangeRateSource? _source;
    private readonly TableRates? _fast;
    private readonly int _fixedDay;
    private readonly CommitmentStage _stage;
    private readonly DisbursementKind _kind;
    private readonly LocalDate _asOf;

    public SummaryEngine(Ledger ledger, SummaryQuery query)
    {
        _ledger = ledger;
        _query = query;
        _keys = [.. query.GroupBy];
        _filters = [.. query.Filters];
        IsCommitmentMeasure = query.Measure is Measure.Committed or Measure.Pledged;
        _stage = query.Measure == Measure.Pledged ? CommitmentStage.Pledged : CommitmentStage.Committed;
        _kind = query.Measure == Measure.Spent ? DisbursementKind.Expenditure : DisbursementKind.Disbursement;
        _asOf = query.AsOf ?? LocalDate.MaxIsoValue;
        _tree = IsCommitmentMeasure ? CommitmentTree.Of(ledger) : null;
        _reporting = query.ReportingCurrency;
        if (_reporting is not null)
        {
            _source = query.GetRateSource();
            _fast = query.Policy.Kind == ConversionPolicyKind.Fixed ? null : TableRates.For(_source, _reporting, query.Policy.Basis);
            _fixedDay = query.Policy.Date is LocalDate date ? RateTable.ToDayNumber(date) : -1;
        }
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

        return partition.ToSummary(end - start);
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

    /// <summary>The mutable state of one range (one thread).</summary>
    private sealed class Partition
    {
        private readonly SummaryEngine _engine;
        private readonly GroupIndexer _indexer;
        private readonly Currency? _reporting;
        private readonly TableRates? _fast;
        private readonly Dictionary<Currency, int> _fastIndex = new(ReferenceEqualityComparer.Instance);
        private readonly DayBitset?[] _usedDays;
        private readonly Dictionary<RateRequest, RateLookupResult> _lookups = [];
        private readonly Dictionary<RateRequest, RateLookupResult> _used = [];
        private readonly List<UnconvertedRecord> _unconverted = [];
        private readonly List<string> _withoutAmount = [];

        // Per group.
        private int[] _records = new int[16];
        private int[] _unconvertedByGroup = new int[16];

        // Cells: one per (group, currency). With a reporting currency the cell of a group is the group itself.
        private readonly Dictionary<(int Group, Currency Currency), int> _cellIndex = [];
        private readonly List<(int Group, Currency Currency)> _cellKeys = [];
        private ExactSum[] _sums = new ExactSum[16];
        private AmountQualifier[] _qualifiers = new AmountQualifier[16];
        private bool[] _hasCell = new bool[16];

        private Currency? _lastCurrency;
        private int _lastFastIndex;
        private int _excludedByMeasure;
        private int _excludedByAsOf;
        private int _excludedByFilter;
        private int _insideCountedParent;
        private int _counted;

        public Partition(SummaryEngine engine)
        {
            _engine = engine;
            _indexer = new GroupIndexer(engine._ledger, engine._keys);
            _reporting = engine._reporting;
            _fast = engine._fast;
            _usedDays = _fast is null ? [] : new DayBitset?[_fast.Currencies.Length];
        }

        public void RunCommitments(int start, int end)
        {
            SummaryEngine engine = _engine;
            ImmutableArray<Commitment> commitments = engine._ledger.Commitments;
            int[]? parents = engine._tree!.Parents;
            CommitmentStage stage = engine._stage;
            LocalDate asOf = engine._asOf;
            bool filtered = engine._filters.Length > 0;
            for (int i = start; i < end; i++)
            {
                Commitment c = commitments[i];
                if (c.Stage != stage)
                {
                    _excludedByMeasure++;
                    continue;
                }

                if (c.Date > asOf)
                {
                    _excludedByAsOf++;
                    continue;
                }

                if (filtered && !engine.PassesFilters(c))
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
                int group = _indexer.GroupOf(c);
                EnsureGroup(group);
                _records[group]++;
                if (c.Amount is QualifiedMoney amount)
                {
                    AddAmount(group, c, c, amount, c.ValueDate);
                }
                else if (!AddChildren(group, c, i))
                {
                    _withoutAmount.Add(c.Id);
                }
            }
        }

        public void RunDisbursements(int start, int end)
        {
            SummaryEngine engine = _engine;
            ImmutableArray<Disbursement> disbursements = engine._ledger.Disbursements;
            for (int i = start; i < end; i++)
            {
                Disbursement d = disbursements[i];
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
                int group = _indexer.GroupOf(d);
                EnsureGroup(group);
                _records[group]++;
                AddAmount(group, d, d, d.Amount, d.ValueDate);
            }
        }

        public Summary ToSummary(int considered)
        {
            int groupCount = _indexer.Count;
            var groupTotals = new TotalsAccumulator[groupCount];
            var overall = new TotalsAccumulator();
            for (int g = 0; g < groupCount; g++)
            {
                groupTotals[g] = new TotalsAccumulator();
            }

            if (_reporting is not null)
            {
                for (int g = 0; g < groupCount; g++)
                {
                    if (_hasCell[g])
                    {
                        groupTotals[g].Add(_reporting, _sums[g], _qualifiers[g]);
                        overall.Add(_reporting, _sums[g], _qualifiers[g]);
                    }
                }
            }
            else
            {
                for (int cell = 0; cell < _cellKeys.Count; cell++)
                {
                    (int group, Currency currency) = _cellKeys[cell];
                    groupTotals[group].Add(currency, _sums[cell], _qualifiers[cell]);
                    overall.Add(currency, _sums[cell], _qualifiers[cell]);
                }
            }

            ImmutableArray<string> names = [.. _engine._keys.Select(k => k.Name)];
            var groups = new SummaryGroup[groupCount];
            for (int g = 0; g < groupCount; g++)
            {
                groups[g] = new SummaryGroup(names, _indexer.KeyValues(g), _records[g], _unconvertedByGroup[g], groupTotals[g].ToTotals(_reporting));
            }

            Array.Sort(groups, static (a, b) => KeyValuesComparer.Instance.Compare(a.KeyValues, b.KeyValues));
            var counts = new SummaryCounts(considered, _excludedByMeasure, _excludedByAsOf, _excludedByFilter, _insideCountedParent, _counted, _unconverted.Count, _withoutAmount.Count);
            RateUsage.DaySegment? days = _fast is null || _usedDays.All(d => d is null)
                ? null
                : new RateUsage.DaySegment(_engine._source!, _reporting!, _engine._query.Policy.Basis, _fast.Currencies, _usedDays);
            return new Summary(
                _engine._query,
                _engine._source?.Name,
                ImmutableArray.Create(groups),
                overall.ToTotals(_reporting),
                counts,
                Summary.SortUnconverted(_unconverted),
                [.. _withoutAmount.Order(StringComparer.Ordinal)],
                RateUsage.From(_used, days));
        }

        private void EnsureGroup(int group)
        {
            if (group >= _records.Length)
            {
                int size = Math.Max(group + 1, _records.Length * 2);
                Array.Resize(ref _records, size);
                Array.Resize(ref _unconvertedByGroup, size);
                if (_reporting is not null)
                {
                    Array.Resize(ref _sums, size);
                    Array.Resize(ref _qualifiers, size);
                    Array.Resize(ref _hasCell, size);
                }
            }
        }

        /// <summary>Adds the amounts of the children of commitment <paramref name="index"/>, recursively; returns whether any was found.</summary>
        private bool AddChildren(int group, Commitment counted, int index)
        {
            int[][]? children = _engine._tree!.Children;
            if (children is null || children[index].Length == 0)
            {
                return false;
            }

            ImmutableArray<Commitment> commitments = _engine._ledger.Commitments;
            bool any = false;
            foreach (int j in children[index])
            {
                Commitment child = commitments[j];
                if (child.Date > _engine._asOf)
                {
                    continue;
                }

                if (child.Amount is QualifiedMoney amount)
                {
                    AddAmount(group, child, counted, amount, child.ValueDate);
                    any = true;
                }
                else if (AddChildren(group, counted, j))
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

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void AddAmount(int group, LedgerRecord record, LedgerRecord counted, QualifiedMoney amount, LocalDate valueDate)
        {
            Currency? reporting = _reporting;
            Currency currency = amount.Currency;
            if (reporting is null)
            {
                int cell = CellOf(group, currency);
                _sums[cell].Add(amount.Amount);
                _qualifiers[cell] = QualifiedMoney.Combine(_qualifiers[cell], amount.Qualifier);
                return;
            }

            if (ReferenceEquals(currency, reporting) || currency.Equals(reporting))
            {
                Accumulate(group, amount.Amount, 1m, identity: true, amount.Qualifier);
                return;
            }

            if (_fast is not null)
            {
                int index = FastIndexOf(currency);
                int day = _engine._fixedDay >= 0 ? _engine._fixedDay : RateTable.ToDayNumber(valueDate);
                if (index >= 0 && _fast.TryGetRate(index, day, out decimal rate))
                {
                    Accumulate(group, amount.Amount, rate, identity: false, amount.Qualifier);
                    (_usedDays[index] ??= new DayBitset()).Add(day);
                    return;
                }
            }

            RateRequest request = _engine._query.Policy.CreateRequest(currency, reporting, valueDate);
            if (!_lookups.TryGetValue(request, out RateLookupResult? result))
            {
                result = _engine._source!.TryGetRate(request);
                _lookups.Add(request, result);
            }

            if (result.IsFound)
            {
                Accumulate(group, amount.Amount, result.Rate.Value, identity: false, amount.Qualifier);
                _used.TryAdd(request, result);
            }
            else
            {
                _unconvertedByGroup[group]++;
                _unconverted.Add(new UnconvertedRecord(record.Id, counted.Id, amount, result.Failure));
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Accumulate(int group, decimal amount, decimal rate, bool identity, AmountQualifier qualifier)
        {
            ref ExactSum sum = ref _sums[group];
            if (identity)
            {
                sum.Add(amount);
            }
            else
            {
                sum.AddProduct(amount, rate);
            }

            if (_hasCell[group])
            {
                _qualifiers[group] = QualifiedMoney.Combine(_qualifiers[group], qualifier);
            }
            else
            {
                _qualifiers[group] = qualifier;
                _hasCell[group] = true;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int FastIndexOf(Currency currency)
        {
            if (ReferenceEquals(currency, _lastCurrency))
            {
                return _lastFastIndex;
            }

            if (!_fastIndex.TryGetValue(currency, out int index))
            {
                index = _fast!.Index.TryGetValue(currency, out int i) ? i : -1;
                _fastIndex[currency] = index;
            }

            _lastCurrency = currency;
            _lastFastIndex = index;
            return index;
        }

        private int CellOf(int group, Currency currency)
        {
            ref int cell = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_cellIndex, (group, currency), out bool exists);
            if (!exists)
            {
                cell = _cellKeys.Count;
                _cellKeys.Add((group, currency));
                if (cell >= _sums.Length)
                {
                    Array.Resize(ref _sums, _sums.Length * 2);
                    Array.Resize(ref _qualifiers, _sums.Length);
                }

                _qualifiers[cell] = AmountQualifier.Exact;
            }

            return cell;
        }
    }
}
