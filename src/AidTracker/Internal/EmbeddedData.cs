using System.Globalization;
using System.IO.Compression;

namespace AidTracker.Internal;

/// <summary>Opens the reference data files embedded into this assembly at build time (a <c>.gz</c> file is decompressed
/// as it is read).</summary>
internal static class EmbeddedData
{
    public const string Iso4217 = "iso4217-codes-all.csv";
    public const string EcbDaily = "ecb-eurofxref-hist.csv";
    public const string ImfAnnual = "imf-annual-average-per-usd.csv";
    public const string NbuDaily = "nbu-official-uah-rates.csv.gz";

    private static int _openCount;

    /// <summary>Gets how many times an embedded file was opened in this process (for tests of when data is
    /// loaded).</summary>
    public static int OpenCount => Volatile.Read(ref _openCount);

    public static StreamReader Open(string fileName)
    {
        Interlocked.Increment(ref _openCount);
        string name = "AidTracker.Data." + fileName;
        Stream? stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            throw new InvalidOperationException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The embedded reference data '{fileName}' is missing from the AidTracker assembly; the build "
                        + $"should have embedded it from the AidTrackerDataDir folder."
                )
            );
        }

        if (fileName.EndsWith(".gz", StringComparison.Ordinal))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(
            stream,
            System.Text.Encoding.UTF8,
            detectEncodingFromByteOrderMarks: true,
            bufferSize: 64 * 1024
        );
    }
}
