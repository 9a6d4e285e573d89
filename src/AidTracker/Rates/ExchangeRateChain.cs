using AidTracker.Internal;

namespace AidTracker.Rates;

/// <summary>
/// Sources tried in order: the first that has the rate answers, and the result records which one it was
/// (<see cref="RateLookupResult.AnsweredBy"/>) and why the ones before failed
/// (<see cref="RateLookupResult.FailedSources"/>). A source that fails, even by throwing, does not stop the chain; when
/// every source fails, the failure keeps each source's reason (<see cref="RateLookupFailure.Failures"/>).
/// </summary>
/// <remarks>
/// <see cref="ExchangeRateSources.Default"/> is the chain "ECB, then NBU, then IMF". A chain asks each source for the
/// whole pair; it does not cross one source's rate with another's. Immutable and thread-safe when its sources are.
/// </remarks>
public sealed class ExchangeRateChain : IExchangeRateSource
{
    private readonly IExchangeRateSource[] _sources;

    /// <summary>Initializes a chain named after its sources (<c>ECB, then NBU, then IMF</c>).</summary>
    /// <param name="sources">The sources, in the order to try them (at least one).</param>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> or one of them is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sources"/> is empty.</exception>
    public ExchangeRateChain(params IEnumerable<IExchangeRateSource> sources)
        : this(null, sources) { }

    /// <summary>Initializes a chain with a name.</summary>
    /// <param name="name">The chain's name, or <c>null</c> to name it after its sources.</param>
    /// <param name="sources">The sources, in the order to try them (at least one).</param>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> or one of them is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sources"/> is empty.</exception>
    public ExchangeRateChain(string? name, IEnumerable<IExchangeRateSource> sources)
    {
        _sources = [.. Preconditions.CheckNotNull(sources)];
        Preconditions.CheckArgument(_sources.Length > 0, nameof(sources), "A chain needs at least one source.");
        foreach (IExchangeRateSource source in _sources)
        {
            Preconditions.CheckNotNull(source, nameof(sources));
        }

        Name = string.IsNullOrWhiteSpace(name) ? string.Join(", then ", _sources.Select(s => s.Name)) : name;
        Coverage = new RateCoverageList([.. _sources.SelectMany(s => s.Coverage)]);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Gets the sources in the order they are tried.</summary>
    public IReadOnlyList<IExchangeRateSource> Sources => _sources;

    /// <inheritdoc />
    public IReadOnlyList<RateSourceCoverage> Coverage { get; }

    /// <inheritdoc />
    public RateLookupResult TryGetRate(RateRequest request)
    {
        request.Validate(nameof(request));
        List<RateLookupFailure>? failures = null;
        foreach (IExchangeRateSource source in _sources)
        {
            RateLookupResult result;
            try
            {
                result = source.TryGetRate(request);
            }
#pragma warning disable CA1031 // A failing source must not stop the chain; the exception is kept in the failure.
            catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                (failures ??= []).Add(RateLookupFailure.SourceFailed(source.Name, request, exception));
                continue;
            }

            if (result.IsFound)
            {
                IReadOnlyList<RateLookupFailure> failed = failures is null
                    ? result.FailedSources
                    : [.. failures, .. result.FailedSources];
                return RateLookupResult.Found(request, result.Rate, result.AnsweredBy, failed);
            }

            (failures ??= []).Add(result.Failure);
        }

        return RateLookupResult.NotFound(RateLookupFailure.AllFailed(Name, request, failures!));
    }

    /// <summary>Returns the chain's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
