using System.Globalization;
using System.Text.Json;
using AidTracker.Internal;
using NodaTime.Text;

namespace AidTracker.Rates;

/// <summary>
/// A folder of rates downloaded from their publishers (by <c>aidtracker rates update</c>, or the <c>RateUpdater</c> of
/// the AidTracker.RateUpdates package), used instead of or beside the embedded data when a caller asks for it
/// (<see cref="ExchangeRateSources.WithUpdatesFrom"/>). The library never looks into a folder it was not given.
/// </summary>
/// <remarks>
/// <para>The layout, the same as the repository's <c>data/</c> folder from which the embedded data is built:</para>
/// <list type="bullet">
/// <item><see cref="EcbFileName"/> (<c>ecb-eurofxref-hist.csv</c>): the ECB's whole history as it publishes it.</item>
/// <item><see cref="NbuFileName"/> (<c>nbu-official-uah-rates.csv.gz</c>): the NBU's official rates as one wide CSV,
/// gzipped: every day of the embedded data and every day fetched since (a day on which the NBU published nothing is a
/// row of <c>N/A</c>, so it is not asked for again).</item>
/// <item><see cref="MetadataFileName"/> (<c>rates-retrieved.json</c>): for each file, where and when it was retrieved
/// and the dates it covers.</item>
/// </list>
/// <para>A file that is absent means "use the embedded data". A file that is there but cannot be read is an error
/// (<see cref="RateFileException"/> naming it), never silently skipped. Reading is lazy and happens once; the instance
/// is thread-safe.</para>
/// </remarks>
public sealed class RateDataFolder
{
    /// <summary>The ECB's history in the folder, as the ECB publishes it.</summary>
    public const string EcbFileName = "ecb-eurofxref-hist.csv";

    /// <summary>The NBU's official rates in the folder: the wide CSV, gzipped.</summary>
    public const string NbuFileName = "nbu-official-uah-rates.csv.gz";

    /// <summary>The file that says where and when each file was retrieved.</summary>
    public const string MetadataFileName = "rates-retrieved.json";

    private readonly Lazy<RateTable?> _ecb;
    private readonly Lazy<RateTable?> _nbu;
    private readonly Lazy<IReadOnlyList<RateDownload>> _downloads;

    /// <summary>Initializes an instance for the folder at <paramref name="path"/> (which need not exist yet); nothing
    /// is read until asked.</summary>
    /// <param name="path">The folder.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public RateDataFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(Preconditions.CheckNotNullOrWhiteSpace(path));
        _ecb = new Lazy<RateTable?>(
            () => ReadIfPresent(EcbFileName, p => RateFileReader.ReadEcbCsvFile(p)),
            LazyThreadSafetyMode.ExecutionAndPublication
        );
        _nbu = new Lazy<RateTable?>(
            () => ReadIfPresent(NbuFileName, p => RateFileReader.ReadNbuCsvFile(p)),
            LazyThreadSafetyMode.ExecutionAndPublication
        );
        _downloads = new Lazy<IReadOnlyList<RateDownload>>(ReadDownloads, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the folder's full path.</summary>
    public string Path { get; }

    /// <summary>Gets the ECB rates downloaded into the folder (source name <c>ECB</c>, 7-day tolerance), or <c>null</c>
    /// when there are none.</summary>
    /// <exception cref="RateFileException">The file is there but malformed; the message names it.</exception>
    public RateTable? Ecb => _ecb.Value;

    /// <summary>Gets the NBU rates of the folder (the embedded days and those fetched since; source name <c>NBU</c>),
    /// or <c>null</c> when there are none.</summary>
    /// <exception cref="RateFileException">The file is there but malformed; the message names it.</exception>
    public RateTable? Nbu => _nbu.Value;

    /// <summary>Gets what <see cref="MetadataFileName"/> records of each file (empty when the folder has
    /// none).</summary>
    /// <exception cref="RateFileException">The metadata file is there but malformed.</exception>
    public IReadOnlyList<RateDownload> Downloads => _downloads.Value;

    /// <summary>Returns the full path of a file of the folder.</summary>
    /// <param name="fileName">The file's name, e.g. <see cref="EcbFileName"/>.</param>
    /// <returns>The path.</returns>
    public string PathOf(string fileName) =>
        System.IO.Path.Combine(Path, Preconditions.CheckNotNullOrWhiteSpace(fileName));

    /// <summary>Returns what the metadata records of <paramref name="source"/> (<c>ECB</c> or <c>NBU</c>), or
    /// <c>null</c>.</summary>
    /// <param name="source">The source's name.</param>
    /// <returns>The download, or <c>null</c>.</returns>
    public RateDownload? FindDownload(string source) =>
        Downloads.FirstOrDefault(d => string.Equals(d.Source, source, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Creates the default chain over this folder: the ECB's daily rates (the folder's, else the embedded ones), then
    /// the NBU's (the folder's, else the embedded ones), then the IMF's annual averages (embedded).
    /// </summary>
    /// <param name="toleranceDays">How many days before a requested date a daily rate may be (default 7).</param>
    /// <returns>The chain "ECB, then NBU, then IMF".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="toleranceDays"/> is negative.</exception>
    /// <exception cref="RateFileException">A file of the folder is malformed; the message names it.</exception>
    public ExchangeRateChain CreateDefault(int toleranceDays = RateTable.DefaultToleranceDays)
    {
        RateTable.CheckTolerance(toleranceDays, nameof(toleranceDays));
        return new ExchangeRateChain(
            null,
            [
                (Ecb ?? ExchangeRateSources.Ecb).WithToleranceDays(toleranceDays),
                (Nbu ?? ExchangeRateSources.Nbu).WithToleranceDays(toleranceDays),
                ExchangeRateSources.Imf,
            ]
        );
    }

    /// <summary>
    /// Opens the NBU's wide CSV this folder stands on: its own file when it has one, else the embedded copy (1996-09-02
    /// to 2022-07-21). An updater extends it with the days it fetches.
    /// </summary>
    /// <returns>The text, decompressed.</returns>
    /// <exception cref="IOException">The folder's file cannot be read.</exception>
    public TextReader OpenNbuCsv()
    {
        string path = PathOf(NbuFileName);
        return File.Exists(path) ? RateFileReader.OpenText(path) : EmbeddedData.Open(EmbeddedData.NbuDaily);
    }

    /// <summary>
    /// Records <paramref name="download"/> in <see cref="MetadataFileName"/>, replacing what was recorded of the same
    /// source; the file is written to a temporary file and renamed, so it is never half-written. This instance's
    /// <see cref="Downloads"/> is not refreshed: open the folder again to read it.
    /// </summary>
    /// <param name="download">What was downloaded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="download"/> is <c>null</c>.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public void RecordDownload(RateDownload download)
    {
        Preconditions.CheckNotNull(download);
        List<RateDownload> all =
        [
            .. new RateDataFolder(Path).Downloads.Where(d =>
                !string.Equals(d.Source, download.Source, StringComparison.OrdinalIgnoreCase)
            ),
            download,
        ];
        all.Sort((a, b) => string.CompareOrdinal(a.Source, b.Source));
        Directory.CreateDirectory(Path);
        string target = PathOf(MetadataFileName);
        string temporary = target + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                WriteDownloads(writer, all);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary); // nothing when the move succeeded
        }
    }

