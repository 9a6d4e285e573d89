namespace AidTracker.Rates;

/// <summary>
/// A source of exchange rates: answers "the rate from A to B for date D under basis X" with the rate and its
/// provenance, or says precisely why it cannot.
/// </summary>
/// <remarks>
/// <para>Implementations in this library: <see cref="RateTable"/> (in-memory, dense, fast; the embedded ECB and IMF
/// data and the files read by <see cref="RateFileReader"/> are rate tables), <see cref="FixedRateSource"/> (rates from
/// an agreement or implied by a stated equivalent) and <see cref="ExchangeRateChain"/> (sources tried in order).
/// <see cref="ExchangeRateSources"/> holds the ready-made ones.</para>
/// <para>Contract for implementers: <see cref="TryGetRate"/> does not throw for missing data (it returns a failure),
/// never returns a rate of zero, never returns a rate older than its tolerance without saying so, answers a currency
/// into itself with the identity rate, and is safe to call from several threads at once. Use
/// <see cref="RateLookupResult.Found"/> and the <see cref="RateLookupFailure"/> factories to build answers. The
/// extension methods in <see cref="ExchangeRateSourceExtensions"/> (<c>GetRate</c>, <c>Convert</c>) work on every
/// source.</para>
/// </remarks>
public interface IExchangeRateSource
{
    /// <summary>Gets the source's name, e.g. <c>ECB</c>; rates it returns carry it in
    /// <see cref="ExchangeRate.Source"/>.</summary>
    string Name { get; }

    /// <summary>
    /// Gets what the source covers: for each underlying data set its basis, currencies and first and last dates, so a
    /// user can see how stale the data is (the embedded ECB data ends on 2026-04-13). A chain lists its members'
    /// coverage.
    /// </summary>
    IReadOnlyList<RateSourceCoverage> Coverage { get; }

    /// <summary>Looks up the rate for <paramref name="request"/>.</summary>
    /// <param name="request">The pair, date and basis wanted.</param>
    /// <returns>The rate with its provenance, or the reason why there is none.</returns>
    /// <exception cref="ArgumentException"><paramref name="request"/> is <c>default(RateRequest)</c>.</exception>
    RateLookupResult TryGetRate(RateRequest request);
}
