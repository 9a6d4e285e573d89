namespace AidTracker;

public readonly partial struct Money
{
    /// <summary>
    /// Rounds to the currency's minor units (JPY 0, USD 2, KWD 3) with half-to-even (banker's) rounding.
    /// A currency without minor units (funds, metals) is returned unchanged.
    /// </summary>
    /// <returns>The rounded value.</returns>
    public Money Round() => Round(MidpointRounding.ToEven);

    /// <summary>Rounds to the currency's minor units with the given midpoint rule; a currency without minor units is
    /// returned unchanged.</summary>
    /// <param name="mode">How to round a value exactly halfway between two minor units.</param>
    /// <returns>The rounded value.</returns>
    public Money Round(MidpointRounding mode)
    {
        Currency currency = Currency;
        return currency.MinorUnits is int decimals ? new Money(Math.Round(_amount, decimals, mode), currency) : this;
    }

    /// <summary>Gets a value indicating whether the amount has no more decimal places than the currency's minor
    /// units.</summary>
    public bool IsRoundedToMinorUnits
    {
        get
        {
            Currency currency = Currency;
            return currency.MinorUnits is not int decimals || Math.Round(_amount, decimals) == _amount;
        }
    }
}