    /// <summary>Returns the folder's path.</summary>
    /// <returns>The path.</returns>
    public override string ToString() => Path;

    private static void WriteDownloads(Utf8JsonWriter writer, IEnumerable<RateDownload> downloads)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", 1);
        writer.WriteStartArray("downloads");
        foreach (RateDownload d in downloads)
        {
            writer.WriteStartObject();
            writer.WriteString("source", d.Source);
            writer.WriteString("file", d.FileName);
            writer.WriteString("retrievedFrom", d.RetrievedFrom);
            writer.WriteString("retrievedAt", InstantPattern.ExtendedIso.Format(d.RetrievedAt));
            writer.WriteString("firstDate", RateText.Date(d.FirstDate));
            writer.WriteString("lastDate", RateText.Date(d.LastDate));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private RateTable? ReadIfPresent(string fileName, Func<string, RateTable> read)
    {
        string path = PathOf(fileName);
        return File.Exists(path) ? read(path) : null;
    }

    private List<RateDownload> ReadDownloads()
    {
        string path = PathOf(MetadataFileName);
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
            var downloads = new List<RateDownload>();
            foreach (JsonElement d in document.RootElement.GetProperty("downloads").EnumerateArray())
            {
                downloads.Add(
                    new RateDownload(
                        d.GetProperty("source").GetString()!,
                        d.GetProperty("file").GetString()!,
                        d.GetProperty("retrievedFrom").GetString()!,
                        InstantPattern.ExtendedIso.Parse(d.GetProperty("retrievedAt").GetString()!).GetValueOrThrow(),
                        LocalDatePattern.Iso.Parse(d.GetProperty("firstDate").GetString()!).GetValueOrThrow(),
                        LocalDatePattern.Iso.Parse(d.GetProperty("lastDate").GetString()!).GetValueOrThrow()
                    )
                );
            }

            return downloads;
        }
        catch (Exception e)
            when (e
                    is JsonException
                        or KeyNotFoundException
                        or InvalidOperationException
                        or UnparsableValueException
                        or ArgumentException
            )
        {
            throw new RateFileException(
                path,
                (int)((e as JsonException)?.LineNumber ?? 0) + 1,
                string.Empty,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The metadata of the rate folder cannot be read ({e.Message.ReplaceLineEndings(" ")}); it should "
                        + $"hold {{\"downloads\": [{{\"source\", \"file\", \"retrievedFrom\", \"retrievedAt\", "
                        + $"\"firstDate\", \"lastDate\"}}]}}. Run 'aidtracker rates update' again to rewrite it."
                )
            );
        }
    }
}
