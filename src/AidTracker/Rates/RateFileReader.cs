using AidTracker.Internal;

namespace AidTracker.Rates;

/// <summary>
/// Reads rate files into <see cref="RateTable"/>s: the ECB's published CSV, the National Bank of Ukraine's official
/// rates as one wide CSV, a long <c>date,base,quote,rate</c> CSV, and the IMF's annual averages. Reading is all or
/// nothing: a bad row throws <see cref="RateFileException"/> naming the file, the line and the value, and no table is
/// returned.
/// </summary>
/// <remarks>
/// <para><b>ECB format</b> (as published at ecb.europa.eu, <c>eurofxref-hist.csv</c>): a header
/// <c>Date,USD,JPY,...,</c>, one row per day in any order (the ECB puts the newest first), each value the units of the
/// column's currency per 1 EUR, <c>N/A</c> or empty where there is no rate, and a trailing comma on every line
/// (optional).</para>
/// <para><b>NBU format</b> (the NBU's official rates, one column per currency): a header <c>Date,AED,AMD,...,ZAR</c>,
/// one row per day in any order, each value the hryvnias per 1 unit of the column's currency (2022-04-28: USD 29.2549),
/// <c>N/A</c> or empty where there is no rate; no trailing comma (one is accepted). A column whose code is not a known
/// currency (the NBU's own <c>SDR</c>, <c>USM</c>, <c>WDR</c>, <c>___</c>) is skipped.</para>
/// <para><b>Long format</b>: a header <c>date,base,quote,rate</c> and rows such as <c>2025-02-27,EUR,USD,1.0477</c>
/// (1 EUR = 1.0477 USD). Every row relates a currency to one pivot currency, either way round.</para>
/// <para><b>IMF format</b>: <c>Date,Rate,Currency,Frequency,Source,Country code,Country</c>, national currency per USD,
/// annual; each currency's rate is taken from its issuer (see <see cref="ExchangeRateSources.Imf"/>).</para>
/// <para>Errors (each a <see cref="RateFileException"/>): a malformed row, a date not in the form yyyy-MM-dd, a rate
/// that is not a number or not greater than zero, a second rate for the same pair and date, an unknown currency code
/// (a column of the ECB header or a field of a row), a file with no rates, a line longer than
/// <see cref="MaxLineLength"/> characters, a NUL character (a binary file, or UTF-16 without a byte-order mark).</para>
/// <para>Files are read line by line, never whole: memory grows with the rates read, not with the file's size, and a
/// line that is too long is refused as soon as its first <see cref="MaxLineLength"/> characters are seen. Messages
/// quote at most 80 characters of the input (then <c>…</c>), with control characters shown as escapes.</para>
/// </remarks>
public static class RateFileReader
{
    /// <summary>
    /// The most characters a line of a rate file may have (65,536, without its line break): the ECB's widest line has
    /// fewer than 500, so a longer line is not a rate file.
    /// </summary>
    public const int MaxLineLength = 64 * 1024;

    /// <summary>Reads an ECB-format file (wide, EUR-based) from <paramref name="path"/>.</summary>
    /// <param name="path">The file's path (named in error messages).</param>
    /// <param name="options">The source's name (default <c>ECB</c>) and tolerance (default 7 days).</param>
    /// <returns>A daily table against EUR.</returns>
    /// <exception cref="RateFileException">The file is malformed; the message names the file, line and
    /// value.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RateTable ReadEcbCsvFile(string path, RateFileOptions? options = null)
    {
        Preconditions.CheckNotNullOrWhiteSpace(path);
        using var reader = new StreamReader(path);
        return ReadEcbCsv(reader, path, options);
    }

    /// <summary>Reads an ECB-format file (wide, EUR-based) from <paramref name="reader"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="fileName">The name used in error messages.</param>
    /// <param name="options">The source's name (default <c>ECB</c>) and tolerance (default 7 days).</param>
    /// <returns>A daily table against EUR.</returns>
    /// <exception cref="RateFileException">The text is malformed; the message names the file, line and
    /// value.</exception>
    public static RateTable ReadEcbCsv(TextReader reader, string fileName, RateFileOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckNotNull(fileName);
        options ??= RateFileOptions.Default;
        return EcbCsvReader.Read(reader, fileName, NameOr(options, "ECB"), options.ToleranceDays);
    }

