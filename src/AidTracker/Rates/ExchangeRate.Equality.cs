namespace AidTracker.Rates;

public sealed partial class ExchangeRate
{
    /// <summary>Returns whether <paramref name="other"/> has the same currencies, value, date, basis, source,
    /// derivation, pivot and legs.</summary>
    /// <param name="other">The rate to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(ExchangeRate? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && Base.Equals(other.Base)
            && Quote.Equals(other.Quote)
            && Value == other.Value
            && Date == other.Date
            && Basis == other.Basis
            && Derivation == other.Derivation
            && string.Equals(Source, other.Source, StringComparison.Ordinal)
            && Equals(Pivot, other.Pivot)
            && _legs.AsSpan().SequenceEqual(other._legs);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExchangeRate);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Base, Quote, Value, Date, Basis, Derivation, StringComparer.Ordinal.GetHashCode(Source));

    /// <summary>Returns whether two rates are equal (see <see cref="Equals(ExchangeRate)"/>).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><c>true</c> when equal.</returns>
    public static bool operator ==(ExchangeRate? left, ExchangeRate? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two rates differ.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><c>true</c> when not equal.</returns>
    public static bool operator !=(ExchangeRate? left, ExchangeRate? right) => !(left == right);
}
