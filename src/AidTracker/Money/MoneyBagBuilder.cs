using AidTracker.Internal;

namespace AidTracker;

/// <summary>
/// A mutable accumulator for a <see cref="MoneyBag"/>: adds amounts in place (no copy per addition), then
/// <see cref="ToMoneyBag"/> takes an immutable snapshot. Not thread-safe: use one builder per thread and merge the bags
/// (<see cref="MoneyBag.Add(MoneyBag)"/>), which is associative and commutative.
/// </summary>
public sealed class MoneyBagBuilder
{
    private readonly Dictionary<Currency, (decimal Amount, AmountQualifier Qualifier)> _sums = [];

    /// <summary>Initializes a new, empty builder.</summary>
    public MoneyBagBuilder() { }

    /// <summary>Gets the number of currencies added so far.</summary>
    public int Count => _sums.Count;

    /// <summary>Adds <paramref name="amount"/> (exact) to the sum of its currency.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public MoneyBagBuilder Add(Money amount) => Add(amount.Amount, amount.Currency, AmountQualifier.Exact);

    /// <summary>Adds <paramref name="amount"/> to the sum of its currency, combining the qualifiers.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public MoneyBagBuilder Add(QualifiedMoney amount) => Add(amount.Amount, amount.Currency, amount.Qualifier);

    /// <summary>Adds every sum of <paramref name="bag"/>.</summary>
    /// <param name="bag">The bag.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="OverflowException">A sum is outside the range of <see cref="decimal"/>.</exception>
    public MoneyBagBuilder Add(MoneyBag bag)
    {
        foreach (QualifiedMoney sum in bag.AsSpan())
        {
            Add(sum);
        }

        return this;
    }

    /// <summary>Removes every sum.</summary>
    public void Clear() => _sums.Clear();

    /// <summary>Returns an immutable bag of the sums added so far; the builder stays usable.</summary>
    /// <returns>The bag.</returns>
    public MoneyBag ToMoneyBag()
    {
        var sums = new QualifiedMoney[_sums.Count];
        int i = 0;
        foreach ((Currency currency, (decimal amount, AmountQualifier qualifier)) in _sums)
        {
            sums[i++] = new QualifiedMoney(new Money(amount, currency), qualifier);
        }

        Array.Sort(sums, static (a, b) => string.CompareOrdinal(a.Currency.Code, b.Currency.Code));
        return new MoneyBag(sums);
    }

    private MoneyBagBuilder Add(decimal amount, Currency currency, AmountQualifier qualifier)
    {
        Preconditions.CheckNotNull(currency);
        ref (decimal Amount, AmountQualifier Qualifier) sum =
            ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(
                _sums,
                currency,
                out bool exists
            );
        sum = exists ? (sum.Amount + amount, QualifiedMoney.Combine(sum.Qualifier, qualifier)) : (amount, qualifier);
        return this;
    }
}
