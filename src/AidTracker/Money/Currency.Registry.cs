using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker;

public sealed partial class Currency
{
    private static readonly Lazy<IsoTable> Iso = new(IsoTable.Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly ConcurrentDictionary<string, Currency> Custom = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the US dollar (USD).</summary>
    public static Currency USD => FromCode("USD");

    /// <summary>Gets the euro (EUR).</summary>
    public static Currency EUR => FromCode("EUR");

    /// <summary>Gets the Japanese yen (JPY).</summary>
    public static Currency JPY => FromCode("JPY");

    /// <summary>Gets the pound sterling (GBP).</summary>
    public static Currency GBP => FromCode("GBP");

    /// <summary>Gets the Chinese yuan renminbi (CNY).</summary>
    public static Currency CNY => FromCode("CNY");

    /// <summary>Gets the Ukrainian hryvnia (UAH).</summary>
    public static Currency UAH => FromCode("UAH");

    /// <summary>Gets the ISO code for "no currency involved" (XXX); <c>default(Money)</c> is zero XXX.</summary>
    public static Currency XXX => FromCode("XXX");

    /// <summary>Gets every ISO 4217 currency, current and withdrawn, ordered by code.</summary>
    public static IReadOnlyList<Currency> IsoCurrencies => Iso.Value.All;

    /// <summary>Gets the custom units registered through <see cref="Register"/>, ordered by code.</summary>
    public static IReadOnlyList<Currency> CustomCurrencies =>
        [.. Custom.Values.OrderBy(c => c.Code, StringComparer.Ordinal)];

    /// <summary>Returns the currency with the alphabetic code <paramref name="code"/> (ISO 4217 or registered;
    /// case-insensitive).</summary>
    /// <param name="code">A code such as <c>JPY</c>.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <c>null</c>.</exception>
    /// <exception cref="UnknownCurrencyException">No currency has that code.</exception>
    public static Currency FromCode(string code)
    {
        Preconditions.CheckNotNull(code);
        return TryFromCode(code, out Currency? currency) ? currency : throw new UnknownCurrencyException(code);
    }

    /// <summary>Looks up a currency by alphabetic code (ISO 4217 or registered; case-insensitive) without
    /// throwing.</summary>
    /// <param name="code">A code such as <c>JPY</c>.</param>
    /// <param name="currency">The currency when found.</param>
    /// <returns><c>true</c> when the code is known.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out Currency? currency)
    {
        if (code is null)
        {
            currency = null;
            return false;
        }

        if (Iso.Value.ByCode.TryGetValue(code, out currency))
        {
            return true;
        }

        return Custom.TryGetValue(code, out currency);
    }

    /// <summary>
    /// Returns the currency with the ISO 4217 numeric code <paramref name="numericCode"/>. A numeric code that was
    /// re-used returns the current currency; among withdrawn ones, the latest withdrawn.
    /// </summary>
    /// <param name="numericCode">A numeric code such as 392.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="UnknownCurrencyException">No currency has that numeric code.</exception>
    public static Currency FromNumericCode(int numericCode) =>
        TryFromNumericCode(numericCode, out Currency? currency)
            ? currency
            : throw new UnknownCurrencyException(numericCode.ToString("000", CultureInfo.InvariantCulture));

    /// <summary>Looks up a currency by ISO 4217 numeric code without throwing.</summary>
    /// <param name="numericCode">A numeric code such as 392.</param>
    /// <param name="currency">The currency when found.</param>
    /// <returns><c>true</c> when the numeric code is known.</returns>
    public static bool TryFromNumericCode(int numericCode, [NotNullWhen(true)] out Currency? currency)
    {
        if (Iso.Value.ByNumber.TryGetValue(numericCode, out currency))
        {
            return true;
        }

        currency = Custom.Values.FirstOrDefault(c => c.NumericCode == numericCode);
        return currency is not null;
    }

    /// <summary>
    /// Registers a custom unit (for example a non-ISO unit of account) so that <see cref="FromCode"/> finds it.
    /// Registering the same definition again returns the existing instance. Thread-safe.
    /// </summary>
    /// <param name="code">
    /// The unit's code: exactly three ASCII letters (A-Z; lower case is accepted and stored upper case), not an ISO
    /// 4217 code. This is the shape every reader of amounts (phrases, ledgers, rate files, IATI) reads a code in, so a
    /// code of any other shape could be registered but never read back.
    /// </param>
    /// <param name="name">The unit's name.</param>
    /// <param name="minorUnits">The number of minor units (0 to 28), or <c>null</c> where they do not apply.</param>
    /// <param name="numericCode">An optional numeric code.</param>
    /// <returns>The registered unit.</returns>
    /// <exception cref="ArgumentException">The code is malformed, is an ISO 4217 code, or is registered already with a
    /// different definition.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minorUnits"/> is outside 0 to 28.</exception>
    public static Currency Register(string code, string name, int? minorUnits, int? numericCode = null)
    {
        Preconditions.CheckNotNullOrWhiteSpace(code);
        Preconditions.CheckNotNullOrWhiteSpace(name);
        Preconditions.CheckArgument(
            code.Length == 3 && code.All(char.IsAsciiLetter),
            nameof(code),
            string.Create(
                CultureInfo.InvariantCulture,
                $"The custom currency code '{InputText.Shorten(code)}' must be exactly three letters A-Z, the shape of "
                    + $"an ISO 4217 code, so that amount phrases and ledgers can name it."
            )
        );
        Preconditions.CheckArgument(
            !Iso.Value.ByCode.ContainsKey(code),
            nameof(code),
            FormattableString.Invariant($"'{code}' is an ISO 4217 code; it cannot be registered as a custom unit.")
        );
        Preconditions.CheckArgumentRange(
            minorUnits is null or (>= 0 and <= 28),
            nameof(minorUnits),
            minorUnits,
            FormattableString.Invariant(
                $"The minor units of '{code}' must be between 0 and 28, or null; {minorUnits} is not."
            )
        );

        var candidate = new Currency(
            code.ToUpperInvariant(),
            numericCode,
            name,
            minorUnits,
            withdrawalDate: null,
            isCustom: true
        );
        Currency registered = Custom.GetOrAdd(candidate.Code, candidate);
        if (registered.Name != name || registered.MinorUnits != minorUnits || registered.NumericCode != numericCode)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The custom currency '{registered.Code}' is registered already as "
                        + $"'{InputText.Shorten(registered.Name)}' with "
                        + $"{registered.MinorUnits?.ToString(CultureInfo.InvariantCulture) ?? "no"} minor units."
                ),
                nameof(code)
            );
        }

        return registered;
    }

    /// <summary>The ISO 4217 table parsed from the embedded file.</summary>
    private sealed class IsoTable
    {
        private IsoTable(FrozenDictionary<string, Currency> byCode, FrozenDictionary<int, Currency> byNumber)
        {
            ByCode = byCode;
            ByNumber = byNumber;
            All = [.. byCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal)];
        }

        public FrozenDictionary<string, Currency> ByCode { get; }

        public FrozenDictionary<int, Currency> ByNumber { get; }

        public IReadOnlyList<Currency> All { get; }

        public static IsoTable Load()
        {
            using StreamReader reader = EmbeddedData.Open(EmbeddedData.Iso4217);
            return Parse(reader, EmbeddedData.Iso4217);
        }

        internal static IsoTable Parse(TextReader reader, string fileName)
        {
            var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
            var fields = new List<string>();
            int lineNumber = 1;
            string? header = reader.ReadLine();
            if (
                header is null
                || !header.StartsWith(
                    "Entity,Currency,AlphabeticCode,NumericCode,MinorUnit,WithdrawalDate",
                    StringComparison.Ordinal
                )
            )
            {
                throw new InvalidDataException(
                    FormattableString.Invariant($"{fileName}: line 1 is not the expected ISO 4217 header.")
                );
            }

            while (reader.ReadLine() is string line)
            {
                lineNumber++;
                if (line.Length == 0)
                {
                    continue;
                }

                if (!Csv.TrySplit(line, fields) || fields.Count < 6)
                {
                    throw new InvalidDataException(
                        FormattableString.Invariant(
                            $"{fileName}: line {lineNumber} is not a row of 6 fields: '{InputText.Shorten(line)}'."
                        )
                    );
                }

                string code = fields[2].Trim();
                if (code.Length == 0)
                {
                    continue; // an entity with no universal currency
                }

                int? number = int.TryParse(fields[3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int n)
                    ? n
                    : null;
                string minor = fields[4].Trim();
                int? minorUnits = minor switch
                {
                    "-" => null,
                    "" => 2, // not recorded in the historic table: assume 2
                    _ => int.Parse(minor, NumberStyles.None, CultureInfo.InvariantCulture),
                };
                string withdrawal = fields[5].Trim();
                LocalDate? withdrawn =
                    withdrawal.Length == 0 ? null : ParseWithdrawal(withdrawal, fileName, lineNumber);
                var row = new Row(code, number, fields[1].Trim(), minorUnits, withdrawn, minor.Length == 0);

                rows[code] = rows.TryGetValue(code, out Row? existing) ? Row.Merge(existing, row) : row;
            }

            var byCode = rows.Values.ToDictionary(
                r => r.Code,
                r => new Currency(r.Code, r.Number, r.Name, r.MinorUnits, r.Withdrawn, isCustom: false),
                StringComparer.OrdinalIgnoreCase
            );
            var byNumber = new Dictionary<int, Currency>();
            foreach (Currency c in byCode.Values)
            {
                if (c.NumericCode is not int number)
                {
                    continue;
                }

                if (!byNumber.TryGetValue(number, out Currency? other) || Prefer(c, other))
                {
                    byNumber[number] = c;
                }
            }

            return new IsoTable(
                byCode.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
                byNumber.ToFrozenDictionary()
            );
        }

        private static bool Prefer(Currency candidate, Currency incumbent) =>
            (candidate.WithdrawalDate, incumbent.WithdrawalDate) switch
            {
                (null, not null) => true,
                (not null, null) => false,
                (LocalDate a, LocalDate b) => a > b,
                _ => string.CompareOrdinal(candidate.Code, incumbent.Code) < 0,
            };

        /// <summary>Parses <c>YYYY-MM</c>, <c>YYYY</c> or a range (<c>A to B</c>, <c>YYYY-YYYY</c>; taking its end)
        /// into the last day of that period.</summary>
        private static LocalDate ParseWithdrawal(string text, string fileName, int lineNumber)
        {
            int to = text.IndexOf(" to ", StringComparison.Ordinal);
            string end = to >= 0 ? text[(to + 4)..].Trim() : text;
            string[] parts = end.Split('-');
            if (to < 0 && parts.Length == 2 && parts[1].Length == 4)
            {
                parts = [parts[1]]; // a range of years written "1989-1990"
            }

            if (
                parts.Length is 1 or 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int year)
                && year is >= 1000 and <= 9999
            )
            {
                if (parts.Length == 1)
                {
                    return new LocalDate(year, 12, 31);
                }

                if (
                    int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int month)
                    && month is >= 1 and <= 12
                )
                {
                    return new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
                }
            }

            throw new InvalidDataException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{fileName}: line {lineNumber} has a withdrawal date '{InputText.Shorten(text)}' that is not "
                        + $"YYYY-MM, YYYY or 'A to B'."
                )
            );
        }

        private sealed record Row(
            string Code,
            int? Number,
            string Name,
            int? MinorUnits,
            LocalDate? Withdrawn,
            bool MinorUnitsMissing
        )
        {
            /// <summary>Current beats historic; among historic rows the latest withdrawal wins; recorded minor units
            /// beat missing ones.</summary>
            public static Row Merge(Row a, Row b)
            {
                Row winner = (a.Withdrawn, b.Withdrawn) switch
                {
                    (null, _) => a,
                    (_, null) => b,
                    (LocalDate x, LocalDate y) => x >= y ? a : b,
                };
                Row loser = ReferenceEquals(winner, a) ? b : a;
                return winner.MinorUnitsMissing && !loser.MinorUnitsMissing && winner.Withdrawn is not null
                    ? winner with
                    {
                        MinorUnits = loser.MinorUnits,
                        MinorUnitsMissing = false,
                        Number = winner.Number ?? loser.Number,
                    }
                    : winner with
                    {
                        Number = winner.Number ?? loser.Number,
                    };
            }
        }
    }
}
