using System.Globalization;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Rates;

/// <summary>
/// Thrown when no source has a rate for a request: names the pair, the date, the tolerance and the nearest dates that
/// do have rates, and carries them as properties. A missing rate is never zero and never silently stale.
/// </summary>
/// <remarks>
/// Example message: <c>No exchange rate from JPY to USD for 2026-10-01. None of the 3 sources of ECB, then NBU, then
/// IMF has the rate. ECB's latest rate from JPY to USD is of 2026-04-13, 171 days before 2026-10-01, beyond the
/// tolerance of 7 days. NBU's latest rate from JPY to USD is of 2022-07-21, ... IMF has no AnnualAverage rate from JPY
/// to USD for 2026-10-01; its latest is of 2024-12-31.</c>
/// </remarks>
public sealed class RateNotFoundException : Exception
{
    /// <summary>Initializes a new instance from a source's <paramref name="failure"/>.</summary>
    /// <param name="failure">Why no rate was found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="failure"/> is <c>null</c>.</exception>
    public RateNotFoundException(RateLookupFailure failure)
        : base(BuildMessage(failure), failure?.Exception)
    {
        Failure = failure!;
    }

    /// <summary>Gets the failure with every detail (for a chain, each source's failure in
    /// <see cref="RateLookupFailure.Failures"/>).</summary>
    public RateLookupFailure Failure { get; }

    /// <summary>Gets the currency to convert from.</summary>
    public Currency From => Failure.Request.From;

    /// <summary>Gets the currency to convert to.</summary>
    public Currency To => Failure.Request.To;

    /// <summary>Gets the date the rate was asked for.</summary>
    public LocalDate Date => Failure.Request.Date;

    /// <summary>Gets the basis asked for, or <c>null</c> for any.</summary>
    public RateBasis? Basis => Failure.Request.Basis;

    /// <summary>Gets why no rate was found.</summary>
    public RateLookupFailureReason Reason => Failure.Reason;

    /// <summary>Gets the currency no source has rates for, when that is the reason; <c>null</c> otherwise.</summary>
    public Currency? MissingCurrency => Failure.MissingCurrency;

    /// <summary>Gets the tolerance applied to daily rates, in days; <c>null</c> where none applied.</summary>
    public int? ToleranceDays => Failure.ToleranceDays;

    /// <summary>Gets the latest date on or before <see cref="Date"/> with a rate for the pair; <c>null</c> if
    /// none.</summary>
    public LocalDate? NearestBefore => Failure.NearestBefore;

    /// <summary>Gets the earliest date after <see cref="Date"/> with a rate for the pair; <c>null</c> if
    /// none.</summary>
    public LocalDate? NearestAfter => Failure.NearestAfter;

    private static string BuildMessage(RateLookupFailure failure)
    {
        Preconditions.CheckNotNull(failure);
        RateRequest request = failure.Request;
        string basis = request.Basis is RateBasis b ? FormattableString.Invariant($" ({b})") : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"No exchange rate from {RateText.Pair(request.From, request.To)} for "
                + $"{RateText.Date(request.Date)}{basis}. {failure.Message}"
        );
    }
}
