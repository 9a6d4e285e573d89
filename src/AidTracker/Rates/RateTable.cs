using System.Globalization;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Rates;

/// <summary>
/// An immutable in-memory table of rates against one pivot currency, built for speed: a dense array per currency
/// indexed by day (or by month or year for averages), so a lookup is two array reads and a multiplication. The embedded
/// ECB and IMF data (<see cref="ExchangeRateSources"/>) and the files read by <see cref="RateFileReader"/> are rate
/// tables; build your own with <see cref="RateTableBuilder"/>.
/// </summary>
/// <remarks>
/// <para><b>Lookup.</b> A daily table answers with the rate of the requested date, else the latest earlier rate within
/// <see cref="ToleranceDays"/> (default 7: weekends and holidays; 2025-03-01, a Saturday, uses 2025-02-28), else a
/// failure naming the nearest dates. An average table answers with the average of the month or year containing the
/// date, and nothing else. Rates between two non-pivot currencies are crossed through the pivot (JPY to USD through
/// EUR) and the result says so (<see cref="ExchangeRate.Derivation"/>, <see cref="ExchangeRate.Pivot"/>,
/// <see cref="ExchangeRate.Legs"/>); its date is the older leg's.</para>
/// <para><b>Arithmetic.</b> The rate from A to B is (pivot per A) × (B per pivot), where each factor is either the
/// published value or its reciprocal computed once when the table is built. The provenance path
/// (<see cref="TryGetRate(RateRequest)"/>), the fast path
/// (<see cref="TryGetRate(int, int, int, out decimal, out int)"/>) and <see cref="ForTarget"/> therefore return the
/// same decimal, to the last digit.</para>
/// <para><b>Fast path</b> (for bulk conversion, e.g. aggregation): resolve each currency to its index once
/// (<see cref="GetCurrencyIndex"/>) and each date to a day number once (<see cref="ToDayNumber"/>), then call
/// <see cref="TryConvert(decimal, int, int, int, out decimal, out int)"/>: no allocation, no dictionary, no
/// <see cref="LocalDate"/> arithmetic. When every amount goes into one currency, <see cref="ForTarget"/> precomputes
/// the rate of every currency into it for every day, so a conversion is one array read and one multiplication.</para>
/// <para>Immutable and thread-safe. <see cref="WithToleranceDays"/> returns a table sharing the same arrays.</para>
/// </remarks>
public sealed partial class RateTable : IExchangeRateSource
{
    /// <summary>The default tolerance of daily lookups: 7 days (weekends and holidays).</summary>
    public const int DefaultToleranceDays = 7;

    private readonly RateTableData _data;
    private readonly int _tolerance;
    private readonly Lazy<IReadOnlyList<RateSourceCoverage>> _coverage;

    internal RateTable(RateTableData data, int? toleranceDays)
    {
        _data = data;
        ToleranceDays = toleranceDays;
        _tolerance = toleranceDays ?? int.MaxValue;
        _coverage = new Lazy<IReadOnlyList<RateSourceCoverage>>(BuildCoverage, LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>Gets the source's name (e.g. <c>ECB</c>), carried by every rate of the table.</summary>
    public string Name => _data.Name;

    /// <summary>Gets the basis of every rate in the table.</summary>
    public RateBasis Basis => _data.Basis;

    /// <summary>Gets the currency every rate is against (EUR for the ECB, USD for the IMF).</summary>
    public Currency Pivot => _data.Pivot;

    /// <summary>
    /// Gets how many days before the requested date a daily rate may be (default <see cref="DefaultToleranceDays"/>);
    /// <c>null</c> for average tables, which answer for their own period only.
    /// </summary>
    public int? ToleranceDays { get; }

    /// <summary>Gets the currencies of the table by index (the indexes of the fast path); index 0 is the
    /// <see cref="Pivot"/>.</summary>
    public IReadOnlyList<Currency> Currencies => _data.Currencies;

    /// <inheritdoc />
    public IReadOnlyList<RateSourceCoverage> Coverage => _coverage.Value;

    /// <summary>Returns a table with the same rates and another tolerance (sharing the arrays, so it is
    /// cheap).</summary>
    /// <param name="days">How many days before the requested date a rate may be; 0 for the date itself only.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">This is an average table, to which no tolerance applies.</exception>
    public RateTable WithToleranceDays(int days)
    {
        CheckTolerance(days, nameof(days));
        if (Basis != RateBasis.Daily)
        {
            throw new InvalidOperationException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The {Name} table holds {Basis} rates, which answer for their own period only; a tolerance in "
                        + $"days applies to Daily tables."
                )
            );
        }

        return days == ToleranceDays ? this : new RateTable(_data, days);
    }

