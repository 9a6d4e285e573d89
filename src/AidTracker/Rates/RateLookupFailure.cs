using System.Globalization;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Rates;

/// <summary>
/// Why a source could not answer a request, precisely: the <see cref="Reason"/>, the currency it lacks, the tolerance
/// it applied and the nearest dates that do have rates, with a <see cref="Message"/> that says all of it in one
/// sentence.
/// </summary>
/// <remarks>
/// Immutable. Sources create failures through the factory methods, which also write the message. A chain's failure
/// (<see cref="RateLookupFailureReason.NoSourceAnswered"/>, or the shared reason when every source failed for the same
/// one) keeps each source's failure in <see cref="Failures"/>.
/// </remarks>
public sealed class RateLookupFailure
{
    private RateLookupFailure(
        string source,
        RateRequest request,
        RateLookupFailureReason reason,
        string message,
        RateBasis? sourceBasis = null,
        Currency? missingCurrency = null,
        int? toleranceDays = null,
        LocalDate? nearestBefore = null,
        LocalDate? nearestAfter = null,
        IReadOnlyList<RateLookupFailure>? failures = null,
        Exception? exception = null
    )
    {
        Source = source;
        Request = request;
        Reason = reason;
        Message = message;
        SourceBasis = sourceBasis;
        MissingCurrency = missingCurrency;
        ToleranceDays = toleranceDays;
        NearestBefore = nearestBefore;
        NearestAfter = nearestAfter;
        Failures = failures ?? [];
        Exception = exception;
    }

    /// <summary>Gets the name of the source that failed (for a chain, the chain's name).</summary>
    public string Source { get; }

    /// <summary>Gets the request that could not be answered.</summary>
    public RateRequest Request { get; }

    /// <summary>Gets why the request could not be answered.</summary>
    public RateLookupFailureReason Reason { get; }

    /// <summary>Gets a full, culture-invariant sentence saying what is missing, naming the source, pair, date,
    /// tolerance and nearest dates.</summary>
    public string Message { get; }

    /// <summary>Gets the basis the source offers, where it has a single one; <c>null</c> otherwise.</summary>
    public RateBasis? SourceBasis { get; }

    /// <summary>Gets the currency the source has no rates for
    /// (<see cref="RateLookupFailureReason.CurrencyNotCovered"/>); <c>null</c> otherwise.</summary>
    public Currency? MissingCurrency { get; }

    /// <summary>Gets how many days before the requested date a daily rate may be; <c>null</c> where no tolerance
    /// applies (averages, fixed rates).</summary>
    public int? ToleranceDays { get; }

    /// <summary>Gets the latest date before the requested one (or on it) for which the source has a rate for the pair;
    /// <c>null</c> if none.</summary>
    public LocalDate? NearestBefore { get; }

    /// <summary>Gets the earliest date after the requested one for which the source has a rate for the pair;
    /// <c>null</c> if none.</summary>
    public LocalDate? NearestAfter { get; }

    /// <summary>Gets each source's failure, in the order tried, when this is a chain's failure; empty
    /// otherwise.</summary>
    public IReadOnlyList<RateLookupFailure> Failures { get; }

    /// <summary>Gets the exception a source threw (<see cref="RateLookupFailureReason.SourceFailed"/>); <c>null</c>
    /// otherwise.</summary>
    public Exception? Exception { get; }

