using System.Text;
using AidTracker.Internal;
using AidTracker.Rates;

namespace AidTracker.Cli.Infrastructure;

/// <summary>
/// The rate source chosen with <c>--rates</c>: <c>default</c> (ECB daily, else NBU daily, else IMF annual averages),
/// <c>ecb</c>, <c>nbu</c>, <c>imf</c>, or a file: the ECB's wide CSV (<c>Date,USD,JPY,...</c>), a long CSV
/// (<c>date,base,quote,rate</c>) or the IMF's annual averages (<c>Date,Rate,Currency,...</c>), recognised by the header.
/// The ECB and NBU rates are those of the data folder (<c>--data-dir</c>) where it has them, else the embedded ones;
/// <c>--tolerance</c> applies to every daily table.
/// </summary>
internal sealed class RateSourceOption
{
    private readonly Lazy<IExchangeRateSource> _source;
    private readonly Lazy<IReadOnlyList<RateTable>> _tables;

    // The embedded sources load on first use (ExchangeRateSources), so that `summarize` can load them while it reads.
    private RateSourceOption(string name, Func<IReadOnlyList<RateTable>> tables, Func<IReadOnlyList<RateTable>, IExchangeRateSource> source, string? fileName, RateDataFolder? folder, bool isEmbeddedDefault)
    {
        Name = name;
        _tables = new Lazy<IReadOnlyList<RateTable>>(() => Reading(tables));
        _source = new Lazy<IExchangeRateSource>(() => source(_tables.Value));
        FileName = fileName;
        Folder = folder;
        IsDefault = isEmbeddedDefault;
    }

    /// <summary>Gets what the user chose: <c>default</c>, <c>ecb</c>, <c>nbu</c>, <c>imf</c> or the file's path.</summary>
    public string Name { get; }

    /// <summary>Gets whether this is the embedded default source with its own tolerance, the one a query without a rate source uses.</summary>
    public bool IsDefault { get; }

    /// <summary>Gets the source to ask (the embedded ones are loaded on first use).</summary>
    public IExchangeRateSource Source => _source.Value;

    /// <summary>Gets the rate tables behind <see cref="Source"/>, in the order they are tried.</summary>
    public IReadOnlyList<RateTable> Tables => _tables.Value;

    /// <summary>Gets the rate file's path, or <c>null</c> for the embedded data.</summary>
    public string? FileName { get; }

    /// <summary>Gets the data folder of downloaded rates, or <c>null</c> when there is none (or a rate file is used).</summary>
    public RateDataFolder? Folder { get; }

    public static RateSourceOption Resolve(string? text, string? dataDir = null, int? toleranceDays = null)
    {
        string value = text?.Trim() ?? "default";
        RateDataFolder? folder = dataDir is null ? null : new RateDataFolder(dataDir);
        bool updated = folder is not null && (File.Exists(folder.PathOf(RateDataFolder.EcbFileName)) || File.Exists(folder.PathOf(RateDataFolder.NbuFileName)));
        int tolerance = toleranceDays ?? RateTable.DefaultToleranceDays;
        switch (value.ToLowerInvariant())
        {
            case "default":
                return new("default", () => [Ecb(folder, tolerance), Nbu(folder, tolerance), ExchangeRateSources.Imf], Chain, null, folder, !updated && toleranceDays is null);
            case "ecb":
                return new("ecb", () => [Ecb(folder, tolerance)], Single, null, folder, false);
            case "nbu":
                return new("nbu", () => [Nbu(folder, tolerance)], Single, null, folder, false);
            case "imf":
                return new("imf", () => [ExchangeRateSources.Imf], Single, null, folder, false);
        }

        if (!File.Exists(value))
        {
            throw CliException.InvalidData(
                Directory.Exists(value)
                    ? $"--rates '{value}' is a folder; give a rate file (ECB CSV or date,base,quote,rate CSV), or default, ecb, nbu or imf."
                    : $"--rates '{value}' is not default, ecb, nbu or imf, and no file of that name exists.");
        }

        RateTable table = ReadFile(value);
        if (toleranceDays is int days && table.Basis == RateBasis.Daily)
        {
            table = table.WithToleranceDays(days);
        }

        return new(value, () => [table], Single, value, null, false);
    }

