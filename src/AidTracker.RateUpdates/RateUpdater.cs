using System.Globalization;
using AidTracker.Internal;
using AidTracker.Rates;
using AidTracker.RateUpdates.Internal;
using NodaTime;

namespace AidTracker.RateUpdates;

/// <summary>
/// Brings the rates of a data folder (<see cref="RateDataFolder"/>) up to date from their publishers: the ECB's whole
/// history (<see cref="UpdateEcbAsync"/>) and the NBU's missing days (<see cref="UpdateNbuAsync"/>), with the caller's
/// <see cref="HttpClient"/>. AidTracker reads the folder when asked: <see cref="ExchangeRateSources.WithUpdatesFrom"/>.
/// </summary>
/// <remarks>
/// <para><b>Never corrupt.</b> What is downloaded is checked before it replaces anything: it must parse completely
/// (every row, every rate a number greater than zero), its dates must be in order and unique, and it must cover at
/// least the dates of what it replaces (the folder's file, else the embedded data). It is written to a temporary file
/// and renamed over the old one. Any failure (no network, an HTTP error after the retries, a timeout, a truncated zip,
/// a malformed CSV row or NBU answer) throws <see cref="RateUpdateException"/> saying what failed, and leaves the
/// folder as it was.</para>
/// <para><b>Requests.</b> Each attempt has a timeout; timeouts, network errors and answers of 408, 429 and 5xx are
/// retried with exponential backoff and jitter (Polly); see <see cref="RateUpdateOptions"/>. The NBU is asked for one
/// day per request, a few at once.</para>
/// <para>Thread-safe for different folders; two updates of the same folder at once are not coordinated.</para>
/// </remarks>
public sealed partial class RateUpdater
{
    /// <summary>Where the ECB publishes its whole history of euro reference rates (a zip holding
    /// <c>eurofxref-hist.csv</c>).</summary>
    public const string EcbUrl = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip";

    /// <summary>The NBU's official rates of one day; <c>{yyyyMMdd}</c> stands for the day.</summary>
    public const string NbuUrlTemplate =
        "https://bank.gov.ua/NBUStatService/v1/statdirectory/exchange?json&date={yyyyMMdd}";

    /// <summary>The placeholder of the day in an NBU URL template.</summary>
    public const string DayPlaceholder = "{yyyyMMdd}";

    private readonly IClock _clock;
    private readonly RateUpdateOptions _options;
    private readonly Fetcher _fetcher;

    /// <summary>Initializes an updater.</summary>
    /// <param name="httpClient">The client to send the requests with (its handler, proxy and headers are the caller's;
    /// it is not disposed).</param>
    /// <param name="clock">The clock that says when the rates were retrieved and which day is today (the last NBU day
    /// to fetch by default).</param>
    /// <param name="options">Timeouts, retries and concurrency, or <c>null</c> for
    /// <see cref="RateUpdateOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> or <paramref name="clock"/> is
    /// <c>null</c>.</exception>
    public RateUpdater(HttpClient httpClient, IClock clock, RateUpdateOptions? options = null)
    {
        Preconditions.CheckNotNull(httpClient);
        _clock = Preconditions.CheckNotNull(clock);
        _options = options ?? RateUpdateOptions.Default;
        _fetcher = new Fetcher(httpClient, _options);
    }

    private static RateUpdateException Invalid(
        string source,
        string location,
        string problem,
        Exception? inner = null
    ) =>
        new(
            source,
            FormattableString.Invariant(
                $"The {source} rates from {location} were not used: {problem} The data folder is unchanged."
            ),
            inner
        );

    private static void CheckCovers(string source, string location, RateTable downloaded, RateTable current)
    {
        RateSourceCoverage now = current.Coverage[0];
        RateSourceCoverage next = downloaded.Coverage[0];
        if (next.FirstDate > now.FirstDate || next.LastDate < now.LastDate)
        {
            throw Invalid(
                source,
                location,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"they cover {LocalDateText.Format(next.FirstDate)} to {LocalDateText.Format(next.LastDate)}, less "
                        + $"than the {LocalDateText.Format(now.FirstDate)} to {LocalDateText.Format(now.LastDate)} of "
                        + $"the rates they would replace."
                )
            );
        }
    }
}
