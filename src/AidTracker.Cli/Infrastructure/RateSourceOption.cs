using System.Text;
using AidTracker.Internal;
using AidTracker.Rates;

namespace AidTracker.Cli.Infrastructure;

/// <summary>
/// The rate source chosen with <c>--rates</c>: <c>default</c> (ECB daily, then IMF annual averages), <c>ecb</c>, <c>imf</c>,
/// or a file: the ECB's wide CSV (<c>Date,USD,JPY,...</c>), a long CSV (<c>date,base,quote,rate</c>) or the IMF's annual
/// averages (<c>Date,Rate,Currency,...</c>), recognised by the header.
/// </summary>
internal sealed class RateSourceOption
{
    private readonly Func<IExchangeRateSource> _source;
    private readonly Func<IReadOnlyList<RateTable>> _tables;

    // The embedded sources load on first use (ExchangeRateSources), so that `summarize` can load them while it reads.
    private RateSourceOption(string name, Func<IExchangeRateSource> source, Func<IReadOnlyList<RateTable>> tables, string? fileName)
    {
        Name = name;
        _source = source;
        _tables = tables;
        FileName = fileName;
    }

    /// <summary>Gets what the user chose: <c>default</c>, <c>ecb</c>, <c>imf</c> or the file's path.</summary>
    public string Name { get; }

    /// <summary>Gets whether this is the embedded default source, the one a query without a rate source uses.</summary>
    public bool IsDefault => Name == "default";

    /// <summary>Gets the source to ask (the embedded ones are loaded on first use).</summary>
    public IExchangeRateSource Source => _source();

    /// <summary>Gets the rate tables behind <see cref="Source"/>, in the order they are tried.</summary>
    public IReadOnlyList<RateTable> Tables => _tables();

    /// <summary>Gets the rate file's path, or <c>null</c> for the embedded data.</summary>
    public string? FileName { get; }

    public static RateSourceOption Resolve(string? text)
    {
        string value = text?.Trim() ?? "default";
        switch (value.ToLowerInvariant())
        {
            case "default":
                return new("default", () => ExchangeRateSources.Default, () => [ExchangeRateSources.Ecb, ExchangeRateSources.Imf], null);
            case "ecb":
                return new("ecb", () => ExchangeRateSources.Ecb, () => [ExchangeRateSources.Ecb], null);
            case "imf":
                return new("imf", () => ExchangeRateSources.Imf, () => [ExchangeRateSources.Imf], null);
        }

        if (!File.Exists(value))
        {
            throw CliException.InvalidData(
                Directory.Exists(value)
                    ? $"--rates '{value}' is a folder; give a rate file (ECB CSV or date,base,quote,rate CSV), or default, ecb or imf."
                    : $"--rates '{value}' is not default, ecb or imf, and no file of that name exists.");
        }

        RateTable table = ReadFile(value);
        return new(value, () => table, () => [table], value);
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
