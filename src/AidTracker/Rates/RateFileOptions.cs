using System.Globalization;

namespace AidTracker.Rates;

/// <summary>How <see cref="RateFileReader"/> reads a rate file: the source's name, the tolerance, and for long files
/// the basis and pivot.</summary>
/// <remarks>Every property has a default, so <c>new RateFileOptions { SourceName = "Treasury" }</c> sets only what
/// differs.</remarks>
public sealed class RateFileOptions
{
    private readonly int _toleranceDays = RateTable.DefaultToleranceDays;
    private readonly RateBasis _basis = RateBasis.Daily;

    /// <summary>Gets the name of the source, carried by every rate; <c>null</c> (the default) for the format's default:
    /// <c>ECB</c>, <c>IMF</c>, or the long file's name without directory and extension.</summary>
    public string? SourceName { get; init; }

    /// <summary>Gets how many days before a requested date a daily rate may be (default 7: weekends and holidays; 0 for
    /// the date itself only).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public int ToleranceDays
    {
        get => _toleranceDays;
        init
        {
            RateTable.CheckTolerance(value, nameof(value));
            _toleranceDays = value;
        }
    }

    /// <summary>Gets the basis of the rates of a long file (default <see cref="RateBasis.Daily"/>; also MonthlyAverage
    /// or AnnualAverage). The ECB format is daily and the IMF format annual whatever this says.</summary>
    /// <exception cref="ArgumentException">The value set is Fixed or Stated (use <see cref="FixedRateSource"/>), or not
    /// defined.</exception>
    public RateBasis Basis
    {
        get => _basis;
        init
        {
            ExchangeRate.CheckBasis(value, nameof(value));
            Internal.Preconditions.CheckArgument(
                value is RateBasis.Daily or RateBasis.MonthlyAverage or RateBasis.AnnualAverage,
                nameof(value),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"A rate file holds Daily, MonthlyAverage or AnnualAverage rates, not {value}; use FixedRateSource "
                        + $"for fixed and stated rates."
                )
            );
            _basis = value;
        }
    }

    /// <summary>Gets the currency every row of a long file relates to; <c>null</c> (the default) for the currency all
    /// rows share.</summary>
    public Currency? Pivot { get; init; }

    /// <summary>Gets the default options.</summary>
    internal static RateFileOptions Default { get; } = new();
}
