using System.Diagnostics.CodeAnalysis;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Rates;

/// <summary>Convenience methods for every <see cref="IExchangeRateSource"/>: look up a rate (or throw), convert money
/// with provenance, change the look-back tolerance.</summary>
public static class ExchangeRateSourceExtensions
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<
        IExchangeRateSource,
        System.Collections.Concurrent.ConcurrentDictionary<int, IExchangeRateSource>
    > Tolerant = [];

    /// <summary>
    /// Returns <paramref name="source"/> with another look-back tolerance for its daily rates: a daily
    /// <see cref="RateTable"/> with the tolerance, a chain with it applied to each of its members, any other source
    /// (averages, fixed rates, your own) unchanged. The same source and tolerance give the same instance, so what is
    /// precomputed for it is reused.
    /// </summary>
    /// <param name="source">The source.</param>
    /// <param name="days">How many days before a requested date a daily rate may be; 0 for the date itself
    /// only.</param>
    /// <returns>The source with the tolerance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public static IExchangeRateSource WithToleranceDays(this IExchangeRateSource source, int days)
    {
        Preconditions.CheckNotNull(source);
        RateTable.CheckTolerance(days, nameof(days));
        return source switch
        {
            RateTable { Basis: RateBasis.Daily } table when table.ToleranceDays == days => table,
            RateTable { Basis: RateBasis.Daily } or ExchangeRateChain => Tolerant
                .GetOrCreateValue(source)
                .GetOrAdd(
                    days,
                    static (d, s) =>
                        s switch
                        {
                            RateTable table => table.WithToleranceDays(d),
                            ExchangeRateChain chain => new ExchangeRateChain(
                                chain.Name,
                                chain.Sources.Select(member => member.WithToleranceDays(d))
                            ),
                            _ => s,
                        },
                    source
                ),
            _ => source,
        };
    }

    /// <summary>Looks up the rate from <paramref name="from"/> to <paramref name="to"/> for <paramref name="date"/>
    /// without throwing for missing data.</summary>
    /// <param name="source">The source.</param>
    /// <param name="from">The currency to convert from.</param>
    /// <param name="to">The currency to convert to.</param>
    /// <param name="date">The date the rate is wanted for.</param>
    /// <param name="basis">The basis wanted, or <c>null</c> for any.</param>
    /// <returns>The rate with its provenance, or why there is none.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static RateLookupResult TryGetRate(
        this IExchangeRateSource source,
        Currency from,
        Currency to,
        LocalDate date,
        RateBasis? basis = null
    )
    {
        Preconditions.CheckNotNull(source);
        return source.TryGetRate(new RateRequest(from, to, date, basis));
    }

    /// <summary>Returns the rate from <paramref name="from"/> to <paramref name="to"/> for <paramref name="date"/>,
    /// with its provenance.</summary>
    /// <param name="source">The source.</param>
    /// <param name="from">The currency to convert from.</param>
    /// <param name="to">The currency to convert to.</param>
    /// <param name="date">The date the rate is wanted for.</param>
    /// <param name="basis">The basis wanted, or <c>null</c> for any.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="RateNotFoundException">The source has no rate; the message names the pair, date, tolerance and
    /// nearest dates.</exception>
    public static ExchangeRate GetRate(
        this IExchangeRateSource source,
        Currency from,
        Currency to,
        LocalDate date,
        RateBasis? basis = null
    ) => source.TryGetRate(from, to, date, basis).GetRateOrThrow();

    /// <summary>Returns the rate between two currencies given by code, e.g. <c>source.GetRate("JPY", "USD",
    /// date)</c>.</summary>
    /// <param name="source">The source.</param>
    /// <param name="fromCode">The code of the currency to convert from.</param>
    /// <param name="toCode">The code of the currency to convert to.</param>
    /// <param name="date">The date the rate is wanted for.</param>
    /// <returns>The rate, under any basis the source offers.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="UnknownCurrencyException">A code is unknown.</exception>
    /// <exception cref="RateNotFoundException">The source has no rate.</exception>
    public static ExchangeRate GetRate(
        this IExchangeRateSource source,
        string fromCode,
        string toCode,
        LocalDate date
    ) => source.GetRate(Currency.FromCode(fromCode), Currency.FromCode(toCode), date);

    /// <summary>
    /// Converts <paramref name="amount"/> into <paramref name="to"/> at the rate for <paramref name="date"/> (the
    /// amount's value date), keeping full precision: 8,800,000,000 JPY on 2025-02-27 with the ECB is 58,825,751.2920...
    /// USD, which <see cref="Conversion.Rounded"/> makes 58,825,751.29 USD.
    /// </summary>
    /// <param name="source">The source.</param>
    /// <param name="amount">The original amount.</param>
    /// <param name="to">The currency to convert into.</param>
    /// <param name="date">The date whose rate to use.</param>
    /// <param name="basis">The basis wanted, or <c>null</c> for any.</param>
    /// <returns>The conversion: the converted and original amounts and the rate used with its provenance.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="RateNotFoundException">The source has no rate; the message names the pair, date, tolerance and
    /// nearest dates.</exception>
    /// <exception cref="OverflowException">The result is outside the range of <see cref="decimal"/>.</exception>
    public static Conversion Convert(
        this IExchangeRateSource source,
        Money amount,
        Currency to,
        LocalDate date,
        RateBasis? basis = null
    )
    {
        RateLookupResult result = source.TryGetRate(amount.Currency, to, date, basis);
        return result.IsFound
            ? new Conversion(amount, result.Rate, date, result.FailedSources)
            : throw new RateNotFoundException(result.Failure);
    }

    /// <summary>Converts like <see cref="Convert"/>, returning the failure instead of throwing when there is no
    /// rate.</summary>
    /// <param name="source">The source.</param>
    /// <param name="amount">The original amount.</param>
    /// <param name="to">The currency to convert into.</param>
    /// <param name="date">The date whose rate to use.</param>
    /// <param name="conversion">The conversion when a rate was found.</param>
    /// <param name="failure">Why not, otherwise.</param>
    /// <returns><c>true</c> when converted.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static bool TryConvert(
        this IExchangeRateSource source,
        Money amount,
        Currency to,
        LocalDate date,
        [NotNullWhen(true)] out Conversion? conversion,
        [NotNullWhen(false)] out RateLookupFailure? failure
    ) => source.TryConvert(amount, to, date, null, out conversion, out failure);

    /// <summary>Converts like <see cref="Convert"/> under a given basis, returning the failure instead of throwing when
    /// there is no rate.</summary>
    /// <param name="source">The source.</param>
    /// <param name="amount">The original amount.</param>
    /// <param name="to">The currency to convert into.</param>
    /// <param name="date">The date whose rate to use.</param>
    /// <param name="basis">The basis wanted, or <c>null</c> for any.</param>
    /// <param name="conversion">The conversion when a rate was found.</param>
    /// <param name="failure">Why not, otherwise.</param>
    /// <returns><c>true</c> when converted.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static bool TryConvert(
        this IExchangeRateSource source,
        Money amount,
        Currency to,
        LocalDate date,
        RateBasis? basis,
        [NotNullWhen(true)] out Conversion? conversion,
        [NotNullWhen(false)] out RateLookupFailure? failure
    )
    {
        RateLookupResult result = source.TryGetRate(amount.Currency, to, date, basis);
        if (result.IsFound)
        {
            conversion = new Conversion(amount, result.Rate, date, result.FailedSources);
            failure = null;
            return true;
        }

        conversion = null;
        failure = result.Failure;
        return false;
    }
}
