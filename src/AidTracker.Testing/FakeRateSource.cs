using System.Collections.Immutable;
using System.Globalization;
using AidTracker.Rates;
using AidTracker.Testing.Internal;
using NodaTime;

namespace AidTracker.Testing;

/// <summary>
/// An exchange-rate source for tests, holding only the rates a test gives it; built in one line with
/// <see cref="FakeRates"/> and extended with <c>And...</c>:
/// <c>FakeRates.Daily("EUR", "USD", date, 1.0477m).And("EUR", "JPY", date, 156.73m)</c>.
/// </summary>
/// <remarks>
/// <para>It answers exactly as the library's own sources do, because it is made of them: daily and average rates go
/// into <see cref="RateTable"/>s (so a request on a Saturday gets Friday's rate, up to <see cref="ToleranceDays"/> days
/// back; a currency pair is answered directly, inverted, or crossed through a currency both have a rate with, and the
/// result says so), fixed rates into a <see cref="FixedRateSource"/>, and several of them into an
/// <see cref="ExchangeRateChain"/> tried in the order daily, monthly, annual, fixed. Every rate carries
/// <see cref="Name"/> as its source. A missing rate is a failure naming the pair and date, never zero.</para>
/// <para>Cross rates go through one currency, as with the ECB (EUR) and the IMF (USD): the rates are grouped around the
/// currency most of them share, so <c>EUR/USD</c> and <c>EUR/JPY</c> give <c>JPY/USD</c>, but <c>EUR/USD</c> and
/// <c>GBP/JPY</c> give no <c>USD/JPY</c>.</para>
/// <para>Immutable and thread-safe: each <c>And...</c> returns a new source.</para>
/// </remarks>
public sealed class FakeRateSource : IExchangeRateSource
{
    private static readonly RateBasis[] SourceOrder =
    [
        RateBasis.Daily,
        RateBasis.MonthlyAverage,
        RateBasis.AnnualAverage,
        RateBasis.Fixed,
    ];
    private readonly ImmutableArray<ExchangeRate> _rates;
    private readonly IExchangeRateSource _inner;

    internal FakeRateSource(string name, int toleranceDays, ImmutableArray<ExchangeRate> rates)
    {
        Name = name;
        ToleranceDays = toleranceDays;
        _rates = rates;
        _inner = Compose(name, toleranceDays, rates);
    }

    /// <summary>Gets the source's name, carried by every rate it returns (default
    /// <see cref="FakeRates.DefaultName"/>).</summary>
    public string Name { get; }

    /// <summary>Gets how many days before a requested date a daily rate may be (default 7, as for the real
    /// sources).</summary>
    public int ToleranceDays { get; }

    /// <summary>Gets the rates given, in order, as given (not inverted).</summary>
    public IReadOnlyList<ExchangeRate> Rates => _rates;

    /// <inheritdoc />
    public IReadOnlyList<RateSourceCoverage> Coverage => _inner.Coverage;

    /// <inheritdoc />
    public RateLookupResult TryGetRate(RateRequest request) => _inner.TryGetRate(request);

    /// <summary>Returns a source with one more daily rate: 1 <paramref name="baseCode"/> = <paramref name="value"/>
    /// <paramref name="quoteCode"/> on <paramref name="date"/>.</summary>
    /// <param name="baseCode">The base currency's code, e.g. <c>EUR</c>.</param>
    /// <param name="quoteCode">The quote currency's code, e.g. <c>USD</c>.</param>
    /// <param name="date">The day of the rate.</param>
    /// <param name="value">Units of quote per unit of base, greater than zero (<c>1.0477m</c>).</param>
    /// <returns>The new source.</returns>
    /// <exception cref="ArgumentNullException">A code is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A code is not a known currency, both are the same, or the source already has
    /// a daily rate for the pair on that day.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative.</exception>
    public FakeRateSource And(string baseCode, string quoteCode, LocalDate date, decimal value) =>
        With(RateBasis.Daily, baseCode, quoteCode, date, value);

