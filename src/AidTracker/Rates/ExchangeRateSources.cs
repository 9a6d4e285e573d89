using AidTracker.Internal;

namespace AidTracker.Rates;

/// <summary>
/// The ready-made sources built from the reference data embedded in the assembly: the ECB's daily euro reference rates,
/// the IMF's annual averages, and the default chain of both. Each is loaded lazily on first use, once, thread-safely
/// (well under 150 ms for both), and never touches the network.
/// </summary>
/// <remarks>
/// Data credits: "Source: European Central Bank" (euro foreign exchange reference rates, 1999-01-04 to 2026-04-13; the
/// ECB accepts no liability for their use) and "Source: International Monetary Fund" (International Financial
/// Statistics, annual average national currency per US dollar, 1940 to 2024; AidTracker inverts and crosses these rates).
/// Check <see cref="IExchangeRateSource.Coverage"/> for how current each is.
/// </remarks>
public static class ExchangeRateSources
{
    private static readonly Lazy<RateTable> EcbTable = new(LoadEcb, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<RateTable> ImfTable = new(LoadImf, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ExchangeRateChain> DefaultChain = new(() => CreateDefault(RateTable.DefaultToleranceDays), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Gets the ECB's daily euro reference rates (41 currencies against EUR, 1999-01-04 to 2026-04-13; some discontinued:
    /// RUB ends 2022-03-01, BGN 2025-12-31), crossed through EUR, with a tolerance of 7 days. Source name <c>ECB</c>.
    /// </summary>
    public static RateTable Ecb => EcbTable.Value;

    /// <summary>
    /// Gets the IMF's annual average rates (national currency per USD, 1940 to 2024, about 170 currencies including UAH,
    /// KES and NGN), crossed through USD. Source name <c>IMF</c>; each rate is dated on its year's last day.
    /// </summary>
    /// <remarks>
    /// The IMF file repeats a currency for every country that uses it, and the rows do not always agree or are mislabelled
    /// (Haiti's rows say USD but hold gourdes per dollar). Each currency is taken from its issuer: the country whose code is
    /// the currency code's first two letters (JPY from Japan), EUR from the euro area (2024: 0.92389 EUR per USD); where no
    /// issuer row exists (XOF, XAF, XCD, ...) the value most rows agree on. USD is 1. HTG is not available.
    /// </remarks>
    public static RateTable Imf => ImfTable.Value;

    /// <summary>
    /// Gets the default source, the chain "ECB, then IMF": the ECB daily rate on the date or within the 7 days before it;
    /// failing that (a currency the ECB lacks such as UAH, a discontinued one such as RUB after 2022-03-01, or a date
    /// after the ECB data), the IMF annual average of the date's year. The rate returned says which basis and source
    /// were used, and the failures of the sources before it are kept.
    /// </summary>
    public static ExchangeRateChain Default => DefaultChain.Value;

    /// <summary>Creates the default chain with another tolerance for the ECB daily rates.</summary>
    /// <param name="ecbToleranceDays">How many days before a requested date an ECB rate may be.</param>
    /// <returns>The chain "ECB, then IMF".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ecbToleranceDays"/> is negative.</exception>
    public static ExchangeRateChain CreateDefault(int ecbToleranceDays) =>
        new(null, [Ecb.WithToleranceDays(ecbToleranceDays), Imf]);

    private static RateTable LoadEcb()
    {
        using StreamReader reader = EmbeddedData.Open(EmbeddedData.EcbDaily);
        return RateFileReader.ReadEcbCsv(reader, EmbeddedData.EcbDaily);
    }

    private static RateTable LoadImf()
    {
        using StreamReader reader = EmbeddedData.Open(EmbeddedData.ImfAnnual);
        return RateFileReader.ReadImfCsv(reader, EmbeddedData.ImfAnnual);
    }
}