    /// <summary>Reads an NBU-format file (wide, hryvnias per unit) from <paramref name="path"/>; a path ending in
    /// <c>.gz</c> is decompressed.</summary>
    /// <param name="path">The file's path (named in error messages).</param>
    /// <param name="options">The source's name (default <c>NBU</c>) and tolerance (default 7 days).</param>
    /// <returns>A daily table against UAH.</returns>
    /// <exception cref="RateFileException">The file is malformed; the message names the file, line and
    /// value.</exception>
    /// <exception cref="IOException">The file cannot be read, or a <c>.gz</c> file is not valid gzip.</exception>
    public static RateTable ReadNbuCsvFile(string path, RateFileOptions? options = null)
    {
        Preconditions.CheckNotNullOrWhiteSpace(path);
        using StreamReader reader = OpenText(path);
        return ReadNbuCsv(reader, path, options);
    }

    /// <summary>Reads an NBU-format file (wide, hryvnias per unit) from <paramref name="reader"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="fileName">The name used in error messages.</param>
    /// <param name="options">The source's name (default <c>NBU</c>) and tolerance (default 7 days).</param>
    /// <returns>A daily table against UAH.</returns>
    /// <exception cref="RateFileException">The text is malformed; the message names the file, line and
    /// value.</exception>
    public static RateTable ReadNbuCsv(TextReader reader, string fileName, RateFileOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckNotNull(fileName);
        options ??= RateFileOptions.Default;
        return EcbCsvReader.Read(reader, fileName, NameOr(options, "NBU"), options.ToleranceDays, WideCsvFormat.Nbu);
    }

    /// <summary>Reads a long <c>date,base,quote,rate</c> file from <paramref name="path"/>.</summary>
    /// <param name="path">The file's path (named in error messages).</param>
    /// <param name="options">The source's name (default: the file's name without extension), basis (default daily),
    /// pivot (default: the currency all rows share) and tolerance (default 7 days).</param>
    /// <returns>A table against the pivot.</returns>
    /// <exception cref="RateFileException">The file is malformed; the message names the file, line and
    /// value.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RateTable ReadLongCsvFile(string path, RateFileOptions? options = null)
    {
        Preconditions.CheckNotNullOrWhiteSpace(path);
        using var reader = new StreamReader(path);
        return ReadLongCsv(reader, path, options);
    }

    /// <summary>Reads a long <c>date,base,quote,rate</c> file from <paramref name="reader"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="fileName">The name used in error messages.</param>
    /// <param name="options">The source's name (default: <paramref name="fileName"/> without directory and extension),
    /// basis (default daily), pivot (default: the currency all rows share) and tolerance (default 7 days).</param>
    /// <returns>A table against the pivot.</returns>
    /// <exception cref="RateFileException">The text is malformed; the message names the file, line and
    /// value.</exception>
    public static RateTable ReadLongCsv(TextReader reader, string fileName, RateFileOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckNotNull(fileName);
        options ??= RateFileOptions.Default;
        string defaultName = Path.GetFileNameWithoutExtension(fileName);
        string name = NameOr(options, string.IsNullOrWhiteSpace(defaultName) ? "rates" : defaultName);
        return LongCsvReader.Read(reader, fileName, name, options.Basis, options.Pivot, options.ToleranceDays);
    }

    /// <summary>Reads an IMF annual-average file (national currency per USD) from <paramref name="path"/>.</summary>
    /// <param name="path">The file's path (named in error messages).</param>
    /// <param name="options">The source's name (default <c>IMF</c>).</param>
    /// <returns>An annual-average table against USD.</returns>
    /// <exception cref="RateFileException">The file is malformed; the message names the file, line and
    /// value.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RateTable ReadImfCsvFile(string path, RateFileOptions? options = null)
    {
        Preconditions.CheckNotNullOrWhiteSpace(path);
        using var reader = new StreamReader(path);
        return ReadImfCsv(reader, path, options);
    }

    /// <summary>Reads an IMF annual-average file (national currency per USD) from <paramref name="reader"/>.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="fileName">The name used in error messages.</param>
    /// <param name="options">The source's name (default <c>IMF</c>).</param>
    /// <returns>An annual-average table against USD.</returns>
    /// <exception cref="RateFileException">The text is malformed; the message names the file, line and
    /// value.</exception>
    public static RateTable ReadImfCsv(TextReader reader, string fileName, RateFileOptions? options = null)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckNotNull(fileName);
        return ImfCsvReader.Read(reader, fileName, NameOr(options ?? RateFileOptions.Default, "IMF"));
    }

    /// <summary>Opens a text file, decompressing it when its name ends in <c>.gz</c>.</summary>
    internal static StreamReader OpenText(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return new StreamReader(path);
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        return new StreamReader(
            new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress),
            System.Text.Encoding.UTF8
        );
    }

    private static string NameOr(RateFileOptions options, string defaultName) =>
        string.IsNullOrWhiteSpace(options.SourceName) ? defaultName : options.SourceName;
}
