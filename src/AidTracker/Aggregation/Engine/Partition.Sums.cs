using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NodaTime;

namespace AidTracker.Aggregation.Engine;

/// <summary>The groups of one partition: their counts and exact sums, and the partial summary they make.</summary>
internal sealed partial class Partition
{
    private readonly DirectIdCache<Currency> _currencyIds;
    private readonly List<Currency> _currencies = [];
    private readonly PairMap _cellMap = new();

    // Per group.
    private int[] _records = new int[16];
    private int[] _unconvertedByGroup = new int[16];

    // Cells: one per (group, currency). With a reporting currency the cell of a group is the group itself.
    private ExactSum[] _sums = new ExactSum[16];
    private AmountQualifier[] _qualifiers = new AmountQualifier[16];
    private bool[] _hasCell = new bool[16];

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

        ImmutableArray<string> names = [.. _engine.Keys.Select(k => k.Name)];
        var groups = new SummaryGroup[groupCount];
        for (int g = 0; g < groupCount; g++)
        {
            ImmutableArray<string> keyValues = _indexer.KeyValues(g);
            ImmutableArray<SummaryTotal> totals = groupTotals[g].ToTotals(_reporting, keyValues);
            groups[g] = new SummaryGroup(names, keyValues, _records[g], _unconvertedByGroup[g], totals);
        }

        Array.Sort(groups, static (a, b) => KeyValuesComparer.Instance.Compare(a.KeyValues, b.KeyValues));
        for (int i = 0; i < _unconverted.Count; i++)
        {
            _unconverted[i] = _unconverted[i].InGroup(_indexer.KeyValues(_unconvertedGroups[i]));
        }

        var counts = new SummaryCounts(
            considered,
            _excludedByMeasure,
            _excludedByAsOf,
            _excludedByFilter,
            _insideCountedParent,
            _counted,
            _unconverted.Count,
            _withoutAmount.Count,
            _outsideCountedParents
        );
        return new Summary(
            _engine.Query,
            _engine.Source?.Name,
            ImmutableArray.Create(groups),
            overall.ToTotals(_reporting, []),
            counts,
            Summary.SortUnconverted(_unconverted),
            [.. _withoutAmount.Order(StringComparer.Ordinal)],
            _recorder.ToUsage(_policy.Basis)
        );
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddOutOfLine(int group, int record, int counted, QualifiedMoney amount, LocalDate valueDate) =>
        AddAmount(group, record, counted, amount, valueDate);

    /// <summary>
    /// Adds an amount to a group: per currency without a reporting currency; as it is in the reporting currency;
    /// otherwise through the one conversion path (<see cref="Enqueue"/>).
    /// </summary>
    private void AddAmount(int group, int record, int counted, QualifiedMoney amount, LocalDate valueDate)
    {
        Currency? reporting = _reporting;
        Currency currency = amount.Currency;
        if (reporting is null)
        {
            int cell = CellOf(group, currency);
            _sums[cell].Add(amount.Amount);
            _qualifiers[cell] = QualifiedMoney.Combine(_qualifiers[cell], amount.Qualifier);
        }
        else if (ReferenceEquals(currency, reporting) || currency.Equals(reporting))
        {
            Accumulate(group, amount.Amount, 1m, identity: true, amount.Qualifier);
        }
        else
        {
            Enqueue(group, record, counted, amount.Amount, amount.Qualifier, currency, valueDate);
        }
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
