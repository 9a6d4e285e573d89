namespace AidTracker.Rates;

/// <summary>Why a source could not answer a <see cref="RateRequest"/>.</summary>
public enum RateLookupFailureReason
{
    /// <summary>The source has no rates at all for one of the currencies
    /// (<see cref="RateLookupFailure.MissingCurrency"/>).</summary>
    CurrencyNotCovered = 0,

    /// <summary>The request asks for a basis the source does not offer (daily rates asked of an annual-average
    /// source).</summary>
    BasisNotOffered = 1,

    /// <summary>The date is before the source's first rate for the pair; <see cref="RateLookupFailure.NearestAfter"/>
    /// gives the first.</summary>
    BeforeFirstRate = 2,

    /// <summary>
    /// The date is after the source's last rate for the pair by more than the tolerance (the data is stale, or the pair
    /// was discontinued); <see cref="RateLookupFailure.NearestBefore"/> gives the last.
    /// </summary>
    AfterLastRate = 3,

    /// <summary>
    /// The date falls in a gap: no rate on it or within the tolerance before it, though there are rates before and
    /// after (<see cref="RateLookupFailure.NearestBefore"/>, <see cref="RateLookupFailure.NearestAfter"/>).
    /// </summary>
    NoRateWithinTolerance = 4,

    /// <summary>The source threw an exception (<see cref="RateLookupFailure.Exception"/>), e.g. a user source that
    /// could not read its file.</summary>
    SourceFailed = 5,

    /// <summary>Every source of a chain failed, for different reasons; <see cref="RateLookupFailure.Failures"/> gives
    /// each one.</summary>
    NoSourceAnswered = 6,
}
