using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AidTracker.Internal;

namespace AidTracker.Rates;

/// <summary>
/// A source's answer to a <see cref="RateRequest"/>: either the rate with its full provenance (<see cref="Rate"/>:
/// value, date used, basis, source, legs through a pivot) or the precise reason why not (<see cref="Failure"/>). Never
/// a rate of zero, never a silently stale rate.
/// </summary>
/// <remarks>
/// Immutable. The requested date is <see cref="Request"/>.<see cref="RateRequest.Date"/>; the date actually used is
/// <see cref="Rate"/>.<see cref="ExchangeRate.Date"/>. When a chain answers, <see cref="FailedSources"/> keeps why the
/// sources tried before failed (e.g. the ECB has no UAH before the IMF answered).
/// </remarks>
public sealed class RateLookupResult
{
    private RateLookupResult(
        RateRequest request,
        ExchangeRate? rate,
        string? answeredBy,
        RateLookupFailure? failure,
        IReadOnlyList<RateLookupFailure> failedSources
    )
    {
        Request = request;
        Rate = rate;
        AnsweredBy = answeredBy;
        Failure = failure;
        FailedSources = failedSources;
    }

    /// <summary>Gets the request answered.</summary>
    public RateRequest Request { get; }

    /// <summary>Gets a value indicating whether a rate was found (then <see cref="Rate"/> is set, otherwise
    /// <see cref="Failure"/>).</summary>
    [MemberNotNullWhen(true, nameof(Rate), nameof(AnsweredBy))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsFound => Rate is not null;

    /// <summary>Gets the rate found, from <see cref="RateRequest.From"/> to <see cref="RateRequest.To"/>; <c>null</c>
    /// when not found.</summary>
    public ExchangeRate? Rate { get; }

    /// <summary>Gets the name of the source that answered (for a chain, the member that answered); <c>null</c> when not
    /// found.</summary>
    public string? AnsweredBy { get; }

    /// <summary>Gets why no rate was found; <c>null</c> when found.</summary>
    public RateLookupFailure? Failure { get; }

    /// <summary>Gets the failures of the sources tried before the one that answered (chains); empty
    /// otherwise.</summary>
    public IReadOnlyList<RateLookupFailure> FailedSources { get; }

    /// <summary>Creates the answer of a source that found <paramref name="rate"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="rate">The rate, from the request's <see cref="RateRequest.From"/> to its
    /// <see cref="RateRequest.To"/>.</param>
    /// <param name="answeredBy">The name of the source that answered.</param>
    /// <param name="failedSources">The failures of sources tried before, if any.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rate"/> or <paramref name="answeredBy"/> is
    /// <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The rate is not between the requested currencies in the requested direction,
    /// or the request is empty.</exception>
    public static RateLookupResult Found(
        RateRequest request,
        ExchangeRate rate,
        string answeredBy,
        IReadOnlyList<RateLookupFailure>? failedSources = null
    )
    {
        Preconditions.CheckNotNull(rate);
        Preconditions.CheckNotNull(answeredBy);
        request.Validate(nameof(request));
        Preconditions.CheckArgument(
            rate.Base.Equals(request.From) && rate.Quote.Equals(request.To),
            nameof(rate),
            string.Create(
                CultureInfo.InvariantCulture,
                $"The rate {rate.Base.Code}/{rate.Quote.Code} does not answer a request for "
                    + $"{RateText.Pair(request.From, request.To)}."
            )
        );
        return new RateLookupResult(request, rate, answeredBy, null, failedSources ?? []);
    }

    /// <summary>Creates the answer of a source that found no rate.</summary>
    /// <param name="failure">Why not.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="failure"/> is <c>null</c>.</exception>
    public static RateLookupResult NotFound(RateLookupFailure failure)
    {
        Preconditions.CheckNotNull(failure);
        return new RateLookupResult(failure.Request, null, null, failure, []);
    }

    /// <summary>Returns the rate, or throws when none was found.</summary>
    /// <returns>The rate.</returns>
    /// <exception cref="RateNotFoundException">No rate was found; the exception names the pair, date, tolerance and
    /// nearest dates.</exception>
    public ExchangeRate GetRateOrThrow() => IsFound ? Rate : throw new RateNotFoundException(Failure);

    /// <summary>Returns the rate found or the reason why not.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => IsFound ? Rate.ToString() : Failure.Message;
}
