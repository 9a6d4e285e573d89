using System.Globalization;
using System.Text;

namespace AidTracker.Rates;

public sealed partial class ExchangeRate
{
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
        text.Append("1 ")
            .Append(rate.Base.Code)
            .Append(" = ")
            .Append(rate.Value.ToString(CultureInfo.InvariantCulture))
            .Append(' ')
            .Append(rate.Quote.Code);

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
