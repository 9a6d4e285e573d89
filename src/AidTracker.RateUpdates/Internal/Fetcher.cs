using System.Globalization;
using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace AidTracker.RateUpdates.Internal;

/// <summary>
/// Fetches the bytes of a URL with the caller's <see cref="HttpClient"/>, through a Polly pipeline: each attempt has a
/// timeout, and a timeout, a network error or an answer of 408, 429 or 5xx is retried with exponential backoff and
/// jitter. Any other answer (404, 403, ...) fails at once. A location that is not an http(s) URL is read as a local
/// file.
/// </summary>
internal sealed class Fetcher
{
    private readonly HttpClient _http;
    private readonly ResiliencePipeline _pipeline;

    public Fetcher(HttpClient http, RateUpdateOptions options)
    {
        _http = http;
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(
                new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder()
                        .Handle<HttpRequestException>()
                        .Handle<TimeoutRejectedException>()
                        .Handle<TransientAnswerException>(),
                    MaxRetryAttempts = options.MaxRetries,
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                }
            );
        }

        _pipeline = builder.AddTimeout(options.RequestTimeout).Build();
        RequestTimeout = options.RequestTimeout;
        MaxRetries = options.MaxRetries;
    }

    public TimeSpan RequestTimeout { get; }

    public int MaxRetries { get; }

    public static bool IsHttp(string location) =>
        location.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the bytes at <paramref name="location"/>, or throws <see cref="RateUpdateException"/> saying
    /// what failed.</summary>
    public async Task<byte[]> GetBytesAsync(string source, string location, CancellationToken cancellationToken)
    {
        if (!IsHttp(location))
        {
            try
            {
                return await File.ReadAllBytesAsync(location, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new RateUpdateException(
                    source,
                    FormattableString.Invariant($"The {source} rates cannot be read from '{location}': {e.Message}"),
                    e
                );
            }
        }

        try
        {
            return await _pipeline
                .ExecuteAsync(
                    static async (state, token) =>
                    {
                        using HttpResponseMessage response = await state
                            .Http.GetAsync(state.Location, HttpCompletionOption.ResponseHeadersRead, token)
                            .ConfigureAwait(false);
                        if (!response.IsSuccessStatusCode)
                        {
                            string answer = FormattableString.Invariant(
                                $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}"
                            );
                            if (IsTransient(response.StatusCode))
                            {
                                throw new TransientAnswerException(answer);
                            }

                            throw new RateUpdateException(
                                state.Source,
                                string.Create(
                                    CultureInfo.InvariantCulture,
                                    $"The {state.Source} rates could not be downloaded: {state.Location} answered "
                                        + $"{answer}."
                                )
                            );
                        }

                        return await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
                    },
                    (Http: _http, Location: location, Source: source),
                    cancellationToken
                )
                .ConfigureAwait(false);
        }
        catch (TransientAnswerException e)
        {
            throw new RateUpdateException(
                source,
                FormattableString.Invariant(
                    $"The {source} rates could not be downloaded: {location} answered {e.Message}{Attempts()}."
                ),
                e
            );
        }
        catch (TimeoutRejectedException e)
        {
            throw new RateUpdateException(
                source,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The {source} rates could not be downloaded: {location} did not answer within "
                        + $"{RequestTimeout.TotalSeconds:0.###} seconds{Attempts()}."
                ),
                e
            );
        }
        catch (HttpRequestException e)
        {
            throw new RateUpdateException(
                source,
                FormattableString.Invariant(
                    $"The {source} rates could not be downloaded from {location}: {e.Message}{Attempts()}."
                ),
                e
            );
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private string Attempts() =>
        MaxRetries == 0 ? string.Empty : FormattableString.Invariant($" (tried {MaxRetries + 1} times)");

    /// <summary>An answer worth retrying (408, 429, 5xx).</summary>
    private sealed class TransientAnswerException(string message) : Exception(message);
}
