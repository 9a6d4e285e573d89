using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AidTracker.Internal;

namespace AidTracker.Rates;

/// <summary>
/// Reads the IMF's annual average exchange rates, national currency per USD, in the format of
/// <c>imf-annual-average-per-usd.csv</c> (<c>Date,Rate,Currency,Frequency,Source,Country code,Country</c>, one row per
/// country and year, the year's average dated on its last day).
/// </summary>
/// <remarks>
/// A currency repeats once per country that uses it, the rows do not always agree, and some are mislabelled (Haiti's
/// rows say USD but hold gourdes per dollar). Each currency's rate for a year is therefore taken from its issuer: the
/// row whose country code is the first two letters of the currency code (JPY from JP), EUR from the euro area (U2).
/// Where no issuer row exists (XOF, XAF, XCD, ...), the value most rows agree on is taken; a tie goes to the value of
/// the row with the first country code in ordinal order. USD is the pivot and is 1 by definition: USD rows are not
/// read, except that the United States' own row must say 1.
/// </remarks>
internal static class ImfCsvReader
{
    private const string Header = "Date,Rate,Currency,Frequency,Source,Country code,Country";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RateTable Read(TextReader reader, string fileName, string sourceName)
    {
        var lines = new RateLineReader(reader, fileName);
        if (
            !lines.TryReadLine(out ReadOnlySpan<char> header)
            || !header.Trim().Equals(Header, StringComparison.OrdinalIgnoreCase)
        )
        {
            throw new RateFileException(
                fileName,
                1,
                header.ToString(),
                FormattableString.Invariant(
                    $"The header is '{InputText.Shorten(header)}'; an IMF annual rate file starts with '{Header}'."
                )
            );
        }

        var builder = new RateTableBuilder(sourceName, Currency.USD, RateBasis.AnnualAverage);
        var currencies = new Dictionary<string, int>(256, StringComparer.OrdinalIgnoreCase);
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> codes = currencies.GetAlternateLookup<
            ReadOnlySpan<char>
        >();
        var years = new Dictionary<(int Currency, int Year), Candidates>(16384);
        int lineNumber = 1;
        Span<Range> ranges = stackalloc Range[7];
        while (lines.TryReadLine(out ReadOnlySpan<char> line))
        {
            lineNumber = lines.LineNumber;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            // The first six fields are never quoted; the seventh (the country's name) may be, and is not needed.
            if (line.Split(ranges, ',') < 7 || line[..ranges[5].End.Value].Contains('"'))
            {
                throw new RateFileException(
                    fileName,
                    lineNumber,
                    line.ToString(),
                    FormattableString.Invariant(
                        $"The row '{InputText.Shorten(line)}' does not have the 7 fields {Header}."
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
                    FormattableString.Invariant(
                        $"'{InputText.Shorten(dateText)}' is not a date in the form yyyy-MM-dd."
                    )
                );
            }

            ReadOnlySpan<char> code = line[ranges[2]].Trim();
            int currencyIndex = CurrencyIndex(code, codes, builder, fileName, lineNumber);
            ReadOnlySpan<char> rateText = line[ranges[1]].Trim();
            if (!RateCsv.TryParseDecimal(rateText, out decimal value))
            {
                throw new RateFileException(
                    fileName,
                    lineNumber,
                    rateText.ToString(),
                    FormattableString.Invariant(
                        $"The {code.ToString()} rate '{InputText.Shorten(rateText)}' is not a number."
                    )
                );
            }

            if (value <= 0m)
            {
                throw new RateFileException(
                    fileName,
                    lineNumber,
                    rateText.ToString(),
                    FormattableString.Invariant(
                        $"The {code.ToString()} rate '{InputText.Shorten(rateText)}' is not greater than zero."
                    )
                );
            }

            ReadOnlySpan<char> frequency = line[ranges[3]].Trim();
            if (!frequency.Equals("A", StringComparison.OrdinalIgnoreCase))
            {
                throw new RateFileException(
                    fileName,
                    lineNumber,
                    frequency.ToString(),
                    FormattableString.Invariant($"The frequency '{InputText.Shorten(frequency)}' is not A (annual).")
                );
            }

            ReadOnlySpan<char> country = line[ranges[5]].Trim();
            bool issuer = IsIssuer(code, country);
            if (currencyIndex == 0)
            {
                if (issuer && value != 1m)
                {
                    throw new RateFileException(
                        fileName,
                        lineNumber,
                        rateText.ToString(),
                        FormattableString.Invariant(
                            $"The United States' USD rate is '{InputText.Shorten(rateText)}', but USD per USD is 1."
                        )
                    );
                }

                continue; // USD is the pivot; other countries' USD rows (Haiti's) are not USD per USD
            }

            int year = DateOnly.FromDayNumber(day).Year;
            ref Candidates candidates = ref CollectionsMarshal.GetValueRefOrAddDefault(
                years,
                (currencyIndex, year),
                out _
            );
            if (issuer)
            {
                if (candidates.IssuerLine != 0)
                {
                    throw new RateFileException(
                        fileName,
                        lineNumber,
                        dateText.ToString(),
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"A second {code.ToString()} rate of its issuer ({country.ToString()}) for {year} (the "
                                + $"first is on line {candidates.IssuerLine})."
                        )
                    );
                }

                candidates.IssuerLine = lineNumber;
                candidates.IssuerValue = value;
                candidates.IssuerDay = day;
            }
            else
            {
                (candidates.Others ??= []).Add(new Other(value, country.ToString(), day, lineNumber));
            }
        }

        foreach (KeyValuePair<(int Currency, int Year), Candidates> entry in years)
        {
            Candidates c = entry.Value;
            if (c.IssuerLine != 0)
            {
                builder.AddCore(entry.Key.Currency, c.IssuerDay, c.IssuerValue, inverse: false, c.IssuerLine);
            }
            else
            {
                Other chosen = MostAgreed(c.Others!);
                builder.AddCore(entry.Key.Currency, chosen.Day, chosen.Value, inverse: false, chosen.Line);
            }
        }

        if (years.Count == 0)
        {
            throw new RateFileException(fileName, lineNumber, string.Empty, "The file has a header but no rates.");
        }

        return builder.Build(d => new RateFileException(
            fileName,
            d.SecondTag,
            RateText.Date(d.Date),
            FormattableString.Invariant($"A second {d.Pair} rate {d.PeriodText} (the first is on line {d.FirstTag}).")
        ));
    }

