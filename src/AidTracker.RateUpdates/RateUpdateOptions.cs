using AidTracker.Internal;

namespace AidTracker.RateUpdates;

/// <summary>How a <see cref="RateUpdater"/> talks to the publishers: timeouts, retries and how many requests at
/// once.</summary>
/// <remarks>Every property has a default suited to the publishers' servers; tests shorten the waits.
/// Immutable.</remarks>
public sealed class RateUpdateOptions
{
    private readonly TimeSpan _requestTimeout = TimeSpan.FromSeconds(30);
    private readonly int _maxRetries = 4;
    private readonly TimeSpan _retryDelay = TimeSpan.FromSeconds(1);
    private readonly int _maxConcurrentRequests = 4;

    /// <summary>Gets the default options.</summary>
    public static RateUpdateOptions Default { get; } = new();

    /// <summary>Gets how long one attempt at one request may take before it is abandoned and retried (default 30
    /// seconds).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not positive.</exception>
    public TimeSpan RequestTimeout
    {
        get => _requestTimeout;
        init
        {
            Preconditions.CheckArgumentRange(
                value > TimeSpan.Zero,
                nameof(value),
                value,
                FormattableString.Invariant($"A request timeout must be positive; {value} is not.")
            );
            _requestTimeout = value;
        }
    }

    /// <summary>
    /// Gets how many times a request is retried after a timeout, a network error, or an answer of 408, 429 or 5xx
    /// (default 4); other answers (404, 403, ...) are not retried.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public int MaxRetries
    {
        get => _maxRetries;
        init
        {
            Preconditions.CheckArgumentRange(
                value >= 0,
                nameof(value),
                value,
                FormattableString.Invariant($"The number of retries must be zero or more; {value} is not.")
            );
            _maxRetries = value;
        }
    }

    /// <summary>Gets the wait before the first retry (default 1 second), doubled at each further retry, with
    /// jitter.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public TimeSpan RetryDelay
    {
        get => _retryDelay;
        init
        {
            Preconditions.CheckArgumentRange(
                value >= TimeSpan.Zero,
                nameof(value),
                value,
                FormattableString.Invariant($"A retry delay must be zero or more; {value} is not.")
            );
            _retryDelay = value;
        }
    }

    /// <summary>Gets how many of the NBU's daily requests may be in flight at once (default 4).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not between 1 and 16.</exception>
    public int MaxConcurrentRequests
    {
        get => _maxConcurrentRequests;
        init
        {
            Preconditions.CheckArgumentRange(
                value is >= 1 and <= 16,
                nameof(value),
                value,
                FormattableString.Invariant(
                    $"Between 1 and 16 requests may be in flight at once; {value} is not in that range."
                )
            );
            _maxConcurrentRequests = value;
        }
    }
}
