using System.Globalization;
using System.Runtime.CompilerServices;
using AidTracker.Internal;

namespace AidTracker.Rates;

/// <summary>
/// Reads the ECB's euro reference rates in the wide format it publishes (<c>eurofxref-hist.csv</c>):
/// <c>Date,USD,JPY,...,ZAR,</c>, one row per day (newest first, though any order is accepted), units of each currency
/// per 1 EUR, <c>N/A</c> (or an empty field) where there is no rate, and a trailing comma on every line. The NBU's
/// official rates come in the same shape against UAH (<see cref="WideCsvFormat.Nbu"/>), read by the same code.
/// </summary>
internal static class EcbCsvReader
{
    public static RateTable Read(TextReader reader, string fileName, string sourceName, int toleranceDays) =>
        Read(reader, fileName, sourceName, toleranceDays, WideCsvFormat.Ecb);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RateTable Read(
        TextReader reader,
        string fileName,
        string sourceName,
        int toleranceDays,
        WideCsvFormat format
    )
    {
        var lines = new RateLineReader(reader, fileName);
        if (!lines.TryReadLine(out ReadOnlySpan<char> header) || header.Trim().Length == 0)
        {
            throw new RateFileException(
                fileName,
                1,
                string.Empty,
                FormattableString.Invariant(
                    $"The file is empty; an {format.Name} rate file starts with the header '{format.HeaderExample}'."
                )
            );
        }

        var builder = new RateTableBuilder(sourceName, format.Pivot, RateBasis.Daily) { ToleranceDays = toleranceDays };
        int[] columns = ReadHeader(header, fileName, builder, format, out bool trailingComma);
        var dates = new Dictionary<int, int>(8192);
        while (lines.TryReadLine(out ReadOnlySpan<char> line))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            ReadRow(line, lines.LineNumber, fileName, columns, trailingComma, format, builder, dates);
        }

        if (dates.Count == 0)
        {
            throw new RateFileException(
                fileName,
                lines.LineNumber,
                string.Empty,
                "The file has a header but no rows of rates."
            );
        }