    private static RateTable Ecb(RateDataFolder? folder, int tolerance) => (folder?.Ecb ?? ExchangeRateSources.Ecb).WithToleranceDays(tolerance);

    private static RateTable Nbu(RateDataFolder? folder, int tolerance) => (folder?.Nbu ?? ExchangeRateSources.Nbu).WithToleranceDays(tolerance);

    // The embedded default keeps its own instance, whose fast path summaries precompute and cache.
    private static ExchangeRateChain Chain(IReadOnlyList<RateTable> tables) =>
        tables[0] == ExchangeRateSources.Ecb && tables[1] == ExchangeRateSources.Nbu ? ExchangeRateSources.Default : new ExchangeRateChain(null, tables);

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
            throw CliException.InvalidData(e.Message + " Delete it, or run 'aidtracker rates update' again, to use the embedded rates.");
        }
        catch (InvalidDataException e)
        {
            throw CliException.InvalidData("A file of the rate data folder cannot be read (" + e.Message + "). Delete it, or run 'aidtracker rates update' again, to use the embedded rates.");
        }
    }

    private static RateTable ReadFile(string path)
    {
        try
        {
            string header = ReadFirstLine(path).Trim().TrimStart('\uFEFF');
            if (header.Contains('\0', StringComparison.Ordinal))
            {
                throw CliException.InvalidData(
                    $"{path}, line 1: the file holds NUL characters, so it is not a text CSV file (a binary file, or UTF-16 without a byte-order mark: save it as UTF-8).");
            }

            string[] columns = header.Split(',', StringSplitOptions.TrimEntries);
            if (columns.Length >= 4 && columns[0].Equals("date", StringComparison.OrdinalIgnoreCase)
                && columns[1].Equals("base", StringComparison.OrdinalIgnoreCase))
            {
                return RateFileReader.ReadLongCsvFile(path);
            }

            if (columns.Length >= 3 && columns[0].Equals("date", StringComparison.OrdinalIgnoreCase)
                && columns[1].Equals("rate", StringComparison.OrdinalIgnoreCase)
                && columns[2].Equals("currency", StringComparison.OrdinalIgnoreCase))
            {
                return RateFileReader.ReadImfCsvFile(path);
            }

            if (columns.Length >= 2 && columns[0].Equals("date", StringComparison.OrdinalIgnoreCase))
            {
                return RateFileReader.ReadEcbCsvFile(path);
            }

            throw CliException.InvalidData(
                $"{path}, line 1: the header '{InputText.Shorten(header)}' is not that of a rate file; expected the ECB's 'Date,USD,JPY,...' or 'date,base,quote,rate'.");
        }
        catch (RateFileException e)
        {
            throw CliException.InvalidData(e.Message);
        }
    }

    /// <summary>
    /// The file's first line, read at most to <see cref="RateFileReader.MaxLineLength"/> characters: a file without line
    /// breaks (<c>/dev/zero</c>) is not read further here, and the reader refuses its overlong line.
    /// </summary>
    private static string ReadFirstLine(string path)
    {
        using var reader = new StreamReader(path);
        var line = new StringBuilder();
        char[] buffer = new char[4096];
        while (line.Length <= RateFileReader.MaxLineLength)
        {
            int read = reader.Read(buffer, 0, buffer.Length);
            if (read == 0)
            {
                break;
            }

            int newline = Array.IndexOf(buffer, '\n', 0, read);
            line.Append(buffer, 0, newline < 0 ? read : newline);
            if (newline >= 0)
            {
                break;
            }
        }

        return line.ToString();
    }
}
