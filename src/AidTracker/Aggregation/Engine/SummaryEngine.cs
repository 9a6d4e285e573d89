using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Aggregation.Engine;

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
    private readonly CancellationToken _cancellationToken;

    // The token is checked once every 4,096 records (well under a millisecond of work).
    private const int CancellationCheckMask = 4095;
    private readonly SummaryQuery _query;
    private readonly GroupKey[] _keys;
    private readonly RecordFilter[] _filters;
    private readonly CommitmentTree? _tree;
    private readonly Currency? _reporting;
    private readonly IExchangeRateSource? _source;
    private readonly TableRates? _fast;
    private readonly int _fixedDay;
    private readonly int _fixedMonth;
    private readonly CommitmentStage _stage;
    private readonly DisbursementKind _kind;
    private readonly LocalDate _asOf;
    private readonly bool _hasAsOf;

    public SummaryEngine(Ledger ledger, SummaryQuery query, CancellationToken cancellationToken = default)
    {
        _cancellationToken = cancellationToken;
        _ledger = ledger;
        _query = query;
        _keys = [.. query.GroupBy];
        _filters = [.. query.Filters];
        IsCommitmentMeasure = query.Measure is Measure.Committed or Measure.Pledged;
        _stage = query.Measure == Measure.Pledged ? CommitmentStage.Pledged : CommitmentStage.Committed;
        _kind = query.Measure == Measure.Spent ? DisbursementKind.Expenditure : DisbursementKind.Disbursement;
        _asOf = query.AsOf ?? LocalDate.MaxIsoValue;
        _hasAsOf = query.AsOf is not null;
        _tree = IsCommitmentMeasure ? CommitmentTree.Of(ledger) : null;
        _reporting = query.ReportingCurrency;
        if (_reporting is not null)
        {
            _source = query.GetRateSource();
            _fast = query.Policy.Kind == ConversionPolicyKind.Fixed ? null : TableRates.For(_source, _reporting, query.Policy.Basis);
            _fixedDay = query.Policy.Date is LocalDate date ? DayNumber(date) : -1;
            _fixedMonth = query.Policy.Date is LocalDate d ? (d.Year * 12) + d.Month - 1 : -1;
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

    private bool IsEligible(Commitment c) => _query.Admits(c);

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

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool HasEligibleAncestor(int index) => EligibleAncestors(index, 1) > 0;

    /// <summary>The number of eligible ancestors of the commitment at <paramref name="index"/>, counted up to <paramref name="max"/>.</summary>
    private int EligibleAncestors(int index, int max)
    {
        int[]? parents = _tree!.Parents;
        if (parents is null)
        {
            return 0;
        }

        var commitments = _ledger.Commitments;
        int count = 0;
        for (int p = parents[index]; p >= 0 && count < max; p = parents[p])
        {
            if (IsEligible(commitments[p]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// For an itemised query: whether the eligible commitment at <paramref name="index"/> is an itemised part (exactly one
    /// eligible ancestor, the one counted); counts it as outside counted parents or inside an itemised part if not.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool IsItemisedPart(int index, ref int outside, ref int inside)
    {
        switch (EligibleAncestors(index, 2))
        {
            case 0:
                outside++;
                return false;
            case 1:
                return true;
            default:
                inside++;
                return false;
        }
    }

    /// <summary>The mutable state of one range (one thread).</summary>
    private sealed class Partition
    {
        private readonly SummaryEngine _engine;
        private readonly GroupIndexer _indexer;
        private readonly Currency? _reporting;
        private readonly TableRates? _fast;
        private readonly DirectIdCache<Currency> _fastIndex;
        private readonly DirectIdCache<Currency> _currencyIds;
        private readonly List<Currency> _currencies = [];
        private readonly PairMap _cellMap = new();
        private readonly DayBitset?[] _usedDays;
        private readonly Dictionary<RateRequest, RateLookupResult> _lookups = [];
        private readonly Dictionary<RateRequest, RateLookupResult> _used = [];
        private readonly List<UnconvertedRecord> _unconverted = [];
        private readonly List<int> _unconvertedGroups = [];
        private readonly List<string> _withoutAmount = [];

        // Per group.
        private int[] _records = new int[16];
        private int[] _unconvertedByGroup = new int[16];

        // Cells: one per (group, currency). With a reporting currency the cell of a group is the group itself.
        private ExactSum[] _sums = new ExactSum[16];
        private AmountQualifier[] _qualifiers = new AmountQualifier[16];
        private bool[] _hasCell = new bool[16];

        private Batch? _batch;
        private ulong[]? _primaryUsed; // one bit per entry of the primary table whose rate was used
        private int _excludedByMeasure;
        private int _excludedByAsOf;
        private int _excludedByFilter;
        private int _insideCountedParent;
        private int _outsideCountedParents;
        private int _counted;

        public Partition(SummaryEngine engine)
        {
            _engine = engine;
            _indexer = new GroupIndexer(engine._ledger, engine._keys);
            _reporting = engine._reporting;
            _fast = engine._fast;
            _usedDays = _fast is null ? [] : new DayBitset?[_fast.Currencies.Length];

            // The reporting currency itself needs no rate: -1 sends it to the general path, which adds it as it is.
            _fastIndex = new DirectIdCache<Currency>(1000, c => _fast is not null && !c.Equals(_reporting) && _fast.Index.TryGetValue(c, out int i) ? i : -1);
            _currencyIds = new DirectIdCache<Currency>(1000, c =>
            {
                int id = _currencies.IndexOf(c); // equal currencies in distinct instances (custom units) share an id
                if (id < 0)
                {
                    id = _currencies.Count;
                    _currencies.Add(c);
                }

                return id;
            });
        }

        // Runs once per summary over many records: optimise at once rather than through tiers (on-stack replacement).
        // Records go through in batches: the first pass filters, counts and groups them and finds each one's currency and
        // day; a tight second pass looks up the rates, so that the cache misses into the large precomputed rate arrays
        // overlap instead of stalling one record at a time; a third pass adds the products. Sums are exact, so the order in
        // which amounts are added does not change any total. The first pass keeps what it needs in locals and writes each
        // record's entry with one bounds check: the JIT otherwise spills to the stack in a loop this large.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void RunCommitments(int start, int end)
        {
            SummaryEngine engine = _engine;
            ImmutableArray<Commitment> commitments = engine._ledger.Commitments;
            int[]? parents = engine._tree!.Parents;
            bool itemised = engine._query.Itemised;
            CommitmentStage stage = engine._stage;
            LocalDate asOf = engine._asOf;
            bool hasAsOf = engine._hasAsOf;
            bool filtered = engine._filters.Length > 0;
            bool batched = _fast is not null;
            Currency? reporting = _reporting;
            TableRates.Layer? primary = _fast?.Primary;
            bool needsMonth = _fast?.NeedsMonth ?? false;
            int fixedDay = engine._fixedDay;
            int fixedMonth = engine._fixedMonth;
            GroupIndexer indexer = _indexer;
            Batch batch = _batch ??= new Batch();
            Batch.Entry[] entries = batch.Entries;
            int count = batch.Count;
            int prefetchEnd = end - CommitmentPrefetch.Distance;
            CancellationToken cancellationToken = engine._cancellationToken;
            for (int i = start; i < end; i++)
            {
                if ((i & CancellationCheckMask) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (i < prefetchEnd)
                {
                    CommitmentPrefetch.Prefetch(commitments.ItemRef(i + CommitmentPrefetch.Distance));
                }

                Commitment c = commitments[i];
                if (c.Stage != stage)
                {
                    _excludedByMeasure++;
                    continue;
                }

                if (hasAsOf && c.Date > asOf)
                {
                    _excludedByAsOf++;
                    continue;
                }

                if (filtered && !engine.PassesFiltersOutOfLine(c))
                {
                    _excludedByFilter++;
                    continue;
                }

                if (itemised)
                {
                    if (!engine.IsItemisedPart(i, ref _outsideCountedParents, ref _insideCountedParent))
                    {
                        continue;
                    }
                }
                else if (parents is not null && parents[i] >= 0 && engine.HasEligibleAncestor(i))
                {
                    _insideCountedParent++;
                    continue;
                }

                _counted++;
                int group = indexer.GroupOf(c);
                if ((uint)group >= (uint)_records.Length)
                {
                    EnsureGroup(group);
                }

                _records[group]++;
                QualifiedMoney? own = c.Amount;
                if (own is null)
                {
                    AddWithoutOwnAmount(group, c, i);
                    continue;
                }

                QualifiedMoney amount = own.GetValueOrDefault();
                Currency currency = amount.Currency;
                if (batched && !ReferenceEquals(currency, reporting))
                {
                    int index = FastIndexOf(currency);
                    if (index >= 0)
                    {
                        int day = fixedDay;
                        int month = fixedMonth;
                        if (day < 0)
                        {
                            LocalDate valueDate = c.ValueDate;
                            day = DayNumber(valueDate);
                            month = needsMonth ? (valueDate.Year * 12) + valueDate.Month - 1 : 0;
                        }

                        ref Batch.Entry entry = ref entries[count];
                        entry.Group = group;
                        entry.Currency = index;
                        entry.Day = day;
                        entry.Month = month;
                        entry.Flat = primary is null ? -1 : primary.FlatIndex(index, day);
                        entry.Record = i;
                        entry.Amount = amount.Amount;
                        entry.Qualifier = amount.Qualifier;
                        if (++count == Batch.Size)
                        {
                            batch.Count = count;
                            FlushBatch(batch);
                            count = 0;
                        }

                        continue;
                    }
                }

                AddAmountOutOfLine(group, c);
            }

            batch.Count = count;
            FlushBatch(batch);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void AddAmountOutOfLine(int group, Commitment c) => AddAmount(group, c, c, c.Amount!.Value, c.ValueDate);

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void AddWithoutOwnAmount(int group, Commitment c, int index)
        {
            if (!AddChildren(group, c, index))
            {
                _withoutAmount.Add(c.Id);
            }
        }

        /// <summary>Looks up the rates of a batch in one tight pass, then adds the products; records without a rate take the general path (for the reason).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void FlushBatch(Batch batch)
        {
            int count = batch.Count;
            if (count == 0)
            {
                return;
            }

            TableRates fast = _fast!;
            Batch.Entry[] entries = batch.Entries;
            UInt128[] rates = batch.Rate;
            UInt128[]? primaryRates = fast.Primary?.Rates;
            if (primaryRates is not null)
            {
                _primaryUsed ??= new ulong[(primaryRates.Length + 63) >> 6];

                // The tight loop: one independent load per record, so that many cache misses are in flight at once.
                for (int j = 0; j < count; j++)
                {
                    int at = entries[j].Flat;
                    rates[j] = at >= 0 ? primaryRates[at] : 0;
                }
            }
            else
            {
                Array.Clear(rates, 0, count);
            }

            ImmutableArray<Commitment> commitments = _engine._ledger.Commitments;
            for (int j = 0; j < count; j++)
            {
                ref Batch.Entry entry = ref entries[j];
                int group = entry.Group;
                ref UInt128 rate = ref rates[j];
                if (rate != 0 || fast.TryGetRate(entry.Currency, entry.Day, entry.Month, out rate))
                {
                    _sums[group].AddProductNormalized(entry.Amount, rate);
                    AmountQualifier qualifier = entry.Qualifier;
                    if (qualifier != AmountQualifier.Exact || !_hasCell[group])
                    {
                        Combine(group, qualifier);
                    }

                    int at = entry.Flat;
                    if (at >= 0 && rate == primaryRates![at])
                    {
                        // Answered by the primary table: one bit per (currency, day) of that table.
                        _primaryUsed![at >> 6] |= 1UL << at;
                    }
                    else
                    {
                        DayBitset? days = _usedDays[entry.Currency];
                        if (days is null)
                        {
                            _usedDays[entry.Currency] = days = new DayBitset();
                        }

                        days.Add(entry.Day);
                    }
                }
                else
                {
                    AddAmountOutOfLine(group, commitments[entry.Record]);
                }
            }

            batch.Count = 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void RunDisbursements(int start, int end)
        {
            SummaryEngine engine = _engine;
            ImmutableArray<Disbursement> disbursements = engine._ledger.Disbursements;
            for (int i = start; i < end; i++)
            {
                if ((i & CancellationCheckMask) == 0)
                {
                    engine._cancellationToken.ThrowIfCancellationRequested();
                }

                Disbursement d = disbursements[i];
                if (d.Kind != engine._kind)
                {
                    _excludedByMeasure++;
                    continue;
                }

                if (engine._hasAsOf && d.Date > engine._asOf)
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
                for (int cell = 0; cell < _cellMap.Count; cell++)
                {
                    (int group, int currencyId) = _cellMap.PairOf(cell);
                    Currency currency = _currencies[currencyId];
                    groupTotals[group].Add(currency, _sums[cell], _qualifiers[cell]);
                    overall.Add(currency, _sums[cell], _qualifiers[cell]);
                }
            }

            ImmutableArray<string> names = [.. _engine._keys.Select(k => k.Name)];
            var groups = new SummaryGroup[groupCount];
            for (int g = 0; g < groupCount; g++)
            {
                ImmutableArray<string> keyValues = _indexer.KeyValues(g);
                groups[g] = new SummaryGroup(names, keyValues, _records[g], _unconvertedByGroup[g], groupTotals[g].ToTotals(_reporting, keyValues));
            }

            Array.Sort(groups, static (a, b) => KeyValuesComparer.Instance.Compare(a.KeyValues, b.KeyValues));
            for (int i = 0; i < _unconverted.Count; i++)
            {
                _unconverted[i] = _unconverted[i].InGroup(_indexer.KeyValues(_unconvertedGroups[i]));
            }

            var counts = new SummaryCounts(considered, _excludedByMeasure, _excludedByAsOf, _excludedByFilter, _insideCountedParent, _counted, _unconverted.Count, _withoutAmount.Count, _outsideCountedParents);
            if (_primaryUsed is not null)
            {
                TableRates.Layer primary = _fast!.Primary!;
                int[] currencyOfRow = primary.CurrencyOfRow();
                for (int w = 0; w < _primaryUsed.Length; w++)
                {
                    for (ulong word = _primaryUsed[w]; word != 0; word &= word - 1)
                    {
                        int at = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
                        int currency = currencyOfRow[at / primary.Periods];
                        (_usedDays[currency] ??= new DayBitset()).Add(primary.First + (at % primary.Periods));
                    }
                }

                _primaryUsed = null;
            }

            RateUsage.DaySegment? days = _fast is null || _usedDays.All(d => d is null)
                ? null
                : new RateUsage.DaySegment(_engine._source!, _reporting!, _engine._query.Policy.Basis, _fast.Currencies, _usedDays);
            return new Summary(
                _engine._query,
                _engine._source?.Name,
                ImmutableArray.Create(groups),
                overall.ToTotals(_reporting, []),
                counts,
                Summary.SortUnconverted(_unconverted),
                [.. _withoutAmount.Order(StringComparer.Ordinal)],
                RateUsage.From(_used, days));
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
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
            ImmutableArray<int>[]? children = _engine._tree!.Children;
            if (children is null || children[index].Length == 0)
            {
                return false;
            }

            ImmutableArray<Commitment> commitments = _engine._ledger.Commitments;
            bool any = false;
            foreach (int j in children[index])
            {
                Commitment child = commitments[j];
                if (_engine._hasAsOf && child.Date > _engine._asOf)
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
                int day = _engine._fixedDay >= 0 ? _engine._fixedDay : DayNumber(valueDate);
                int month = _engine._fixedDay >= 0 ? _engine._fixedMonth : (valueDate.Year * 12) + valueDate.Month - 1;
                if (index >= 0 && _fast.TryGetRate(index, day, month, out UInt128 rate))
                {
                    _sums[group].AddProductNormalized(amount.Amount, rate);
                    Combine(group, amount.Qualifier);
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
                _unconvertedGroups.Add(group);
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

            Combine(group, qualifier);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Combine(int group, AmountQualifier qualifier)
        {
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
        private int FastIndexOf(Currency currency) => _fastIndex.Get(currency, currency.NumericCode ?? -1);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int CellOf(int group, Currency currency)
        {
            int count = _cellMap.Count;
            int cell = _cellMap.GetOrAdd(group, _currencyIds.Get(currency, currency.NumericCode ?? -1));
            if (cell == count)
            {
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

    /// <summary>
    /// The day number of <paramref name="date"/> as <see cref="RateTable.ToDayNumber"/> gives it (days since 0001-01-01):
    /// the first of its month from a table for 1900-2199, else computed (ledger dates are ISO dates).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int DayNumber(LocalDate date)
    {
        int year = date.Year;
        int month = date.Month;
        uint at = (uint)(((year - MonthTableFirstYear) * 12) + month - 1);
        int[] firsts = FirstDayOfMonth;
        return at < (uint)firsts.Length ? firsts[at] + date.Day - 1 : DayNumber(year, month, date.Day);
    }

    private const int MonthTableFirstYear = 1900;

    /// <summary>The day number of the first of each month from January 1900 to December 2199 (14 KB).</summary>
    private static readonly int[] FirstDayOfMonth = BuildFirstDayOfMonth();

    private static int[] BuildFirstDayOfMonth()
    {
        int[] firsts = new int[300 * 12];
        for (int i = 0; i < firsts.Length; i++)
        {
            firsts[i] = DayNumber(MonthTableFirstYear + (i / 12), (i % 12) + 1, 1);
        }

        return firsts;
    }

    /// <summary>The day number of an ISO date from its year, month and day with integer arithmetic only.</summary>
    private static int DayNumber(int year, int month, int day)
    {
        // Days from civil (H. Hinnant): the proleptic Gregorian calendar, years starting in March.
        year -= month <= 2 ? 1 : 0;
        int era = (year >= 0 ? year : year - 399) / 400;
        int yearOfEra = year - (era * 400);
        int dayOfYear = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        int dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 306; // 0000-03-01 is day -306 before 0001-01-01
    }

    /// <summary>Records waiting for their rates (see <see cref="Partition.RunCommitments"/>).</summary>
    private sealed class Batch
    {
        public const int Size = 256;
        public readonly Entry[] Entries = new Entry[Size];
        public readonly UInt128[] Rate = new UInt128[Size];
        public int Count;

        /// <summary>One record waiting for its rate.</summary>
        public struct Entry
        {
            public decimal Amount;
            public int Group;
            public int Currency; // fast-path index
            public int Day;
            public int Month;
            public int Flat; // index into the primary table's rates, or -1
            public int Record; // position in the ledger
            public AmountQualifier Qualifier;
        }
    }
}
