using System.Text;
using AidTracker.Internal;
using AidTracker.Rates;

namespace AidTracker.Cli.Infrastructure;

/// <summary>
/// The rate source chosen with <c>--rates</c>: <c>default</c> (ECB daily, else NBU daily, else IMF annual averages),
/// <c>ecb</c>, <c>nbu</c>, <c>imf</c>, or a file (<c>-</c>: standard input): the ECB's wide CSV
/// (<c>Date,USD,JPY,...</c>), a long CSV (<c>date,base,quote,rate</c>) or the IMF's annual averages
/// (<c>Date,Rate,Currency,...</c>), recognised by the header. The ECB and NBU rates are those of the data folder
/// (<c>--data-dir</c>) where it has them, else the embedded ones; <c>--tolerance</c> applies to every daily table.
/// </summary>
internal sealed class RateSourceOption
{
    private readonly Lazy<IExchangeRateSource> _source;
    private readonly Lazy<IReadOnlyList<RateTable>> _tables;

    // The embedded sources load on first use (ExchangeRateSources), so that `summarize` can load them while it reads.
    private RateSourceOption(
        string name,
        Func<IReadOnlyList<RateTable>> tables,
        Func<IReadOnlyList<RateTable>, IExchangeRateSource> source,
        string? fileName,
        RateDataFolder? folder,
        bool isEmbeddedDefault
    )
    {
        Name = name;
        _tables = new Lazy<IReadOnlyList<RateTable>>(() => Reading(tables));
        _source = new Lazy<IExchangeRateSource>(() => source(_tables.Value));
        FileName = fileName;
        Folder = folder;
        IsDefault = isEmbeddedDefault;
    }

    /// <summary>Gets what the user chose: <c>default</c>, <c>ecb</c>, <c>nbu</c>, <c>imf</c> or the file's
    /// path.</summary>
    public string Name { get; }

    /// <summary>Gets whether this is the embedded default source with its own tolerance, the one a query without a rate
    /// source uses.</summary>
    public bool IsDefault { get; }

    /// <summary>Gets the source to ask (the embedded ones are loaded on first use).</summary>
    public IExchangeRateSource Source => _source.Value;

    /// <summary>Gets the rate tables behind <see cref="Source"/>, in the order they are tried.</summary>
    public IReadOnlyList<RateTable> Tables => _tables.Value;

    /// <summary>Gets the rate file's path, or <c>null</c> for the embedded data.</summary>
    public string? FileName { get; }

    /// <summary>Gets the data folder of downloaded rates, or <c>null</c> when there is none (or a rate file is
    /// used).</summary>
    public RateDataFolder? Folder { get; }

    /// <summary>The longest header line of a rate file read while telling its format (the ECB's is about 200
    /// characters).</summary>
    private const int MaxHeaderLength = RateFileReader.MaxLineLength;

    public static RateSourceOption Resolve(
        string? text,
        string? dataDir = null,
        int? toleranceDays = null,
        Func<Stream>? standardInput = null
    )
    {
        string value = text?.Trim() ?? "default";
        RateDataFolder? folder = dataDir is null ? null : new RateDataFolder(dataDir);
        bool updated =
            folder is not null
            && (
                File.Exists(folder.PathOf(RateDataFolder.EcbFileName))
                || File.Exists(folder.PathOf(RateDataFolder.NbuFileName))
            );
        int tolerance = toleranceDays ?? RateTable.DefaultToleranceDays;
        switch (value.ToLowerInvariant())
        {
            case "default":
                return new(
                    "default",
                    () => [Ecb(folder, tolerance), Nbu(folder, tolerance), ExchangeRateSources.Imf],
                    Chain,
                    null,
                    folder,
                    !updated && toleranceDays is null
                );
            case "ecb":
                return new("ecb", () => [Ecb(folder, tolerance)], Single, null, folder, false);
            case "nbu":
                return new("nbu", () => [Nbu(folder, tolerance)], Single, null, folder, false);
            case "imf":
                return new("imf", () => [ExchangeRateSources.Imf], Single, null, folder, false);
        }

        if (!InputFile.IsStandardInput(value) && !File.Exists(value))
        {
            throw CliException.InvalidData(
                Directory.Exists(value)
                    ? $"--rates '{InputText.Shorten(value)}' is a folder; give a rate file (ECB CSV or "
                        + $"date,base,quote,rate CSV), or default, ecb, nbu or imf."
                    : $"--rates '{InputText.Shorten(value)}' is not default, ecb, nbu or imf, and no file of that name "
                        + $"exists."
            );
        }

        RateTable table = ReadFile(value, standardInput ?? Console.OpenStandardInput);
        if (toleranceDays is int days && table.Basis == RateBasis.Daily)
        {
            table = table.WithToleranceDays(days);
        }

        return new(
            value,
            () => [table],
            Single,
            InputFile.IsStandardInput(value) ? "standard input" : value,
            null,
            false
        );
    }

    private static RateTable Ecb(RateDataFolder? folder, int tolerance) =>
        (folder?.Ecb ?? ExchangeRateSources.Ecb).WithToleranceDays(tolerance);

