using System.Globalization;
using System.IO.Compression;
using System.Text;
using AidTracker.Internal;
using AidTracker.Rates;
using AidTracker.RateUpdates.Internal;
using NodaTime;

namespace AidTracker.RateUpdates;

/// <summary>The ECB's history: one file, downloaded whole.</summary>
public sealed partial class RateUpdater
{
    private static readonly UTF8Encoding StrictUtf8 = new(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true
    );

    /// <summary>
    /// Downloads the ECB's whole history of euro reference rates into <paramref name="dataDirectory"/>
    /// (<see cref="RateDataFolder.EcbFileName"/>, as published) once it has been checked, and records where and when.
    /// </summary>
    /// <param name="dataDirectory">The data folder (created if need be).</param>
    /// <param name="from">Another URL of the zip or CSV, or a local <c>.zip</c> or <c>.csv</c> file; <c>null</c> for
    /// <see cref="EcbUrl"/>.</param>
    /// <param name="cancellationToken">Cancels the download; nothing is written then.</param>
    /// <returns>What was written and what it covers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataDirectory"/> is <c>null</c>.</exception>
    /// <exception cref="RateUpdateException">The download failed or is not a complete, valid ECB file covering at least
    /// what it replaces; the folder is unchanged.</exception>
    /// <exception cref="IOException">The data folder cannot be written.</exception>
    public async Task<RateUpdateResult> UpdateEcbAsync(
        string dataDirectory,
        string? from = null,
        CancellationToken cancellationToken = default
    )
    {
        var folder = new RateDataFolder(Preconditions.CheckNotNullOrWhiteSpace(dataDirectory));
        string location = string.IsNullOrWhiteSpace(from) ? EcbUrl : from;
        byte[] bytes = await _fetcher.GetBytesAsync("ECB", location, cancellationToken).ConfigureAwait(false);
        Instant retrievedAt = _clock.GetCurrentInstant();
        byte[] csv = ExtractCsv(bytes, location);
        string text;
        try
        {
            text = StrictUtf8.GetString(csv);
        }
        catch (DecoderFallbackException e)
        {
            throw Invalid("ECB", location, "the file is not UTF-8 text.", e);
        }

        RateTable table;
        try
        {
            table = RateFileReader.ReadEcbCsv(new StringReader(text), location);
        }
        catch (RateFileException e)
        {
            throw Invalid("ECB", location, e.Message, e);
        }

        CheckDatesInOrder(text, location);
        RateTable current = CurrentEcb(folder);
        CheckCovers("ECB", location, table, current);

        string path = folder.PathOf(RateDataFolder.EcbFileName);
        await AtomicFile
            .WriteAsync(path, stream => stream.WriteAsync(csv, cancellationToken).AsTask(), cancellationToken)
            .ConfigureAwait(false);
        RateSourceCoverage coverage = table.Coverage[0];
        var download = new RateDownload(
            "ECB",
            RateDataFolder.EcbFileName,
            location,
            retrievedAt,
            coverage.FirstDate!.Value,
            coverage.LastDate!.Value
        );
        folder.RecordDownload(download);
        return new RateUpdateResult(
            "ECB",
            path,
            download,
            coverage.FirstDate,
            coverage.LastDate,
            current.Coverage[0].LastDate,
            0,
            0
        );
    }

    /// <summary>The ECB rates the download would replace: the folder's (when it can be read), else the embedded
    /// ones.</summary>
    private static RateTable CurrentEcb(RateDataFolder folder)
    {
        try
        {
            return folder.Ecb ?? ExchangeRateSources.Ecb;
        }
        catch (RateFileException)
        {
            return ExchangeRateSources.Ecb; // a damaged file is replaced by a good download
        }
    }

    /// <summary>Returns the CSV: the bytes themselves, or the <c>.csv</c> inside a zip.</summary>
    private static byte[] ExtractCsv(byte[] bytes, string location)
    {
        bool isZip = bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K';
        if (!isZip)
        {
            if (location.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                throw Invalid(
                    "ECB",
                    location,
                    FormattableString.Invariant($"the {bytes.Length:N0} bytes received are not a zip archive.")
                );
            }

            return bytes;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            ZipArchiveEntry? entry = zip.GetEntry("eurofxref-hist.csv")
                ?? zip.Entries.SingleOrDefault(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase));
            if (entry is null)
            {
                throw Invalid(
                    "ECB",
                    location,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"the zip holds no eurofxref-hist.csv (it holds "
                            + $"{string.Join(", ", zip.Entries.Select(e => e.FullName).DefaultIfEmpty("nothing"))})."
                    )
                );
            }

            using Stream stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw Invalid(
                "ECB",
                location,
                FormattableString.Invariant(
                    $"the zip archive of {bytes.Length:N0} bytes is damaged or incomplete ({e.Message})"
                ),
                e
            );
        }
    }

    /// <summary>Checks that the rows' dates run one way (the ECB puts the newest first); the reader has refused
    /// repeated dates.</summary>
    private static void CheckDatesInOrder(string text, string location)
    {
        int direction = 0;
        LocalDate? previous = null;
        int lineNumber = 0;
        foreach (string line in text.Split('\n'))
        {
            lineNumber++;
            int comma = line.IndexOf(',', StringComparison.Ordinal);
            if (lineNumber == 1 || comma < 0 || !LocalDateText.TryParse(line[..comma].Trim(), out LocalDate date))
            {
                continue;
            }

            if (previous is LocalDate p)
            {
                int step = date > p ? 1 : -1;
                if (direction != 0 && step != direction)
                {
                    throw Invalid(
                        "ECB",
                        location,
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"the dates are not in order: line {lineNumber} has {LocalDateText.Format(date)} after "
                                + $"{LocalDateText.Format(p)}."
                        )
                    );
                }

                direction = step;
            }

            previous = date;
        }
    }
}
