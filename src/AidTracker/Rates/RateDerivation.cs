namespace AidTracker.Rates;

/// <summary>How an <see cref="ExchangeRate"/> was obtained from the rates a source publishes.</summary>
public enum RateDerivation
{
    /// <summary>The rate is published as it is (e.g. the ECB's 1 EUR = 1.0477 USD).</summary>
    Direct = 0,

    /// <summary>The reciprocal of one published rate (USD to EUR from the ECB's EUR to USD);
    /// <see cref="ExchangeRate.Legs"/> holds that rate.</summary>
    Inverse = 1,

    /// <summary>
    /// Composed of two rates through a pivot currency (JPY to USD through EUR); <see cref="ExchangeRate.Pivot"/> names
    /// the pivot and <see cref="ExchangeRate.Legs"/> holds the two rates.
    /// </summary>
    Cross = 2,

    /// <summary>A currency converted into itself: the value is exactly 1 and no rate was looked up.</summary>
    Identity = 3,
}
