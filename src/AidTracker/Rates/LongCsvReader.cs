using System.Globalization;
using System.Runtime.InteropServices;
using AidTracker.Internal;

namespace AidTracker.Rates;

/// <summary>
/// Reads a long rate file: the header <c>date,base,quote,rate</c>, then one rate per row
/// (<c>2025-02-27,EUR,USD,1.0477</c>: 1 EUR = 1.0477 USD). Every row relates a currency to one pivot currency, either
/// way round; the pivot is given or is the currency every row shares.
/// </summary>
internal static class LongCsvReader
{
    public static RateTable Read(
        TextReader reader,
        string fileName,
        string sourceName,
        RateBasis basis,
        Currency? pivot,
        int toleranceDays
    )
    {
        var lines = new RateLineReader(reader, fileName);
        if (!lines.TryReadLine(out ReadOnlySpan<char> header) || !IsHeader(header))
        {
            throw new RateFileException(
                fileName,
                1,
                header.ToString(),
                FormattableString.Invariant(
                    $"The header is '{InputText.Shorten(header)}'; a long rate file starts with 'date,base,quote,rate'."
                )
            );
        }

        var rows = new List<Row>();
        var currencies = new Dictionary<string, Currency>(StringComparer.OrdinalIgnoreCase);
        Dictionary<string, Currency>.AlternateLookup<ReadOnlySpan<char>> codes = currencies.GetAlternateLookup<
            ReadOnlySpan<char>
        >();
        while (lines.TryReadLine(out ReadOnlySpan<char> line))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            rows.Add(ReadRow(line, lines.LineNumber, fileName, codes));
        }

        if (rows.Count == 0)
        {
            throw new RateFileException(
                fileName,
                lines.LineNumber,
                string.Empty,
                "The file has a header but no rates."
            );
        }

        pivot ??= FindPivot(rows);
        var builder = new RateTableBuilder(sourceName, pivot, basis);
        if (basis == RateBasis.Daily)
        {
            builder.ToleranceDays = toleranceDays;
        }

        foreach (Row row in rows)
        {
            bool inverse = row.Quote.Equals(pivot);
            if (!(row.Base.Equals(pivot) ^ inverse))
            {
                throw new RateFileException(
                    fileName,
                    row.Line,
                    row.Base.Code + "/" + row.Quote.Code,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The rate {row.Base.Code}/{row.Quote.Code} does not involve {pivot.Code}, the currency the "
                            + $"other rows share; a long rate file relates every currency to one pivot currency."
                    )
                );
            }

            builder.AddCore(
                builder.RegisterCurrency(inverse ? row.Base : row.Quote),
                row.Day,
                row.Value,
                inverse,
                row.Line
            );
        }

        return builder.Build(d => new RateFileException(
            fileName,
            d.SecondTag,
            RateText.Date(d.Date),
            string.Create(
                CultureInfo.InvariantCulture,
                $"A second rate between {pivot.Code} and {d.Currency.Code} {d.PeriodText} (the first is on line "
                    + $"{d.FirstTag})."
            )
        ));
    }

    private static bool IsHeader(ReadOnlySpan<char> header)
    {
        ReadOnlySpan<char> rest = header;
        bool done = false;
        foreach (string name in (string[])["date", "base", "quote", "rate"])
        {
            if (
                !RateCsv.TryNextField(ref rest, ref done, out ReadOnlySpan<char> field)
                || !field.Trim().Equals(name, StringComparison.OrdinalIgnoreCase)
            )
            {
                return false;
            }
        }

        return done;
    }

    private static Row ReadRow(
        ReadOnlySpan<char> line,
        int lineNumber,
        string fileName,
        Dictionary<string, Currency>.AlternateLookup<ReadOnlySpan<char>> codes
    )
    {
        Span<Range> ranges = stackalloc Range[5];
        int count = line.Split(ranges, ',');
        if (count != 4)
        {
            throw new RateFileException(
                fileName,
                lineNumber,
                line.ToString(),
                FormattableString.Invariant(
                    $"The row '{InputText.Shorten(line)}' does not have the 4 fields date,base,quote,rate."
                )
            );
        }

        ReadOnlySpan<char> dateText = line[ranges[0]].Trim();
        if (!RateCsv.TryParseDate(dateText, out int day))
        {
            throw new RateFileException(
                fileName,
                lineNumber,
                dateText.ToString(),
                FormattableString.Invariant($"'{InputText.Shorten(dateText)}' is not a date in the form yyyy-MM-dd.")
            );
        }

        Currency baseCurrency = ReadCurrency(line[ranges[1]].Trim(), lineNumber, fileName, codes);
        Currency quoteCurrency = ReadCurrency(line[ranges[2]].Trim(), lineNumber, fileName, codes);
        if (baseCurrency.Equals(quoteCurrency))
        {
            throw new RateFileException(
                fileName,
                lineNumber,
                baseCurrency.Code,
                FormattableString.Invariant($"The rate has {baseCurrency.Code} as both base and quote.")
            );
        }

        ReadOnlySpan<char> rateText = line[ranges[3]].Trim();
        if (!RateCsv.TryParseDecimal(rateText, out decimal value))
        {
            throw new RateFileException(
                fileName,
                lineNumber,
                rateText.ToString(),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The {baseCurrency.Code}/{quoteCurrency.Code} rate '{InputText.Shorten(rateText)}' is not a "
                        + $"number."
                )
            );
        }

        if (value <= 0m)
        {
            throw new RateFileException(
                fileName,
                lineNumber,
                rateText.ToString(),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The {baseCurrency.Code}/{quoteCurrency.Code} rate '{InputText.Shorten(rateText)}' is not greater "
                        + $"than zero."
                )
            );
        }

        return new Row(lineNumber, day, baseCurrency, quoteCurrency, value);
    }

    private static Currency ReadCurrency(
        ReadOnlySpan<char> code,
        int lineNumber,
        string fileName,
        Dictionary<string, Currency>.AlternateLookup<ReadOnlySpan<char>> codes
    )
    {
        if (codes.TryGetValue(code, out Currency? known))
        {
            return known;
        }

        string text = code.ToString();
        if (!Currency.TryFromCode(text, out Currency? currency))
        {
            throw new RateFileException(
                fileName,
                lineNumber,
                text,
                FormattableString.Invariant(
                    $"'{InputText.Shorten(text)}' is not a known currency code (ISO 4217 or registered)."
                )
            );
        }

        codes[code] = currency;
        return currency;
    }

    /// <summary>The currency every row shares (the most frequent as base when several do); the most frequent currency
    /// when none does, so the error names the first row without it.</summary>
    private static Currency FindPivot(List<Row> rows)
    {
        var counts = new Dictionary<Currency, (int Rows, int AsBase, int First)>();
        for (int i = 0; i < rows.Count; i++)
        {
            Count(rows[i].Base, isBase: true, i);
            Count(rows[i].Quote, isBase: false, i);
        }

        return counts
            .OrderByDescending(kv => kv.Value.Rows)
            .ThenByDescending(kv => kv.Value.AsBase)
            .ThenBy(kv => kv.Value.First)
            .First()
            .Key;

        void Count(Currency currency, bool isBase, int index)
        {
            ref (int Rows, int AsBase, int First) entry = ref CollectionsMarshal.GetValueRefOrAddDefault(
                counts,
                currency,
                out bool exists
            );
            if (!exists)
            {
                entry.First = index;
            }

            entry.Rows++;
            entry.AsBase += isBase ? 1 : 0;
        }
    }

    private readonly record struct Row(int Line, int Day, Currency Base, Currency Quote, decimal Value);
}