    /// <summary>Returns a source with one more monthly average rate, for <paramref name="month"/> (dated on its last
    /// day).</summary>
    /// <param name="baseCode">The base currency's code.</param>
    /// <param name="quoteCode">The quote currency's code.</param>
    /// <param name="month">The month the average is for.</param>
    /// <param name="value">Units of quote per unit of base, greater than zero.</param>
    /// <returns>The new source.</returns>
    /// <exception cref="ArgumentNullException">A code is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A code is not a known currency, both are the same, or the source already has
    /// a monthly average for the pair and month.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative.</exception>
    public FakeRateSource AndMonthlyAverage(string baseCode, string quoteCode, YearMonth month, decimal value) =>
        With(
            RateBasis.MonthlyAverage,
            baseCode,
            quoteCode,
            month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)),
            value
        );

    /// <summary>Returns a source with one more annual average rate, for <paramref name="year"/> (dated 31 December, as
    /// the IMF does).</summary>
    /// <param name="baseCode">The base currency's code, e.g. <c>USD</c>.</param>
    /// <param name="quoteCode">The quote currency's code, e.g. <c>UAH</c>.</param>
    /// <param name="year">The year the average is for.</param>
    /// <param name="value">Units of quote per unit of base, greater than zero.</param>
    /// <returns>The new source.</returns>
    /// <exception cref="ArgumentNullException">A code is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A code is not a known currency, both are the same, or the source already has
    /// an annual average for the pair and year.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative, or
    /// <paramref name="year"/> is not a valid year.</exception>
    public FakeRateSource AndAnnualAverage(string baseCode, string quoteCode, int year, decimal value) =>
        With(RateBasis.AnnualAverage, baseCode, quoteCode, new LocalDate(year, 12, 31), value);

    /// <summary>
    /// Returns a source with one more fixed rate (a rate written into an agreement), dated <paramref name="date"/> and
    /// answering for any date (see <see cref="FixedRateSource"/>).
    /// </summary>
    /// <param name="baseCode">The base currency's code.</param>
    /// <param name="quoteCode">The quote currency's code.</param>
    /// <param name="date">The rate's own date (the agreement's).</param>
    /// <param name="value">Units of quote per unit of base, greater than zero.</param>
    /// <returns>The new source.</returns>
    /// <exception cref="ArgumentNullException">A code is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">A code is not a known currency, both are the same, or the source already has
    /// a fixed rate for the pair.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative.</exception>
    public FakeRateSource AndFixed(string baseCode, string quoteCode, LocalDate date, decimal value) =>
        With(RateBasis.Fixed, baseCode, quoteCode, date, value);

    /// <summary>Returns the same rates under another source name (<c>Named("ECB")</c> to mimic the real source in
    /// provenance checks).</summary>
    /// <param name="name">The source's name.</param>
    /// <returns>The new source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public FakeRateSource Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new FakeRateSource(
            name,
            ToleranceDays,
            [.. _rates.Select(r => new ExchangeRate(r.Base, r.Quote, r.Value, r.Date, r.Basis, name))]
        );
    }

    /// <summary>Returns the same rates with another tolerance for daily rates: 0 answers only for the exact dates
    /// given.</summary>
    /// <param name="days">How many days before a requested date a daily rate may be; zero or more.</param>
    /// <returns>The new source.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public FakeRateSource WithToleranceDays(int days)
    {
        if (days < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(days),
                days,
                FormattableString.Invariant($"The tolerance must be zero days or more, not {days}.")
            );
        }

        return new FakeRateSource(Name, days, _rates);
    }

    /// <summary>Returns the name and the rates, e.g. <c>FakeRates: 1 EUR = 1.0477 USD (FakeRates, Daily,
    /// 2025-02-27)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        _rates.IsEmpty ? Name + ": no rates" : Name + ": " + string.Join("; ", _rates.Select(r => r.ToString()));

    private static IExchangeRateSource Compose(string name, int toleranceDays, ImmutableArray<ExchangeRate> rates)
    {
        var sources = new List<IExchangeRateSource>();
        foreach (RateBasis basis in SourceOrder)
        {
            ExchangeRate[] ofBasis = [.. rates.Where(r => r.Basis == basis)];
            if (ofBasis.Length == 0)
            {
                continue;
            }

            if (basis == RateBasis.Fixed)
            {
                sources.Add(new FixedRateSource(name, ofBasis));
                continue;
            }

            foreach ((Currency pivot, List<ExchangeRate> group) in GroupAroundPivots(ofBasis))
            {
                var builder = new RateTableBuilder(name, pivot, basis) { ToleranceDays = toleranceDays };
                foreach (ExchangeRate rate in group)
                {
                    builder.Add(rate.Date, rate.Base, rate.Quote, rate.Value);
                }

                sources.Add(builder.Build());
            }
        }

        return sources.Count switch
        {
            0 => new FixedRateSource(name),
            1 => sources[0],
            _ => new ExchangeRateChain(name, sources),
        };
    }

    /// <summary>Groups rates around the currency most of them share (ties: the one named first), then the rest
    /// likewise.</summary>
    private static IEnumerable<(Currency Pivot, List<ExchangeRate> Rates)> GroupAroundPivots(
        IEnumerable<ExchangeRate> rates
    )
    {
        List<ExchangeRate> remaining = [.. rates];
        while (remaining.Count > 0)
        {
            Currency pivot = remaining
                .SelectMany(r => new[] { r.Base, r.Quote })
                .GroupBy(c => c)
                .OrderByDescending(g => g.Count())
                .First()
                .Key;
            List<ExchangeRate> group = [.. remaining.Where(r => r.Base.Equals(pivot) || r.Quote.Equals(pivot))];
            remaining.RemoveAll(r => r.Base.Equals(pivot) || r.Quote.Equals(pivot));
            yield return (pivot, group);
        }
    }

    private static bool SamePeriod(RateBasis basis, LocalDate a, LocalDate b) =>
        basis switch
        {
            RateBasis.Daily => a == b,
            RateBasis.MonthlyAverage => a.Year == b.Year && a.Month == b.Month,
            RateBasis.AnnualAverage => a.Year == b.Year,
            _ => true,
        };

    private static string PeriodText(RateBasis basis, LocalDate date) =>
        basis switch
        {
            RateBasis.Daily => "on " + AssertionText.Date(date),
            RateBasis.MonthlyAverage => "for " + date.ToString("uuuu-MM", CultureInfo.InvariantCulture),
            RateBasis.AnnualAverage => "for " + date.Year.ToString(CultureInfo.InvariantCulture),
            _ => "(a fixed rate answers for every date)",
        };

    private FakeRateSource With(RateBasis basis, string baseCode, string quoteCode, LocalDate date, decimal value)
    {
        Currency baseCurrency = ExpectedAmount.Currency(baseCode, nameof(baseCode));
        Currency quoteCurrency = ExpectedAmount.Currency(quoteCode, nameof(quoteCode));
        var rate = new ExchangeRate(baseCurrency, quoteCurrency, value, date, basis, Name);
        ExchangeRate? existing = _rates.FirstOrDefault(r =>
            r.Basis == basis
            && AssertionText.IsBetween(r, baseCurrency, quoteCurrency)
            && SamePeriod(basis, r.Date, date)
        );
        if (existing is not null)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{Name} already has a {basis} {AssertionText.Pair(baseCurrency, quoteCurrency)} rate "
                        + $"{PeriodText(basis, date)}: {existing}; a second one ({rate}) would make the answer depend "
                        + $"on the order."
                ),
                nameof(value)
            );
        }

        return new FakeRateSource(Name, ToleranceDays, _rates.Add(rate));
    }
}