    /// <summary>Creates the failure of a source that has no rates at all for <paramref name="currency"/>.</summary>
    /// <param name="source">The source's name.</param>
    /// <param name="request">The request.</param>
    /// <param name="currency">The currency the source lacks.</param>
    /// <returns>The failure.</returns>
    public static RateLookupFailure CurrencyNotCovered(string source, RateRequest request, Currency currency)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(currency);
        request.Validate(nameof(request));
        string message = string.Create(
            CultureInfo.InvariantCulture,
            $"{source} has no rates for {currency.Code}, so it cannot give {RateText.Pair(request.From, request.To)} "
                + $"for {RateText.Date(request.Date)}."
        );
        return new(source, request, RateLookupFailureReason.CurrencyNotCovered, message, missingCurrency: currency);
    }

    /// <summary>Creates the failure of a source asked for a basis other than the one it offers.</summary>
    /// <param name="source">The source's name.</param>
    /// <param name="request">The request (its <see cref="RateRequest.Basis"/> is the one asked for).</param>
    /// <param name="offered">The basis the source offers.</param>
    /// <returns>The failure.</returns>
    public static RateLookupFailure BasisNotOffered(string source, RateRequest request, RateBasis offered)
    {
        Preconditions.CheckNotNull(source);
        request.Validate(nameof(request));
        string message = string.Create(
            CultureInfo.InvariantCulture,
            $"{source} has {offered} rates only, not {request.Basis} rates, so it cannot give "
                + $"{RateText.Pair(request.From, request.To)} for {RateText.Date(request.Date)}."
        );
        return new(source, request, RateLookupFailureReason.BasisNotOffered, message, sourceBasis: offered);
    }

    /// <summary>
    /// Creates the failure of a source that covers both currencies but has no rate for the date: the reason is
    /// <see cref="RateLookupFailureReason.BeforeFirstRate"/> when there is no rate before the date,
    /// <see cref="RateLookupFailureReason.AfterLastRate"/> when there is none after it, and
    /// <see cref="RateLookupFailureReason.NoRateWithinTolerance"/> otherwise.
    /// </summary>
    /// <param name="source">The source's name.</param>
    /// <param name="request">The request.</param>
    /// <param name="basis">The basis of the source's rates.</param>
    /// <param name="toleranceDays">The tolerance applied (daily rates), or <c>null</c>.</param>
    /// <param name="nearestBefore">The latest date on or before the requested one with a rate for the pair, or
    /// <c>null</c>.</param>
    /// <param name="nearestAfter">The earliest date after the requested one with a rate for the pair, or
    /// <c>null</c>.</param>
    /// <returns>The failure.</returns>
    public static RateLookupFailure NoRate(
        string source,
        RateRequest request,
        RateBasis basis,
        int? toleranceDays,
        LocalDate? nearestBefore,
        LocalDate? nearestAfter
    )
    {
        Preconditions.CheckNotNull(source);
        request.Validate(nameof(request));
        string pair = RateText.Pair(request.From, request.To);
        string date = RateText.Date(request.Date);
        string what = basis == RateBasis.Daily ? "rate" : basis + " rate";
        string within = toleranceDays is int days
            ? FormattableString.Invariant($" on {date} or in the {RateText.Days(days)} before it")
            : FormattableString.Invariant($" for {date}");
        RateLookupFailureReason reason;
        string message;
        if (nearestBefore is null)
        {
            reason = RateLookupFailureReason.BeforeFirstRate;
            message = nearestAfter is LocalDate first
                ? FormattableString.Invariant(
                    $"{source} has no {what} from {pair} on or before {date}; its first is of {RateText.Date(first)}."
                )
                : FormattableString.Invariant(
                    $"{source} has no date with {what}s for both {request.From.Code} and {request.To.Code}."
                );
        }
        else if (nearestAfter is null)
        {
            reason = RateLookupFailureReason.AfterLastRate;
            LocalDate last = nearestBefore.Value;
            string age = RateText.Days(Period.DaysBetween(last, request.Date));
            message = toleranceDays is int tolerance
                ? string.Create(
                    CultureInfo.InvariantCulture,
                    $"{source}'s latest {what} from {pair} is of {RateText.Date(last)}, {age} before {date}, beyond "
                        + $"the tolerance of {RateText.Days(tolerance)}."
                )
                : FormattableString.Invariant(
                    $"{source} has no {what} from {pair} for {date}; its latest is of {RateText.Date(last)}."
                );
        }
        else
        {
            reason = RateLookupFailureReason.NoRateWithinTolerance;
            message = string.Create(
                CultureInfo.InvariantCulture,
                $"{source} has no {what} from {pair}{within}; the nearest are of {RateText.Date(nearestBefore)} and "
                    + $"{RateText.Date(nearestAfter)}."
            );
        }

        return new(
            source,
            request,
            reason,
            message,
            sourceBasis: basis,
            toleranceDays: toleranceDays,
            nearestBefore: nearestBefore,
            nearestAfter: nearestAfter
        );
    }

    /// <summary>Creates the failure of a source that threw <paramref name="exception"/> while answering.</summary>
    /// <param name="source">The source's name.</param>
    /// <param name="request">The request.</param>
    /// <param name="exception">The exception.</param>
    /// <returns>The failure.</returns>
    public static RateLookupFailure SourceFailed(string source, RateRequest request, Exception exception)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(exception);
        request.Validate(nameof(request));
        string message = string.Create(
            CultureInfo.InvariantCulture,
            $"{source} failed while looking up {RateText.Pair(request.From, request.To)} for "
                + $"{RateText.Date(request.Date)}: {exception.GetType().Name}: {exception.Message}"
        );
        return new(source, request, RateLookupFailureReason.SourceFailed, message, exception: exception);
    }

    /// <summary>
    /// Creates the failure of a chain whose sources all failed. When they all failed for the same reason that is the
    /// chain's reason, otherwise <see cref="RateLookupFailureReason.NoSourceAnswered"/>; the nearest dates are the
    /// nearest any source has, the tolerance the first one given.
    /// </summary>
    /// <param name="source">The chain's name.</param>
    /// <param name="request">The request.</param>
    /// <param name="failures">Each source's failure, in the order tried (at least one).</param>
    /// <returns>The failure.</returns>
    public static RateLookupFailure AllFailed(
        string source,
        RateRequest request,
        IReadOnlyList<RateLookupFailure> failures
    )
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(failures);
        request.Validate(nameof(request));
        Preconditions.CheckArgument(
            failures.Count > 0,
            nameof(failures),
            "A chain's failure needs the failure of at least one source."
        );
        RateLookupFailure[] list = [.. failures];
        if (list.Length == 1)
        {
            return list[0];
        }

        RateLookupFailureReason reason = list.All(f => f.Reason == list[0].Reason)
            ? list[0].Reason
            : RateLookupFailureReason.NoSourceAnswered;
        Currency? missing = list.All(f =>
            f.MissingCurrency is not null && f.MissingCurrency.Equals(list[0].MissingCurrency)
        )
            ? list[0].MissingCurrency
            : null;
        LocalDate? before = list.Select(f => f.NearestBefore).Where(d => d is not null).DefaultIfEmpty(null).Max();
        LocalDate? after = list.Select(f => f.NearestAfter).Where(d => d is not null).DefaultIfEmpty(null).Min();
        int? tolerance = list.Select(f => f.ToleranceDays).FirstOrDefault(t => t is not null);
        RateBasis? basis = list.All(f => f.SourceBasis == list[0].SourceBasis) ? list[0].SourceBasis : null;
        string message = string.Format(
            CultureInfo.InvariantCulture,
            "None of the {0} sources of {1} has the rate. {2}",
            list.Length,
            source,
            string.Join(" ", list.Select(f => f.Message))
        );
        return new(source, request, reason, message, basis, missing, tolerance, before, after, list);
    }

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
