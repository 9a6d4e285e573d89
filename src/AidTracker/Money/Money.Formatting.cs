using System.Globalization;

namespace AidTracker;

public readonly partial struct Money
{
    /// <summary>
    /// Returns the plain, culture-invariant form: the code, a space and the amount with thousands separators and at
    /// least the currency's minor units, never rounded (<c>JPY 8,800,000,000</c>, <c>USD 58,825,751.29</c>).
    /// </summary>
    /// <returns>The plain form.</returns>
    public override string ToString()
    {
        Currency currency = Currency;
        return currency.Code + " " + FormatAmount(_amount, currency.MinorUnits ?? 0, CultureInfo.InvariantCulture);
    }

    /// <summary>Formats an amount with group separators, at least <paramref name="minDecimals"/> decimals and every significant decimal.</summary>
    internal static string FormatAmount(decimal amount, int minDecimals, IFormatProvider provider)
    {
        int significant = (amount / 1.0000000000000000000000000000m).Scale; // division drops trailing zeros
        int decimals = Math.Max(minDecimals, significant);
        return amount.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), provider);
    }
}