    /// <inheritdoc />
    public RateLookupResult TryGetRate(RateRequest request)
    {
        request.Validate(nameof(request));
        RateTableData d = _data;
        if (request.IsIdentity)
        {
            return RateLookupResult.Found(
                request,
                ExchangeRate.Identity(request.From, request.Date, request.Basis ?? d.Basis, d.Name),
                d.Name
            );
        }

        if (request.Basis is RateBasis wanted && wanted != d.Basis)
        {
            return RateLookupResult.NotFound(RateLookupFailure.BasisNotOffered(d.Name, request, d.Basis));
        }

        if (!d.Index.TryGetValue(request.From, out int from))
        {
            return RateLookupResult.NotFound(RateLookupFailure.CurrencyNotCovered(d.Name, request, request.From));
        }

        if (!d.Index.TryGetValue(request.To, out int to))
        {
            return RateLookupResult.NotFound(RateLookupFailure.CurrencyNotCovered(d.Name, request, request.To));
        }

        int day = ToDayNumber(request.Date);
        if (TryGetRate(from, to, day, out _, out _) && d.TrySlot(day, out int slot))
        {
            return RateLookupResult.Found(request, Describe(from, to, slot), d.Name);
        }

        (LocalDate? before, LocalDate? after) = d.NearestCommonDates(from, to, day);
        return RateLookupResult.NotFound(
            RateLookupFailure.NoRate(d.Name, request, d.Basis, ToleranceDays, before, after)
        );
    }

    /// <summary>Returns the table's name, basis, pivot and dates.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => Coverage[0].ToString();

    internal static void CheckTolerance(int days, string paramName) =>
        Preconditions.CheckArgumentRange(
            days >= 0,
            paramName,
            days,
            FormattableString.Invariant($"A tolerance must be zero or more days; {days} is not.")
        );

    /// <summary>Builds the rate with its provenance from the entries of a slot that answered.</summary>
    private ExchangeRate Describe(int from, int to, int slot)
    {
        RateTableData d = _data;
        if (from == 0)
        {
            ExchangeRate leg = Leg(to, slot);
            return leg.Base.Equals(d.Pivot) ? leg : leg.Invert();
        }

        if (to == 0)
        {
            ExchangeRate leg = Leg(from, slot);
            return leg.Quote.Equals(d.Pivot) ? leg : leg.Invert();
        }

        return ExchangeRate.Cross(Leg(from, slot), Leg(to, slot));
    }

    /// <summary>The rate of currency <paramref name="index"/> against the pivot as the source published it.</summary>
    private ExchangeRate Leg(int index, int slot)
    {
        RateTableData d = _data;
        ref readonly RateEntry e = ref d.Row(index)[slot];
        LocalDate date = FromDayNumber(e.Day);
        Currency currency = d.Currencies[index];
        return e.Inverse
            ? new ExchangeRate(currency, d.Pivot, e.PivotPer, date, d.Basis, d.Name, RateDerivation.Direct, null, [])
            : new ExchangeRate(d.Pivot, currency, e.PerPivot, date, d.Basis, d.Name, RateDerivation.Direct, null, []);
    }

    private RateCoverageList BuildCoverage()
    {
        RateTableData d = _data;
        var currencies = new List<CurrencyCoverage>(d.Currencies.Length - 1);
        for (int i = 1; i < d.Currencies.Length; i++)
        {
            int[] days = d.Published[i].Days;
            currencies.Add(
                new CurrencyCoverage(d.Currencies[i], FromDayNumber(days[0]), FromDayNumber(days[^1]), days.Length)
            );
        }

        return new RateCoverageList([new RateSourceCoverage(d.Name, d.Basis, d.Pivot, ToleranceDays, currencies)]);
    }
}
