using System.Collections.Immutable;
using AidTracker.Aggregation;
using AidTracker.Internal;
using AidTracker.Rates;
using NodaTime;

namespace AidTracker.Reports;

/// <summary>
/// What a report shows and how: the reporting currency (required: there is no default currency), extra groupings, a
/// cut-off date, a title, the rates, the chart format, and the command line that produced it.
/// </summary>
/// <remarks>Immutable; change a copy with <c>with { ... }</c>.</remarks>
public sealed record ReportOptions
{
    private readonly int _maxRecordsListed = 50;
    private readonly string _title = "Aid commitments and disbursements";

    /// <summary>Creates options for a report in <paramref name="reportingCurrency"/>.</summary>
    /// <param name="reportingCurrency">The currency every amount is converted into.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reportingCurrency"/> is <c>null</c>.</exception>
    public ReportOptions(Currency reportingCurrency)
    {
        ReportingCurrency = Preconditions.CheckNotNull(reportingCurrency);
    }

    /// <summary>Gets the currency every amount is converted into (at the rate of each record's value date by
    /// default).</summary>
    public Currency ReportingCurrency { get; }

    /// <summary>Gets extra keys to group the committed totals by (a table of its own); empty for none.</summary>
    public ImmutableArray<GroupKey> GroupBy { get; init; } = [];

    /// <summary>Gets the cut-off date: records dated after it are left out; <c>null</c> for every record.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>Gets the report's title (HTML-encoded when written).</summary>
    /// <exception cref="ArgumentException">The title is empty or white space.</exception>
    public string Title
    {
        get => _title;
        init =>
            _title = string.IsNullOrWhiteSpace(value)
                ? throw new ArgumentException("A report's title must not be empty.", nameof(value))
                : value;
    }

    /// <summary>Gets the exchange rates; <c>null</c> for <see cref="ExchangeRateSources.Default"/>.</summary>
    public IExchangeRateSource? RateSource { get; init; }

    /// <summary>Gets which rate each record is converted at; <c>null</c> for the rate of its value date.</summary>
    public ConversionPolicy? Policy { get; init; }

    /// <summary>Gets how the charts are embedded: inline SVG (the default) or PNG pictures.</summary>
    public ChartFormat ChartFormat { get; init; } = ChartFormat.Svg;

    /// <summary>Gets the credit lines of the rates' sources, shown with the rates; empty for the built-in credits (ECB,
    /// NBU, IMF).</summary>
    public ImmutableArray<string> Credits { get; init; } = [];

    /// <summary>Gets the command line that produced the report (shown at its foot), or <c>null</c>.</summary>
    public string? Command { get; init; }

    /// <summary>Gets how many records each donor's list shows (the rest are counted, not listed); 50 by
    /// default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 0 or above 100,000.</exception>
    public int MaxRecordsListed
    {
        get => _maxRecordsListed;
        init =>
            _maxRecordsListed = value is >= 0 and <= 100_000
                ? value
                : throw new ArgumentOutOfRangeException(
                    nameof(value),
                    value,
                    FormattableString.Invariant(
                        $"A report lists from 0 to 100,000 records per donor; {value} is outside that range."
                    )
                );
    }

    /// <summary>Returns the summary query of the committed totals these options describe.</summary>
    /// <returns>The query: committed, in <see cref="ReportingCurrency"/>, as of <see cref="AsOf"/>.</returns>
    public SummaryQuery ToQuery() =>
        new()
        {
            Measure = Measure.Committed,
            ReportingCurrency = ReportingCurrency,
            Policy = Policy ?? ConversionPolicy.AtValueDate(),
            RateSource = RateSource,
            AsOf = AsOf,
        };
}
