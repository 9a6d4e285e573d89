using AidTracker.Internal;

namespace AidTracker.Rates;

/// <summary>
/// The ready-made sources built from the reference data embedded in the assembly: the ECB's daily euro reference rates,
/// the National Bank of Ukraine's official daily rates of the hryvnia, the IMF's annual averages, and the default chain
/// of the three. Each is loaded lazily on first use, once, thread-safely, and never touches the network. Rates
/// downloaded since (<see cref="RateDataFolder"/>) are used only when asked for, with <see cref="WithUpdatesFrom"/>.
/// </summary>
/// <remarks>
/// Data credits: "Source: European Central Bank" (euro foreign exchange reference rates, 1999-01-04 to 2026-04-13; the
/// ECB accepts no liability for their use), "Source: National Bank of Ukraine" (official exchange rates of the hryvnia,
/// 1996-09-02 to 2022-07-21) and "Source: International Monetary Fund" (International Financial Statistics, annual
/// average national currency per US dollar, 1940 to 2024; AidTracker inverts and crosses these rates).
/// Check <see cref="IExchangeRateSource.Coverage"/> for how current each is.
/// </remarks>
public static class ExchangeRateSources
{
    private static readonly Lazy<RateTable> EcbTable = new(LoadEcb, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<RateTable> NbuTable = new(LoadNbu, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<RateTable> ImfTable = new(LoadImf, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ExchangeRateChain> DefaultChain = new(
        () => CreateDefault(RateTable.DefaultToleranceDays),
        LazyThreadSafetyMode.ExecutionAndPublication
    );

    /// <summary>
    /// Gets the ECB's daily euro reference rates (41 currencies against EUR, 1999-01-04 to 2026-04-13; some
    /// discontinued: RUB ends 2022-03-01, BGN 2025-12-31), crossed through EUR, with a tolerance of 7 days. Source name
    /// <c>ECB</c>.
    /// </summary>
    public static RateTable Ecb => EcbTable.Value;

    /// <summary>
    /// Gets the National Bank of Ukraine's official daily rates (hryvnias per unit of about 100 currencies, historic
    /// ones included, 1996-09-02 to 2022-07-21, every calendar day but 2022-03-02), crossed through UAH, with a
    /// tolerance of 7 days. Source name <c>NBU</c>. On 2022-04-28: 1 USD = 29.2549 UAH, 1 EUR = 30.9663 UAH, 1 JPY =
    /// 0.22841 UAH.
    /// </summary>
    public static RateTable Nbu => NbuTable.Value;

    /// <summary>
    /// Gets the IMF's annual average rates (national currency per USD, 1940 to 2024, about 170 currencies including
    /// UAH, KES and NGN), crossed through USD. Source name <c>IMF</c>; each rate is dated on its year's last day.
    /// </summary>
    /// <remarks>
    /// The IMF file repeats a currency for every country that uses it, and the rows do not always agree or are
    /// mislabelled (Haiti's rows say USD but hold gourdes per dollar). Each currency is taken from its issuer: the
    /// country whose code is the currency code's first two letters (JPY from Japan), EUR from the euro area (2024:
    /// 0.92389 EUR per USD); where no issuer row exists (XOF, XAF, XCD, ...) the value most rows agree on. USD is 1.
    /// HTG is not available.
    /// </remarks>
    public static RateTable Imf => ImfTable.Value;

    /// <summary>
    /// Gets the default source, the chain "ECB, then NBU, then IMF": for each pair and date, the first source that has
    /// both currencies: the ECB daily rate on the date or within the 7 days before it; failing that (a currency the ECB
    /// lacks such as UAH, a discontinued one such as RUB after 2022-03-01, or a date after the ECB data), the NBU daily
    /// rate within 7 days; failing that, the IMF annual average of the date's year. The rate returned says which basis
    /// and source were used, and the failures of the sources before it are kept.
    /// </summary>
    public static ExchangeRateChain Default => DefaultChain.Value;

    /// <summary>Creates the default chain with another tolerance for the daily rates (ECB and NBU).</summary>
    /// <param name="toleranceDays">How many days before a requested date a daily rate may be.</param>
    /// <returns>The chain "ECB, then NBU, then IMF".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="toleranceDays"/> is negative.</exception>
    public static ExchangeRateChain CreateDefault(int toleranceDays)
    {
        RateTable.CheckTolerance(toleranceDays, nameof(toleranceDays));

        // The NBU's table (the largest, and gzipped) loads on another thread while the ECB's and the IMF's load on this
        // one.
        Task<RateTable> nbu = NbuTable.IsValueCreated
            ? Task.FromResult(NbuTable.Value)
            : Task.Run(() => NbuTable.Value);
        RateTable ecb = Ecb.WithToleranceDays(toleranceDays);
        RateTable imf = Imf;
        return new(null, [ecb, nbu.GetAwaiter().GetResult().WithToleranceDays(toleranceDays), imf]);
    }

    /// <summary>
    /// Creates the default chain over the rates downloaded into <paramref name="dataDirectory"/> (by
    /// <c>aidtracker rates update</c>): the folder's ECB and NBU files where it has them, the embedded data where not.
    /// Only the folder given is read, and only when a rate is first asked for.
    /// </summary>
    /// <param name="dataDirectory">The data folder (see <see cref="RateDataFolder"/> for its layout).</param>
    /// <param name="toleranceDays">How many days before a requested date a daily rate may be (default 7).</param>
    /// <returns>The chain "ECB, then NBU, then IMF".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataDirectory"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="toleranceDays"/> is negative.</exception>
    /// <exception cref="RateFileException">A file of the folder is malformed; the message names it.</exception>
    public static ExchangeRateChain WithUpdatesFrom(
        string dataDirectory,
        int toleranceDays = RateTable.DefaultToleranceDays
    ) => new RateDataFolder(dataDirectory).CreateDefault(toleranceDays);

    private static RateTable LoadEcb()
    {
        using StreamReader reader = EmbeddedData.Open(EmbeddedData.EcbDaily);
        return RateFileReader.ReadEcbCsv(reader, EmbeddedData.EcbDaily);
    }

    private static RateTable LoadNbu()
    {
        using StreamReader reader = EmbeddedData.Open(EmbeddedData.NbuDaily);
        return RateFileReader.ReadNbuCsv(reader, EmbeddedData.NbuDaily);
    }

    private static RateTable LoadImf()
    {
        using StreamReader reader = EmbeddedData.Open(EmbeddedData.ImfAnnual);
        return RateFileReader.ReadImfCsv(reader, EmbeddedData.ImfAnnual);
    }
}