    private static RateTable Nbu(RateDataFolder? folder, int tolerance) =>
        (folder?.Nbu ?? ExchangeRateSources.Nbu).WithToleranceDays(tolerance);

    // The embedded default keeps its own instance, whose fast path summaries precompute and cache.
    private static ExchangeRateChain Chain(IReadOnlyList<RateTable> tables) =>
        tables[0] == ExchangeRateSources.Ecb && tables[1] == ExchangeRateSources.Nbu
            ? ExchangeRateSources.Default
            : new ExchangeRateChain(null, tables);

    private static RateTable Single(IReadOnlyList<RateTable> tables) => tables[0];

    /// <summary>Reads the tables; a damaged file of the data folder is reported as invalid data, naming it.</summary>
    private static IReadOnlyList<RateTable> Reading(Func<IReadOnlyList<RateTable>> tables)
    {
        try
        {
            return tables();
        }
        catch (RateFileException e)
        {
            throw CliException.InvalidData(
                e.Message + " Delete it, or run 'aidtracker rates update' again, to use the embedded rates."
            );
        }
        catch (InvalidDataException e)
        {
            throw CliException.InvalidData(
                "A file of the rate data folder cannot be read ("
                    + e.Message
                    + "). Delete it, or run 'aidtracker rates update' again, to use the embedded rates."
            );
        }
    }

    /// <summary>
    /// Reads a rate file (<c>-</c>: standard input, or any stream that cannot seek), telling its format by the header.
    /// The header is read with a bound on its length, so that a file without line ends (<c>/dev/zero</c>) is refused at
    /// once.
    /// </summary>
    private static RateTable ReadFile(string path, Func<Stream> standardInput)
    {
        string name = InputFile.DisplayName(path);
        try
        {
            using Stream stream = InputFile.IsStandardInput(path)
                ? standardInput()
                : new FileStream(
                    path,
                    FileMode.Open,
                    FileAccess.Read,
                    FileShare.Read,
                    64 * 1024,
                    FileOptions.SequentialScan
                );
            using var reader = new StreamReader(stream);
            string header = ReadHeader(reader, out bool complete);
            if (header.Contains('\0', StringComparison.Ordinal))
            {
                throw CliException.InvalidData(
                    $"{name}, line 1: the file holds NUL characters, so it is not a text CSV file (a binary file, or "
                        + $"UTF-16 without a byte-order mark: save it as UTF-8)."
                );
            }

            // A header cut short is given back as read: the file's reader then refuses its overlong line.
            using var text = new PrefixedReader(complete ? header + "\n" : header, reader);
            string[] columns = header.Trim().TrimStart('\uFEFF').Split(',', StringSplitOptions.TrimEntries);
            if (
                columns.Length >= 4
                && columns[0].Equals("date", StringComparison.OrdinalIgnoreCase)
                && columns[1].Equals("base", StringComparison.OrdinalIgnoreCase)
            )
            {
                return RateFileReader.ReadLongCsv(text, name);
            }

            if (
                columns.Length >= 3
                && columns[0].Equals("date", StringComparison.OrdinalIgnoreCase)
                && columns[1].Equals("rate", StringComparison.OrdinalIgnoreCase)
                && columns[2].Equals("currency", StringComparison.OrdinalIgnoreCase)
            )
            {
                return RateFileReader.ReadImfCsv(text, name);
            }

            if (columns.Length >= 2 && columns[0].Equals("date", StringComparison.OrdinalIgnoreCase))
            {
                return RateFileReader.ReadEcbCsv(text, name);
            }

            throw CliException.InvalidData(
                $"{name}, line 1: the header {InputText.Quote(header)} is not that of a rate file; expected the ECB's "
                    + $"'Date,USD,JPY,...' or 'date,base,quote,rate'."
            );
        }
        catch (RateFileException e)
        {
            throw CliException.InvalidData(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.InvalidData($"cannot read '{name}': {e.Message.ReplaceLineEndings(" ").Trim()}");
        }
    }

    /// <summary>The first line, without its line end, read to at most <see cref="MaxHeaderLength"/> characters
    /// (<paramref name="complete"/> is <c>false</c> when it is longer).</summary>
    private static string ReadHeader(TextReader reader, out bool complete)
    {
        var header = new StringBuilder();
        while (header.Length <= MaxHeaderLength)
        {
            int c = reader.Read();
            if (c is -1 or '\n')
            {
                complete = true;
                return header.ToString().TrimEnd('\r');
            }

            header.Append((char)c);
        }

        complete = false;
        return header.ToString();
    }

    /// <summary>A text that starts with a prefix already read, then goes on with the rest of a reader.</summary>
    private sealed class PrefixedReader(string prefix, TextReader rest) : TextReader
    {
        private int _position;

        public override int Peek() => _position < prefix.Length ? prefix[_position] : rest.Peek();

        public override int Read() => _position < prefix.Length ? prefix[_position++] : rest.Read();

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (_position < prefix.Length)
            {
                int n = Math.Min(buffer.Length, prefix.Length - _position);
                prefix.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return rest.Read(buffer);
        }
    }
}
