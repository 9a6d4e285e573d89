using System.Globalization;

namespace AidTracker;

/// <summary>
/// The number: digits with group separators, a decimal part and an exponent, accumulated as a 96-bit integer and
/// composed into an exact decimal with the power of ten (never through <c>double</c>).
/// </summary>
internal static partial class AmountParser
{
    private const int MaxScale = 28;

    /// <summary>The largest mantissa of a decimal: 2^96 - 1.</summary>
    private static readonly UInt128 MaxMantissa = ((UInt128)uint.MaxValue << 64) | ulong.MaxValue;

    private static readonly UInt128 MaxBeforeTimesTen = MaxMantissa / 10;

    private static readonly UInt128[] Pow10 = CreatePowersOfTen();

    /// <summary>
    /// Reads digits with group separators (groups of exactly three digits) and an optional decimal part into a 96-bit
    /// mantissa. Trailing zeros of the decimal part are counted in <paramref name="trailingZeros"/>, not in the
    /// mantissa.
    /// </summary>
    private static AmountParseError ReadNumber(
        ReadOnlySpan<char> text,
        ref int i,
        AmountParseOptions options,
        out UInt128 mantissa,
        out int scale,
        out int trailingZeros,
        out int errorAt,
        out int errorLength
    )
    {
        NumberFormatInfo format = options.NumberFormat;
        ReadOnlySpan<char> decimalSeparator = format.NumberDecimalSeparator;
        ReadOnlySpan<char> groupSeparator = format.NumberGroupSeparator;
        bool whiteGroups = groupSeparator.Length == 1 && char.IsWhiteSpace(groupSeparator[0]);
        int length = text.Length;
        int start = i;
        mantissa = 0;
        scale = 0;
        trailingZeros = 0;
        errorAt = start;
        errorLength = 0;

        bool anyDigit = false;
        int groupDigits = 0;
        bool grouped = false;
        while (i < length)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (!TryAppend(ref mantissa, c - '0'))
                {
                    errorLength = NumberLength(text, start, format);
                    return AmountParseError.Overflow;
                }

                anyDigit = true;
                groupDigits++;
                i++;
                continue;
            }

            int separatorLength = whiteGroups
                ? (char.IsWhiteSpace(c) ? 1 : 0)
                : (groupSeparator.Length > 0 && text[i..].StartsWith(groupSeparator) ? groupSeparator.Length : 0);
            if (!anyDigit || separatorLength == 0)
            {
                break;
            }

            int after = i + separatorLength;
            bool threeDigitsFollow =
                after + 3 <= length
                && char.IsAsciiDigit(text[after])
                && char.IsAsciiDigit(text[after + 1])
                && char.IsAsciiDigit(text[after + 2])
                && (after + 3 == length || !char.IsAsciiDigit(text[after + 3]));
            if (!threeDigitsFollow && whiteGroups)
            {
                break; // white space that does not separate a group ends the number
            }

            if (!threeDigitsFollow || (grouped ? groupDigits != 3 : groupDigits > 3))
            {
                errorAt = i;
                errorLength = separatorLength;
                return AmountParseError.GroupSeparator;
            }

