using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using AidTracker.Internal;

namespace AidTracker;

/// <summary>
/// A total in several currencies, nothing converted: one sum per currency, each with the qualifier built from the
/// amounts added to it (<see cref="QualifiedMoney.Combine"/>: adding "over $12.4 billion" makes the dollar sum
/// AtLeast). An immutable value; <see cref="Add(Money)"/> returns a new bag. To add many amounts, use a
/// <see cref="MoneyBagBuilder"/> (<see cref="CreateBuilder"/>), then <see cref="MoneyBagBuilder.ToMoneyBag"/>.
/// </summary>
/// <remarks>
/// <para>Enumeration yields the sums ordered by currency code (ordinal). The indexer returns the sum of a currency, or
/// an exact zero of that currency when nothing in it was added; <see cref="TryGetValue"/> tells the two apart.</para>
/// <para>A currency once added stays in the bag, even when its sum comes back to zero. Two bags are equal when they
/// hold the same currencies with equal amounts and equal qualifiers. <c>default(MoneyBag)</c> is the empty bag,
/// <see cref="Empty"/>. Sums keep full precision; decimal overflow throws <see cref="OverflowException"/>.</para>
/// </remarks>
[SuppressMessage(
    "Naming",
    "CA1710:Identifiers should have correct suffix",
    Justification = "A money bag is the established name for a multi-currency total (Fowler, NodaMoney)."
)]
public readonly struct MoneyBag : IEquatable<MoneyBag>, IReadOnlyCollection<QualifiedMoney>
{
    private readonly QualifiedMoney[]? _sums; // ordered by currency code, one per currency

    internal MoneyBag(QualifiedMoney[] sums)
    {
        _sums = sums.Length == 0 ? null : sums;
    }

    /// <summary>Gets the empty bag (the same as <c>default(MoneyBag)</c>).</summary>
    public static MoneyBag Empty => default;

    /// <summary>Gets the number of currencies in the bag.</summary>
    public int Count => _sums?.Length ?? 0;

    /// <summary>Gets a value indicating whether nothing has been added.</summary>
    public bool IsEmpty => _sums is null;

    /// <summary>Gets the currencies in the bag, ordered by code.</summary>
    public IReadOnlyList<Currency> Currencies => _sums is null ? [] : Array.ConvertAll(_sums, s => s.Currency);

    /// <summary>Gets the sum in <paramref name="currency"/>, or an exact zero of that currency when none was
    /// added.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The sum with its qualifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is <c>null</c>.</exception>
    public QualifiedMoney this[Currency currency] =>
        TryGetValue(currency, out QualifiedMoney sum) ? sum : new QualifiedMoney(Money.Zero(currency));

    /// <summary>Returns a new, empty builder for adding many amounts quickly.</summary>
    /// <returns>The builder.</returns>
    public static MoneyBagBuilder CreateBuilder() => new();

    /// <summary>Returns a bag holding the sums of <paramref name="amounts"/>.</summary>
    /// <param name="amounts">The amounts to add.</param>
    /// <returns>The bag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is <c>null</c>.</exception>
    public static MoneyBag From(IEnumerable<Money> amounts)
    {
        Preconditions.CheckNotNull(amounts);
        var builder = new MoneyBagBuilder();
        foreach (Money amount in amounts)
        {
            builder.Add(amount);
        }

        return builder.ToMoneyBag();
    }

    /// <summary>Returns a bag holding the sums of <paramref name="amounts"/>, combining their qualifiers per
    /// currency.</summary>
    /// <param name="amounts">The amounts to add.</param>
    /// <returns>The bag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is <c>null</c>.</exception>
    public static MoneyBag From(IEnumerable<QualifiedMoney> amounts)
    {
        Preconditions.CheckNotNull(amounts);
        var builder = new MoneyBagBuilder();
        foreach (QualifiedMoney amount in amounts)
        {
            builder.Add(amount);
        }

        return builder.ToMoneyBag();
    }

    /// <summary>Returns whether the bag holds a sum in <paramref name="currency"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns><c>true</c> when something in that currency was added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is <c>null</c>.</exception>
    public bool Contains(Currency currency) => IndexOf(Preconditions.CheckNotNull(currency)) >= 0;

    /// <summary>Gets the sum in <paramref name="currency"/> when the bag holds one.</summary>
    /// <param name="currency">The currency.</param>
    /// <param name="sum">The sum with its qualifier, or <c>default</c>.</param>
    /// <returns><c>true</c> when something in that currency was added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is <c>null</c>.</exception>
    public bool TryGetValue(Currency currency, out QualifiedMoney sum)
    {
        int index = IndexOf(Preconditions.CheckNotNull(currency));
        sum = index >= 0 ? _sums![index] : default;
        return index >= 0;
    }

    /// <summary>Returns a bag with <paramref name="amount"/> added to the sum of its currency (exact).</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The new bag.</returns>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public MoneyBag Add(Money amount) => Add(new QualifiedMoney(amount));

    /// <summary>Returns a bag with <paramref name="amount"/> added to the sum of its currency, combining the
    /// qualifiers.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The new bag.</returns>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public MoneyBag Add(QualifiedMoney amount)
    {
        QualifiedMoney[] sums = _sums ?? [];
        int index = IndexOf(amount.Currency);
        QualifiedMoney[] result;
        if (index >= 0)
        {
            result = (QualifiedMoney[])sums.Clone();
            result[index] += amount;
        }
        else
        {
            int insertAt = ~index;
            result = new QualifiedMoney[sums.Length + 1];
            Array.Copy(sums, result, insertAt);
            result[insertAt] = amount;
            Array.Copy(sums, insertAt, result, insertAt + 1, sums.Length - insertAt);
        }

        return new MoneyBag(result);
    }

    /// <summary>Returns a bag holding the sums of both bags, currency by currency. Merging is associative and
    /// commutative.</summary>
    /// <param name="other">The other bag.</param>
    /// <returns>The merged bag.</returns>
    /// <exception cref="OverflowException">A sum is outside the range of <see cref="decimal"/>.</exception>
    public MoneyBag Add(MoneyBag other)
    {
        if (other.IsEmpty)
        {
            return this;
        }

        if (IsEmpty)
        {
            return other;
        }

        var builder = new MoneyBagBuilder();
        builder.Add(this);
        builder.Add(other);
        return builder.ToMoneyBag();
    }

    /// <summary>Returns a builder that starts with this bag's sums.</summary>
    /// <returns>The builder.</returns>
    public MoneyBagBuilder ToBuilder()
    {
        var builder = new MoneyBagBuilder();
        builder.Add(this);
        return builder;
    }

    /// <inheritdoc cref="Add(Money)" />
    /// <param name="bag">The bag.</param>
    /// <param name="amount">The amount.</param>
    public static MoneyBag operator +(MoneyBag bag, Money amount) => bag.Add(amount);

    /// <inheritdoc cref="Add(QualifiedMoney)" />
    /// <param name="bag">The bag.</param>
    /// <param name="amount">The amount.</param>
    public static MoneyBag operator +(MoneyBag bag, QualifiedMoney amount) => bag.Add(amount);

    /// <inheritdoc cref="Add(MoneyBag)" />
    /// <param name="left">The first bag.</param>
    /// <param name="right">The second bag.</param>
    public static MoneyBag operator +(MoneyBag left, MoneyBag right) => left.Add(right);

    /// <summary>Returns an enumerator over the sums, ordered by currency code.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(_sums ?? []);

    /// <inheritdoc />
    IEnumerator<QualifiedMoney> IEnumerable<QualifiedMoney>.GetEnumerator() =>
        ((IEnumerable<QualifiedMoney>)(_sums ?? [])).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => (_sums ?? []).GetEnumerator();

    /// <summary>Returns whether both bags hold the same currencies with equal amounts and qualifiers.</summary>
    /// <param name="other">The other bag.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(MoneyBag other) => ((ReadOnlySpan<QualifiedMoney>)_sums).SequenceEqual(other._sums);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MoneyBag other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (QualifiedMoney sum in _sums ?? [])
        {
            hash.Add(sum);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns whether two bags are equal.</summary>
    /// <param name="left">The first bag.</param>
    /// <param name="right">The second bag.</param>
    /// <returns><c>true</c> when equal.</returns>
    public static bool operator ==(MoneyBag left, MoneyBag right) => left.Equals(right);

    /// <summary>Returns whether two bags differ.</summary>
    /// <param name="left">The first bag.</param>
    /// <param name="right">The second bag.</param>
    /// <returns><c>true</c> when not equal.</returns>
    public static bool operator !=(MoneyBag left, MoneyBag right) => !left.Equals(right);

    /// <summary>Returns the sums in plain form, ordered by code and joined by "; ":
    /// <c>JPY 8,800,000,000; over USD 12,400,000,000.00</c>, or <c>(empty)</c>.</summary>
    /// <returns>The sums.</returns>
    public override string ToString()
    {
        if (_sums is null)
        {
            return "(empty)";
        }

        var text = new StringBuilder();
        foreach (QualifiedMoney sum in _sums)
        {
            text.Append(text.Length == 0 ? string.Empty : "; ").Append(sum.ToString());
        }

        return text.ToString();
    }

    internal ReadOnlySpan<QualifiedMoney> AsSpan() => _sums;

    private int IndexOf(Currency currency)
    {
        if (_sums is null)
        {
            return ~0;
        }

        int low = 0;
        int high = _sums.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            int order = string.CompareOrdinal(_sums[middle].Currency.Code, currency.Code);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }

    /// <summary>Enumerates the sums of a <see cref="MoneyBag"/>, ordered by currency code.</summary>
    public struct Enumerator : IEnumerator<QualifiedMoney>
    {
        private readonly QualifiedMoney[] _sums;
        private int _index;

        internal Enumerator(QualifiedMoney[] sums)
        {
            _sums = sums;
            _index = -1;
        }

        /// <summary>Gets the current sum.</summary>
        public readonly QualifiedMoney Current => _sums[_index];

        /// <inheritdoc />
        readonly object IEnumerator.Current => Current;

        /// <summary>Moves to the next sum.</summary>
        /// <returns><c>false</c> after the last sum.</returns>
        public bool MoveNext() => ++_index < _sums.Length;

        /// <summary>Moves back before the first sum.</summary>
        public void Reset() => _index = -1;

        /// <summary>Does nothing.</summary>
        public readonly void Dispose() { }
    }
}