    /// <summary>EUR's issuer is the euro area (U2); any other currency's is the country whose code is the currency
    /// code's first two letters.</summary>
    private static bool IsIssuer(ReadOnlySpan<char> currencyCode, ReadOnlySpan<char> countryCode) =>
        currencyCode.Equals("EUR", StringComparison.OrdinalIgnoreCase)
            ? countryCode.Equals("U2", StringComparison.OrdinalIgnoreCase)
            : countryCode.Length == 2
                && currencyCode.Length == 3
                && currencyCode[..2].Equals(countryCode, StringComparison.OrdinalIgnoreCase);

    private static int CurrencyIndex(
        ReadOnlySpan<char> code,
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> codes,
        RateTableBuilder builder,
        string fileName,
        int lineNumber
    )
    {
        if (codes.TryGetValue(code, out int index))
        {
            return index;
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

        index = builder.RegisterCurrency(currency);
        codes[code] = index;
        return index;
    }

    /// <summary>The value most rows agree on; a tie goes to the value whose rows include the first country code in
    /// ordinal order.</summary>
    private static Other MostAgreed(List<Other> others) =>
        others
            .GroupBy(o => o.Value)
            .Select(g => (Rows: g.Count(), First: g.OrderBy(o => o.Country, StringComparer.Ordinal).First()))
            .OrderByDescending(g => g.Rows)
            .ThenBy(g => g.First.Country, StringComparer.Ordinal)
            .First()
            .First;

    private struct Candidates
    {
        public int IssuerLine;
        public decimal IssuerValue;
        public int IssuerDay;
        public List<Other>? Others;
    }

    private readonly record struct Other(decimal Value, string Country, int Day, int Line);
}
