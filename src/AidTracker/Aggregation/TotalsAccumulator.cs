using System.Collections.Immutable;

namespace AidTracker.Aggregation;

/// <summary>Exact sums per currency with combined qualifiers (mutable), for merging totals.</summary>
internal sealed class TotalsAccumulator
{
    private readonly List<Currency> _currencies = [];
    private ExactSum[] _sums = new ExactSum[1];
    private AmountQualifier[] _qualifiers = new AmountQualifier[1];

    public void Add(Currency currency, in ExactSum sum, AmountQualifier qualifier)
    {
        int i = _currencies.IndexOf(currency);
        if (i < 0)
        {
            i = _currencies.Count;
            _currencies.Add(currency);
            if (i == _sums.Length)
            {
                Array.Resize(ref _sums, i * 2);
                Array.Resize(ref _qualifiers, i * 2);
            }

            _qualifiers[i] = qualifier;
        }
        else
        {
            _qualifiers[i] = QualifiedMoney.Combine(_qualifiers[i], qualifier);
        }

        _sums[i].Add(in sum);
    }

    public void Add(ImmutableArray<SummaryTotal> totals)
    {
        foreach (SummaryTotal total in totals)
        {
            Add(total.Currency, total.Sum, total.Qualifier);
        }
    }

    /// <summary>The totals ordered by currency code; with a reporting currency, always exactly one (zero when nothing
    /// was added).</summary>
    public ImmutableArray<SummaryTotal> ToTotals(Currency? reporting, ImmutableArray<string> keyValues)
    {
        if (reporting is not null && _currencies.Count == 0)
        {
            return [new SummaryTotal(reporting, default, AmountQualifier.Exact)];
        }

        var totals = new SummaryTotal[_currencies.Count];
        for (int i = 0; i < totals.Length; i++)
        {
            try
            {
                totals[i] = new SummaryTotal(_currencies[i], _sums[i], _qualifiers[i]);
            }
            catch (OverflowException e)
            {
                throw SummaryOverflowException.ForTotal(keyValues, _currencies[i], _sums[i], e);
            }
        }

        Array.Sort(totals, static (a, b) => string.CompareOrdinal(a.Currency.Code, b.Currency.Code));
        return ImmutableArray.Create(totals);
    }
}
