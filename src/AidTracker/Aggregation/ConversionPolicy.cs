using System.Globalization;
using AidTracker.Internal;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Aggregation;

/// <summary>
/// How a summary picks the exchange rate for each amount it converts into the reporting currency: the rate for each
/// record's value date (the default), the annual average of its year, fixed rates, or the rate of one date for all.
/// </summary>
/// <remarks>
/// <para>Every policy turns each amount into one <see cref="RateRequest"/> (<see cref="CreateRequest"/>) that the
/// summary's rate source answers; the summary lists every distinct rate used. A request the source cannot answer makes
/// the record unconverted (listed with the reason), never zero.</para>
/// <para>Immutable. Two policies are equal when they have the same kind, date, basis and (for fixed rates) the same
/// source instance.</para>
/// </remarks>
public sealed class ConversionPolicy : IEquatable<ConversionPolicy>
{
    private static readonly ConversionPolicy DefaultValueDate = new(ConversionPolicyKind.ValueDate, null, null, null);

    private ConversionPolicy(
        ConversionPolicyKind kind,
        RateBasis? basis,
        LocalDate? date,
        IExchangeRateSource? fixedRates
    )
    {
        Kind = kind;
        Basis = basis;
        Date = date;
        FixedRates = fixedRates;
    }

    /// <summary>Gets the kind of policy.</summary>
    public ConversionPolicyKind Kind { get; }

    /// <summary>
    /// Gets the basis asked of the rate source, or <c>null</c> for whatever basis it has (the default source: the ECB
    /// daily rate on the date or within the 7 days before it, else the IMF annual average of the date's year).
    /// </summary>
    public RateBasis? Basis { get; }

    /// <summary>Gets the one date whose rates convert every record (<see cref="ConversionPolicyKind.SingleDate"/>);
    /// <c>null</c> otherwise.</summary>
    public LocalDate? Date { get; }

    /// <summary>
    /// Gets the source of fixed rates (<see cref="ConversionPolicyKind.Fixed"/>), which then replaces the query's rate
    /// source; <c>null</c> otherwise.
    /// </summary>
    public IExchangeRateSource? FixedRates { get; }

    /// <summary>
    /// Returns the policy "the rate for each record's value date" (the default). Without a basis the source answers
    /// with whatever basis it has: for <see cref="ExchangeRateSources.Default"/> the ECB daily rate on the value date
    /// or within the 7 days before it (weekends, holidays), else the IMF annual average of its year.
    /// </summary>
    /// <param name="basis">The basis to insist on (e.g. <see cref="RateBasis.Daily"/>), or <c>null</c> for any.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined value.</exception>
    public static ConversionPolicy AtValueDate(RateBasis? basis = null) =>
        basis is null ? DefaultValueDate : new(ConversionPolicyKind.ValueDate, CheckBasis(basis.Value), null, null);

    /// <summary>
    /// Returns the policy "the annual average rate of the year of each record's value date" (with the default source,
    /// the IMF average; a source without annual averages cannot answer and the records are listed as unconverted).
    /// </summary>
    /// <returns>The policy.</returns>
    public static ConversionPolicy AnnualAverage() =>
        new(ConversionPolicyKind.AnnualAverage, RateBasis.AnnualAverage, null, null);

    /// <summary>Returns the policy "the rates of <paramref name="date"/> for every record", whatever their value
    /// dates.</summary>
    /// <param name="date">The date of the rates.</param>
    /// <param name="basis">The basis to insist on, or <c>null</c> for any.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined value.</exception>
    public static ConversionPolicy OnDate(LocalDate date, RateBasis? basis = null) =>
        new(ConversionPolicyKind.SingleDate, basis is RateBasis b ? CheckBasis(b) : null, date, null);

    /// <summary>
    /// Returns the policy "these fixed rates, whatever the date" (e.g. the rate written into an agreement). The rates
    /// are used in either direction; an amount in a currency they do not cover is listed as unconverted.
    /// </summary>
    /// <param name="rates">The rates (at most one per pair).</param>
    /// <returns>The policy; its <see cref="FixedRates"/> is a <see cref="FixedRateSource"/> named "Fixed
    /// rates".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> or one of them is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">No rate is given, or two are for the same pair and basis.</exception>
    public static ConversionPolicy Fixed(params IEnumerable<ExchangeRate> rates)
    {
        ExchangeRate[] list = [.. Preconditions.CheckNotNull(rates)];
        Preconditions.CheckArgument(list.Length > 0, nameof(rates), "A fixed-rate policy needs at least one rate.");
        return Fixed(new FixedRateSource("Fixed rates", list));
    }

    /// <summary>Returns the policy "rates from <paramref name="source"/>, whatever the date" (it replaces the query's
    /// rate source).</summary>
    /// <param name="source">The source of the fixed rates, typically a <see cref="FixedRateSource"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <c>null</c>.</exception>
    public static ConversionPolicy Fixed(IExchangeRateSource source) =>
        new(ConversionPolicyKind.Fixed, null, null, Preconditions.CheckNotNull(source));

    /// <summary>Returns the request this policy makes to convert an amount in <paramref name="from"/> with value date
    /// <paramref name="valueDate"/> into <paramref name="to"/>.</summary>
    /// <param name="from">The amount's currency.</param>
    /// <param name="to">The reporting currency.</param>
    /// <param name="valueDate">The record's value date.</param>
    /// <returns>The rate request.</returns>
    /// <exception cref="ArgumentNullException">A currency is <c>null</c>.</exception>
    public RateRequest CreateRequest(Currency from, Currency to, LocalDate valueDate) =>
        new(from, to, RequestDate(valueDate), Basis);

    /// <summary>
    /// Returns the date whose rate converts an amount with value date <paramref name="valueDate"/>: the policy's one
    /// date, else the value date. The policy's date rule, in this one place: <see cref="CreateRequest"/> and the
    /// summary engine's fast path (<see cref="RequestPeriod"/>) both come here.
    /// </summary>
    internal LocalDate RequestDate(LocalDate valueDate) => Date ?? valueDate;

    /// <summary>Returns the day and month numbers of <see cref="RequestDate"/> (what a rate table looks up).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal RatePeriod RequestPeriod(LocalDate valueDate) => RatePeriod.Of(RequestDate(valueDate));

    /// <summary>Returns whether <paramref name="other"/> has the same kind, basis, date and fixed-rate
    /// source.</summary>
    /// <param name="other">The policy to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(ConversionPolicy? other) =>
        other is not null
        && Kind == other.Kind
        && Basis == other.Basis
        && Date == other.Date
        && ReferenceEquals(FixedRates, other.FixedRates);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConversionPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Basis, Date, FixedRates);

    /// <summary>Describes the policy: <c>rate at each record's value date (any basis)</c>, <c>annual average of the
    /// value date's year</c>, <c>rates of 2025-03-31 (Daily)</c>, <c>fixed rates (Fixed rates)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        string basis = Basis is RateBasis b ? b.ToString() : "any basis";
        return Kind switch
        {
            ConversionPolicyKind.ValueDate => "rate at each record's value date (" + basis + ")",
            ConversionPolicyKind.AnnualAverage => "annual average of the value date's year",
            ConversionPolicyKind.SingleDate => "rates of "
                + Date!.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
                + " for every record ("
                + basis
                + ")",
            _ => "fixed rates (" + FixedRates!.Name + ")",
        };
    }

    private static RateBasis CheckBasis(RateBasis basis)
    {
        ExchangeRate.CheckBasis(basis, nameof(basis));
        return basis;
    }
}