            grouped = true;
            groupDigits = 0;
            i = after;
        }

        if (i < length && text[i..].StartsWith(decimalSeparator))
        {
            int after = i + decimalSeparator.Length;
            if (after >= length || !char.IsAsciiDigit(text[after]))
            {
                if (!anyDigit)
                {
                    errorLength = TokenAt(text, start).Length;
                    return AmountParseError.ExpectedNumber;
                }

                errorAt = i;
                errorLength = decimalSeparator.Length;
                return AmountParseError.DecimalSeparator;
            }

            i = after;
            while (i < length && char.IsAsciiDigit(text[i]))
            {
                int digit = text[i] - '0';
                i++;
                if (digit == 0)
                {
                    trailingZeros++;
                    continue;
                }

                for (; trailingZeros > 0; trailingZeros--)
                {
                    if (!TryAppend(ref mantissa, 0))
                    {
                        errorLength = i - start;
                        return AmountParseError.TooManyDigits;
                    }

                    scale++;
                }

                if (!TryAppend(ref mantissa, digit))
                {
                    errorLength = NumberLength(text, start, format);
                    return AmountParseError.TooManyDigits;
                }

                scale++;
            }

            anyDigit = true;
        }

        if (!anyDigit)
        {
            errorLength = TokenAt(text, start).Length;
            return AmountParseError.ExpectedNumber;
        }

        return AmountParseError.None;
    }

    /// <summary>The length of the number token at <paramref name="start"/> (digits and separators), for error
    /// messages.</summary>
    private static int NumberLength(ReadOnlySpan<char> text, int start, NumberFormatInfo format)
    {
        int end = start;
        while (
            end < text.Length
            && (
                char.IsAsciiDigit(text[end])
                || text[end..].StartsWith(format.NumberDecimalSeparator)
                || (format.NumberGroupSeparator.Length > 0 && text[end..].StartsWith(format.NumberGroupSeparator))
            )
        )
        {
            end++;
        }

        return end - start;
    }

    /// <summary>Reads an exponent attached to the digits (<c>1.5e9</c>); returns 0 when there is none.</summary>
    private static int ReadExponent(ReadOnlySpan<char> text, ref int i)
    {
        if (i >= text.Length || (text[i] | 0x20) != 'e')
        {
            return 0;
        }

        int k = i + 1;
        bool negative = false;
        if (k < text.Length && text[k] is '+' or '-' or '−')
        {
            negative = text[k] != '+';
            k++;
        }

        if (k >= text.Length || !char.IsAsciiDigit(text[k]))
        {
            return 0;
        }

        int exponent = 0;
        while (k < text.Length && char.IsAsciiDigit(text[k]))
        {
            exponent = Math.Min(exponent * 10 + (text[k] - '0'), 100_000);
            k++;
        }

        i = k;
        return negative ? -exponent : exponent;
    }

    private static bool TryAppend(ref UInt128 mantissa, int digit)
    {
        ulong low = (ulong)mantissa;
        if (low < 1_000_000_000_000_000_000UL && (ulong)(mantissa >> 64) == 0)
        {
            mantissa = (low * 10) + (uint)digit; // up to 19 digits fit 64 bits
            return true;
        }

        if (mantissa > MaxBeforeTimesTen || (mantissa == MaxBeforeTimesTen && digit > 5))
        {
            return false;
        }

        mantissa = (mantissa * 10) + (uint)digit;
        return true;
    }

    /// <summary>Builds mantissa × 10^exponent exactly, keeping written trailing zeros as far as they fit.</summary>
    private static AmountParseError Compose(
        UInt128 mantissa,
        int exponent,
        int trailingZeros,
        bool negative,
        out decimal amount
    )
    {
        amount = 0m;
        int scale;
        if (exponent > 0)
        {
            if (mantissa != 0)
            {
                if (exponent > MaxScale || mantissa > MaxMantissa / Pow10[exponent])
                {
                    return AmountParseError.Overflow;
                }

                mantissa *= Pow10[exponent];
            }

            scale = 0;
        }
        else
        {
            scale = -exponent;
            if (mantissa == 0)
            {
                scale = Math.Min(scale, MaxScale);
            }

            while (scale > MaxScale && mantissa % 10 == 0)
            {
                mantissa /= 10;
                scale--;
            }

            if (scale > MaxScale)
            {
                return AmountParseError.TooManyDecimals;
            }

            for (; trailingZeros > 0 && scale < MaxScale && mantissa <= MaxBeforeTimesTen; trailingZeros--)
            {
                mantissa *= 10;
                scale++;
            }
        }

        ulong low = (ulong)mantissa;
        amount = new decimal(
            (int)(uint)low,
            (int)(uint)(low >> 32),
            (int)(uint)(mantissa >> 64),
            negative && mantissa != 0,
            (byte)scale
        );
        return AmountParseError.None;
    }

    private static UInt128[] CreatePowersOfTen()
    {
        var powers = new UInt128[MaxScale + 1];
        powers[0] = 1;
        for (int k = 1; k < powers.Length; k++)
        {
            powers[k] = powers[k - 1] * 10;
        }

        return powers;
    }
}
