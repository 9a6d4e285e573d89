using System.Collections.Immutable;

namespace AidTracker.Aggregation;

/// <summary>Sums per currency at full precision, with combined qualifiers (mutable; one per group and thread).</summary>
internal sealed class TotalsAccumulator
{
    private Currency[] _currencies = new Currency[1];
    private decimal[] _sums = new decimal[1];
    private AmountQualifier[] _qualifiers = new AmountQualifier[1];
    private int _count;

    public int Count => _count;

    public void Add(Currency currency, decimal amount, AmountQualifier qualifier)
    {
        for (int i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_currencies[i], currency) || _currencies[i].Equals(currency))
            {
                _sums[i] += amount;
                _qualifiers[i] = QualifiedMoney.Combine(_qualifiers[i], qualifier);
                return;
            }
        }

        if (_count == _currencies.Length)
        {
            Array.Resize(ref _currencies, _count * 2);
            Array.Resize(ref _sums, _count * 2);
            Array.Resize(ref _qualifiers, _count * 2);
        }

        _currencies[_count] = currency;
        _sums[_count] = amount;
        _qualifiers[_count] = qualifier;
        _count++;
    }

    public void Add(ImmutableArray<SummaryTotal> totals)
    {
        foreach (SummaryTotal total in totals)
        {
            Add(total.Currency, total.Exact.Amount, total.Qualifier);
        }
    }

    /// <summary>The totals ordered by currency code; with a reporting currency, always exactly one (zero when nothing was added).</summary>
    public ImmutableArray<SummaryTotal> ToTotals(Currency? reporting)
    {
        if (reporting is not null && _count == 0)
        {
            return [new SummaryTotal(reporting, 0m, AmountQualifier.Exact)];
        }

        var totals = new SummaryTotal[_count];
        for (int i = 0; i < _count; i++)
        {
            totals[i] = new SummaryTotal(_currencies[i], _sums[i], _qualifiers[i]);
        }

        Array.Sort(totals, static (a, b) => string.CompareOrdinal(a.Currency.Code, b.Currency.Code));
        return ImmutableArray.Create(totals);
    }
}
