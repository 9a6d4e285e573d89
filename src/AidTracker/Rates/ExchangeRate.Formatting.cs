using System.Globalization;
using System.Text;

namespace AidTracker.Rates;

public sealed partial class ExchangeRate : IEquatable<ExchangeRate>
{
    /// <summary>Returns whether <paramref name="other"/> has the same currencies, value, date, basis, source, derivation, pivot and legs.</summary>
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
    public override int GetHashCode() => HashCode.Combine(Base, Quote, Value, Date, Basis, Derivation, StringComparer.Ordinal.GetHashCode(Source));

    /// <summary>Returns whether two rates are equal (see <see cref="Equals(ExchangeRate)"/>).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><c>true</c> when equal.</returns>
    public static bool operator ==(ExchangeRate? left, ExchangeRate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether two rates differ.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><c>true</c> when not equal.</returns>
    public static bool operator !=(ExchangeRate? left, ExchangeRate? right) => !(left == right);

    /// <summary>
    /// Returns the rate with its provenance, culture-invariant, e.g.
    /// <c>1 EUR = 1.0477 USD (ECB, Daily, 2025-02-27)</c> or
    /// <c>1 JPY = 0.0066847... USD (ECB, Daily, 2025-02-27, cross via EUR: 1 EUR = 156.73 JPY; 1 EUR = 1.0477 USD)</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        AppendPair(text, this);
        if (IsIdentity)
        {
            return text.Append(" (identity)").ToString();
        }

        text.Append(" (").Append(Source).Append(", ").Append(Basis).Append(", ").Append(RateText.Date(Date));
        switch (Derivation)
        {
            case RateDerivation.Inverse:
                text.Append(", inverse of ");
                AppendLegs(text);
                break;
            case RateDerivation.Cross:
                text.Append(", cross via ").Append(Pivot?.Code).Append(": ");
                AppendLegs(text);
                break;
        }

        return text.Append(')').ToString();
    }

    private static void AppendPair(StringBuilder text, ExchangeRate rate) =>
        text.Append("1 ").Append(rate.Base.Code).Append(" = ")
            .Append(rate.Value.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(rate.Quote.Code);

    private void AppendLegs(StringBuilder text)
    {
        for (int i = 0; i < _legs.Length; i++)
        {
            if (i > 0)
            {
                text.Append("; ");
            }

            AppendPair(text, _legs[i]);
            if (_legs[i].Date != Date || !string.Equals(_legs[i].Source, Source, StringComparison.Ordinal))
            {
                text.Append(" (").Append(_legs[i].Source).Append(", ").Append(RateText.Date(_legs[i].Date)).Append(')');
            }
        }
    }
}