        return builder.Build(d => new RateFileException(
            fileName,
            d.SecondTag,
            RateText.Date(d.Date),
            FormattableString.Invariant(
                $"A second {d.Pair} rate for {RateText.Date(d.Date)} (the first is on line {d.FirstTag})."
            )
        ));
    }

    /// <summary>
    /// Returns the builder's currency index for each column after the date (the trailing empty column dropped, and
    /// noted in
    /// <paramref name="trailingComma"/>); -1 for a column the format skips.
    /// </summary>
    private static int[] ReadHeader(
        ReadOnlySpan<char> header,
        string fileName,
        RateTableBuilder builder,
        WideCsvFormat format,
        out bool trailingComma
    )
    {
        ReadOnlySpan<char> rest = header;
        bool done = false;
        RateCsv.TryNextField(ref rest, ref done, out ReadOnlySpan<char> first);
        if (!first.Trim().Equals("Date", StringComparison.OrdinalIgnoreCase))
        {
            throw new RateFileException(
                fileName,
                1,
                first.ToString(),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The first column is '{InputText.Shorten(first)}'; an {format.Name} rate file starts with the "
                        + $"header '{format.HeaderExample}'."
                )
            );
        }

        trailingComma = false;
        var columns = new List<int>(48);
        var seen = new HashSet<Currency>();
        while (RateCsv.TryNextField(ref rest, ref done, out ReadOnlySpan<char> field))
        {
            string code = field.Trim().ToString();
            if (code.Length == 0)
            {
                if (done)
                {
                    trailingComma = true; // the published format ends every line with a comma
                    break;
                }

                throw new RateFileException(
                    fileName,
                    1,
                    code,
                    FormattableString.Invariant($"Column {columns.Count + 2} of the header has no currency code.")
                );
            }

            if (!Currency.TryFromCode(code, out Currency? currency))
            {
                if (format.SkipUnknownColumns)
                {
                    columns.Add(-1);
                    continue;
                }

                throw new RateFileException(
                    fileName,
                    1,
                    code,
                    FormattableString.Invariant(
                        $"The column '{InputText.Shorten(code)}' is not a known currency code (ISO 4217 or registered)."
                    )
                );
            }

            if (currency.Equals(format.Pivot))
            {
                throw new RateFileException(
                    fileName,
                    1,
                    code,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The column '{InputText.Shorten(code)}' cannot be there: {format.Name} rates are "
                            + $"{format.ValueMeaning}."
                    )
                );
            }

            if (!seen.Add(currency))
            {
                throw new RateFileException(
                    fileName,
                    1,
                    code,
                    FormattableString.Invariant($"The column '{code}' appears twice.")
                );
            }

            columns.Add(builder.RegisterCurrency(currency));
        }

        return [.. columns];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadRow(
        ReadOnlySpan<char> line,
        int lineNumber,
        string fileName,
        int[] columns,
        bool trailingComma,
        WideCsvFormat format,
        RateTableBuilder builder,
        Dictionary<int, int> dates
    )
    {
        ReadOnlySpan<char> rest = line;
        bool done = false;
        RateCsv.TryNextField(ref rest, ref done, out ReadOnlySpan<char> dateText);
        dateText = dateText.Trim();
        if (!RateCsv.TryParseDate(dateText, out int day))
        {
            throw new RateFileException(
                fileName,
                lineNumber,
                dateText.ToString(),
                FormattableString.Invariant($"'{InputText.Shorten(dateText)}' is not a date in the form yyyy-MM-dd.")
            );
        }

        if (!dates.TryAdd(day, lineNumber))
        {
            throw new RateFileException(
                fileName,
                lineNumber,
                dateText.ToString(),
                FormattableString.Invariant(
                    $"The date {dateText.ToString()} appears a second time (the first is on line {dates[day]})."
                )
            );
        }

        int column = 0;
        while (RateCsv.TryNextField(ref rest, ref done, out ReadOnlySpan<char> field))
        {
            if (column == columns.Length)
            {
                if (trailingComma && done && field.Trim().Length == 0)
                {
                    column++; // the trailing comma, as in the header
                    break;
                }

                throw MalformedRow(fileName, lineNumber, line, columns.Length);
            }

            ReadOnlySpan<char> cell = field.Trim();
            int currencyIndex = columns[column++];
            if (currencyIndex < 0 || cell.Length == 0 || cell.Equals("N/A", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (
                !RateCsv.TryParseDecimal(cell, out decimal value)
                && !(format.AllowsExponent && TryParseWithExponent(cell, out value))
            )
            {
                throw new RateFileException(
                    fileName,
                    lineNumber,
                    cell.ToString(),
                    FormattableString.Invariant(
                        $"The {CodeOf(builder, currencyIndex)} rate '{InputText.Shorten(cell)}' is not a number."
                    )
                );
            }

            if (value <= 0m)
            {
                throw new RateFileException(
                    fileName,
                    lineNumber,
                    cell.ToString(),
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The {CodeOf(builder, currencyIndex)} rate '{InputText.Shorten(cell)}' is not greater than "
                            + $"zero."
                    )
                );
            }

            builder.AddCore(currencyIndex, day, value, format.ValuesArePivotPerUnit, lineNumber);
        }

        if (column != columns.Length + (trailingComma ? 1 : 0))
        {
            throw MalformedRow(fileName, lineNumber, line, columns.Length);
        }
    }

    /// <summary>Parses <c>3.95e-06</c> (the NBU writes its smallest rates so) exactly, as a decimal.</summary>
    private static bool TryParseWithExponent(ReadOnlySpan<char> cell, out decimal value) =>
        decimal.TryParse(
            cell,
            System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture,
            out value
        );

    private static string CodeOf(RateTableBuilder builder, int currencyIndex) => builder.CurrencyAt(currencyIndex).Code;

    private static RateFileException MalformedRow(
        string fileName,
        int lineNumber,
        ReadOnlySpan<char> line,
        int expected
    )
    {
        int count = line.Count(',') + 1;
        if (count > 1 && line[^1] == ',')
        {
            count--;
        }

        return new RateFileException(
            fileName,
            lineNumber,
            line.ToString(),
            string.Create(
                CultureInfo.InvariantCulture,
                $"The row has {count - 1} rates where the header has {expected} currency columns: "
                    + $"'{InputText.Shorten(line)}'."
            )
        );
    }
}
