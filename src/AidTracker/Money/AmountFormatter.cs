using System.Globalization;
using AidTracker.Internal;

namespace AidTracker;

/// <summary>Writes amounts in the <see cref="MoneyFormat"/> styles.</summary>
internal static class AmountFormatter
{
    private const decimal Million = 1_000_000m;
    private const decimal Billion = 1_000_000_000m;
    private const decimal Trillion = 1_000_000_000_000m;

    /// <summary>How many significant digits the compact style keeps with a scale (<c>$1.23M</c>).</summary>
    private const int CompactSignificantDigits = 3;

    /// <summary>Reads a format string: P/G/null/empty (plain), C (compact) or W (words), in either letter
    /// case.</summary>
    public static MoneyFormat ParseFormat(string? format) =>
        format switch
        {
            null or "" or "G" or "g" or "P" or "p" => MoneyFormat.Plain,
            "C" or "c" => MoneyFormat.Compact,
            "W" or "w" => MoneyFormat.Words,
            _ => throw new FormatException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"'{InputText.Shorten(format)}' is not a money format string; use 'P' (plain, JPY 8,800,000,000), "
                        + $"'C' (compact, ¥8.8bn) or 'W' (words, 8.8 billion yen)."
                )
            ),
        };

    /// <summary>The number format of a provider; culture-invariant when none is given.</summary>
    public static NumberFormatInfo NumberFormat(IFormatProvider? provider) =>
        provider is null ? NumberFormatInfo.InvariantInfo : NumberFormatInfo.GetInstance(provider);

    public static string Format(Money money, MoneyFormat style, NumberFormatInfo format)
    {
        Currency currency = money.Currency;
        decimal amount = money.Amount;
        int minorUnits = currency.MinorUnits ?? 0;
        switch (style)
        {
            case MoneyFormat.Plain:
                return currency.Code + " " + Money.FormatAmount(amount, minorUnits, format);
            case MoneyFormat.Compact:
            case MoneyFormat.Words:
                break;
            default:
                throw new ArgumentOutOfRangeException(
                    nameof(style),
                    style,
                    FormattableString.Invariant($"{style} is not a money format style.")
                );
        }

        decimal magnitude = Math.Abs(amount);
        if (style == MoneyFormat.Compact && magnitude >= Million)
        {
            magnitude = RoundToSignificantDigits(magnitude, CompactSignificantDigits);
        }

        (int exponent, string abbreviation, string word) = magnitude switch
        {
            >= Trillion => (12, "tn", "trillion"),
            >= Billion => (9, "bn", "billion"),
            >= Million => (6, "M", "million"),
            _ => (0, string.Empty, string.Empty),
        };
        string number =
            exponent == 0
                ? Money.FormatAmount(magnitude, minorUnits, format)
                : Money.FormatAmount(ShiftDecimalPoint(magnitude, exponent), 0, format);
        string sign = amount < 0m ? "-" : string.Empty;

        if (style == MoneyFormat.Compact)
        {
            string prefix = AmountVocabulary.CompactSymbols.TryGetValue(currency.Code, out string? symbol)
                ? symbol
                : currency.Code + " ";
            return sign + prefix + number + abbreviation;
        }

        string name = AmountVocabulary.WordNames.TryGetValue(currency.Code, out (string Singular, string Plural) names)
            ? (exponent == 0 && magnitude == 1m ? names.Singular : names.Plural)
            : currency.Code;
        return exponent == 0 ? sign + number + " " + name : sign + number + " " + word + " " + name;
    }

    /// <summary>
    /// Rounds a positive amount half-to-even to <paramref name="digits"/> significant digits, keeping every digit of
    /// its scaled whole part (the digits left of the point once written in millions, billions or trillions:
    /// <c>$5,000tn</c>): 1,234,567.891 → 1,230,000; 999,600,000 → 1,000,000,000 (written <c>$1bn</c>).
    /// </summary>
    private static decimal RoundToSignificantDigits(decimal value, int digits)
    {
        int exponent =
            value >= Trillion ? 12
            : value >= Billion ? 9
            : 6;
        decimal scaled = ShiftDecimalPoint(value, exponent);
        int wholeDigits =
            scaled >= 100m ? 3
            : scaled >= 10m ? 2
            : 1;
        decimal rounded = Math.Round(scaled, Math.Max(0, digits - wholeDigits), MidpointRounding.ToEven);
        return rounded
            * (
                exponent == 12 ? Trillion
                : exponent == 9 ? Billion
                : Million
            )
            / 1.0000000000000000000000000000m;
    }

    /// <summary>
    /// Divides by 10^<paramref name="exponent"/> exactly by moving the decimal point. The value is at least
    /// 10^<paramref name="exponent"/>, so it has at most 28 - exponent decimals and the result fits.
    /// </summary>
    private static decimal ShiftDecimalPoint(decimal value, int exponent)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        int scale = value.Scale + exponent;
        return new decimal(bits[0], bits[1], bits[2], value < 0m, (byte)scale);
    }
}
