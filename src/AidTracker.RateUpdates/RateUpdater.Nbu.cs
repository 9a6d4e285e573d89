using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using AidTracker.Internal;
using AidTracker.Rates;
using AidTracker.RateUpdates.Internal;
using NodaTime;

namespace AidTracker.RateUpdates;

/// <summary>The NBU's official rates: one request per missing day, merged into the wide CSV of the data
/// folder.</summary>
public sealed partial class RateUpdater
{
    /// <summary>
    /// Fetches the NBU's official rates of every day from <paramref name="since"/> to <paramref name="until"/> that the
    /// folder does not hold yet (one request per day, a few at once), adds them to the folder's NBU file (the embedded
    /// days when it has none: <see cref="RateDataFolder.NbuFileName"/>, the whole wide CSV, gzipped) once every day has
    /// arrived and the whole file has been checked, and records where and when. A day the NBU answers with <c>[]</c> is
    /// held as a day without rates, so a second run asks only for what is still missing.
    /// </summary>
    /// <param name="dataDirectory">The data folder (created if need be).</param>
    /// <param name="from">Another URL template with <c>{yyyyMMdd}</c> in it (an http(s) URL or a local path);
    /// <c>null</c> for <see cref="NbuUrlTemplate"/>.</param>
    /// <param name="since">The first day to fetch; <c>null</c> for the day after the last one held.</param>
    /// <param name="until">The last day to fetch; <c>null</c> for today (UTC, by the clock).</param>
    /// <param name="cancellationToken">Cancels the requests; nothing is written then.</param>
    /// <returns>What was fetched and written, and what the NBU rates now cover.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataDirectory"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="from"/> has no <c>{yyyyMMdd}</c>, or
    /// <paramref name="since"/> is after <paramref name="until"/>.</exception>
    /// <exception cref="RateUpdateException">A day could not be fetched or its answer is not the NBU's, or the folder's
    /// file cannot be read; the folder is unchanged.</exception>
    /// <exception cref="IOException">The data folder cannot be written.</exception>
    public async Task<RateUpdateResult> UpdateNbuAsync(
        string dataDirectory,
        string? from = null,
        LocalDate? since = null,
        LocalDate? until = null,
        CancellationToken cancellationToken = default
    )
    {
        var folder = new RateDataFolder(Preconditions.CheckNotNullOrWhiteSpace(dataDirectory));
        string template = string.IsNullOrWhiteSpace(from) ? NbuUrlTemplate : from;
        Preconditions.CheckArgument(
            template.Contains(DayPlaceholder, StringComparison.Ordinal),
            nameof(from),
            FormattableString.Invariant(
                $"The NBU URL template '{template}' has no {DayPlaceholder} where the day goes."
            )
        );
        if (since is LocalDate s && until is LocalDate u)
        {
            Preconditions.CheckArgument(
                s <= u,
                nameof(since),
                FormattableString.Invariant(
                    $"The first day to fetch, {LocalDateText.Format(s)}, is after the last, {LocalDateText.Format(u)}."
                )
            );
        }

        NbuWideCsv held = ReadHeld(folder);
        LocalDate? previousLast = held.LastDay;
        LocalDate first = since ?? (previousLast?.PlusDays(1) ?? _clock.GetCurrentInstant().InUtc().Date);
        LocalDate last = until ?? _clock.GetCurrentInstant().InUtc().Date;
        var missing = new List<LocalDate>();
        for (LocalDate day = first; day <= last; day = day.PlusDays(1))
        {
            if (!held.Contains(day))
            {
                missing.Add(day);
            }
        }

        string path = folder.PathOf(RateDataFolder.NbuFileName);
        if (missing.Count == 0)
        {
            RateSourceCoverage now = (ReadTable(folder) ?? ExchangeRateSources.Nbu).Coverage[0];
            return new RateUpdateResult("NBU", path, null, now.FirstDate, now.LastDate, now.LastDate, 0, 0);
        }

        ConcurrentDictionary<LocalDate, List<(string Code, string Rate)>> fetched = await FetchDaysAsync(
                template,
                missing,
                cancellationToken
            )
            .ConfigureAwait(false);
        Instant retrievedAt = _clock.GetCurrentInstant();
        foreach (LocalDate day in missing)
        {
            held.AddDay(day, fetched[day]);
        }

        var text = new StringWriter(new StringBuilder(8 * 1024 * 1024), CultureInfo.InvariantCulture);
        held.Write(text);
        string csv = text.ToString();
        RateTable table;
        try
        {
            table = RateFileReader.ReadNbuCsv(new StringReader(csv), RateDataFolder.NbuFileName);
        }
        catch (RateFileException e)
        {
            throw Invalid("NBU", template, e.Message, e);
        }

        RateTable current = ReadTable(folder) ?? ExchangeRateSources.Nbu;
        CheckCovers("NBU", template, table, current);
        await AtomicFile
            .WriteAsync(path, stream => WriteGzipAsync(stream, csv, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        RateSourceCoverage coverage = table.Coverage[0];
        var download = new RateDownload(
            "NBU",
            RateDataFolder.NbuFileName,
            template,
            retrievedAt,
            coverage.FirstDate!.Value,
            coverage.LastDate!.Value
        );
        folder.RecordDownload(download);
        int empty = missing.Count(d => fetched[d].Count == 0);
        return new RateUpdateResult(
            "NBU",
            path,
            download,
            coverage.FirstDate,
            coverage.LastDate,
            current.Coverage[0].LastDate,
            missing.Count,
            empty
        );
    }

    private static NbuWideCsv ReadHeld(RateDataFolder folder)
    {
        try
        {
            using TextReader reader = folder.OpenNbuCsv();
            return NbuWideCsv.Parse(reader, folder.PathOf(RateDataFolder.NbuFileName));
        }
        catch (InvalidDataException e)
        {
            throw new RateUpdateException(
                "NBU",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The NBU rates of the data folder cannot be extended: {e.Message} Delete "
                        + $"{folder.PathOf(RateDataFolder.NbuFileName)} to start again from the embedded rates."
                ),
                e
            );
        }
    }

    private static RateTable? ReadTable(RateDataFolder folder)
    {
        try
        {
            return folder.Nbu;
        }
        catch (Exception e) when (e is RateFileException or InvalidDataException)
        {
            throw new RateUpdateException(
                "NBU",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The NBU rates of the data folder cannot be read: {e.Message} Delete "
                        + $"{folder.PathOf(RateDataFolder.NbuFileName)} to start again from the embedded rates."
                ),
                e
            );
        }
    }

    private static async Task WriteGzipAsync(Stream stream, string csv, CancellationToken cancellationToken)
    {
        await using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        await gzip.WriteAsync(Encoding.UTF8.GetBytes(csv), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ConcurrentDictionary<LocalDate, List<(string Code, string Rate)>>> FetchDaysAsync(
        string template,
        List<LocalDate> days,
        CancellationToken cancellationToken
    )
    {
        var fetched = new ConcurrentDictionary<LocalDate, List<(string Code, string Rate)>>();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = _options.MaxConcurrentRequests,
            CancellationToken = cancellationToken,
        };
        await Parallel
            .ForEachAsync(days, parallel, async (day, token) =>
            {
                string url = template.Replace(
                    DayPlaceholder,
                    day.ToString("uuuuMMdd", CultureInfo.InvariantCulture),
                    StringComparison.Ordinal
                );
                byte[] json = await _fetcher.GetBytesAsync("NBU", url, token).ConfigureAwait(false);
                fetched[day] = NbuDay.Parse(json, day, url);
            })
            .ConfigureAwait(false);
        return fetched;
    }
}
