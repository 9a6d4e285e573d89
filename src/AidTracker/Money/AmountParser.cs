using System.Globalization;
using AidTracker.Internal;

namespace AidTracker;

/// <summary>Why a phrase could not be parsed.</summary>
internal enum AmountParseError : byte
{
    None,
    Empty,
    ExpectedNumber,
    UnknownPrefix,
    UnknownSuffix,
    MissingCurrency,
    TextAfterAmount,
    SecondSign,
    GroupSeparator,
    DecimalSeparator,
    Overflow,
    TooManyDigits,
    TooManyDecimals,
    QualifierNotAllowed,
}

/// <summary>The outcome of <see cref="AmountParser.TryParse"/>: the amount, or where and why parsing stopped.</summary>
internal struct ParsedAmount
{
    public decimal Amount;
    public Currency? Currency;
    public AmountQualifier Qualifier;
    public AmountParseError Error;
    public int ErrorPosition;
    public int ErrorLength;
}

/// <summary>
/// Reads amount phrases without allocating: <c>[qualifier] [sign] [currency] [sign] number [scale] [currency]</c>, with
/// exactly one currency. Numbers are exact: the digits are accumulated as a 96-bit integer and the decimal is built from
/// them and the power of ten (decimal places, an optional exponent and the scale word), never through <c>double</c>.
/// </summary>
internal static class AmountParser
{
    private const int MaxScale = 28;

    /// <summary>The largest mantissa of a decimal: 2^96 - 1.</summary>
    private static readonly UInt128 MaxMantissa = ((UInt128)uint.MaxValue << 64) | ulong.MaxValue;

    private static readonly UInt128 MaxBeforeTimesTen = MaxMantissa / 10;

    private static readonly UInt128[] Pow10 = CreatePowersOfTen();

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="result"/> says where and why.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, AmountParseOptions options, bool allowQualifier, out ParsedAmount result)
    {
        result = default;
        int length = text.Length;
        int i = SkipWhite(text, 0);
        if (i == length)
        {
            return Fail(ref result, AmountParseError.Empty, 0, 0);
        }

        // Qualifier: "over", "approximately", "~", ...
        int qualifierLength = AmountVocabulary.MatchQualifier(text[i..], out result.Qualifier);
        if (qualifierLength > 0)
        {
            if (!allowQualifier)
            {
                return Fail(ref result, AmountParseError.QualifierNotAllowed, i, qualifierLength);
            }

            i = SkipWhite(text, i + qualifierLength);
        }

        // Sign, then a currency written before the number.
        bool negative = false;
        bool signed = false;
        if (i < length && IsSign(text[i], out negative))
        {
            signed = true;
            i = SkipWhite(text, i + 1);
        }

        NumberFormatInfo format = options.NumberFormat;
        ReadOnlySpan<char> decimalSeparator = format.NumberDecimalSeparator;
        Currency? currency = null;
        if (i < length && !StartsNumber(text, i, decimalSeparator))
        {
            int tokenEnd = ReadPrefixToken(text, i, decimalSeparator, options, out currency);
            if (currency is null)
            {
                return Fail(ref result, AmountParseError.UnknownPrefix, i, tokenEnd - i);
            }

            i = SkipWhite(text, tokenEnd);
            if (i < length && IsSign(text[i], out bool negativeAfter))
            {
                if (signed)
                {
                    return Fail(ref result, AmountParseError.SecondSign, i, 1);
                }

                negative = negativeAfter;
                i = SkipWhite(text, i + 1);
            }
        }

        // The number.
        int numberStart = i;
        AmountParseError error = ReadNumber(text, ref i, options, out UInt128 mantissa, out int scale, out int trailingZeros, out int errorAt, out int errorLength);
        if (error != AmountParseError.None)
        {
            return Fail(ref result, error, errorAt, errorLength);
        }

        int exponent = ReadExponent(text, ref i);
        int afterNumber = i;

        // Scale word: "billion", "bn", "M", ...
        int j = SkipWhite(text, i);
        int wordEnd = j;
        while (wordEnd < length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd > j && AmountVocabulary.TryMatchScale(text[j..wordEnd], out int scaleExponent))
        {
            exponent += scaleExponent;
            afterNumber = wordEnd;
            j = SkipWhite(text, wordEnd);
        }

        // A currency written after the number: the rest of the text.
        int end = length;
        while (end > j && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (j < end)
        {
            if (currency is not null)
            {
                return Fail(ref result, AmountParseError.TextAfterAmount, j, end - j);
            }

            if (!options.TryResolveCurrency(text[j..end], out currency))
            {
                return Fail(ref result, AmountParseError.UnknownSuffix, j, end - j);
            }
        }
        else if (currency is null)
        {
            return Fail(ref result, AmountParseError.MissingCurrency, end, 0);
        }

        error = Compose(mantissa, exponent - scale, trailingZeros, negative, out result.Amount);
        if (error != AmountParseError.None)
        {
            return Fail(ref result, error, numberStart, afterNumber - numberStart);
        }

        result.Currency = currency;
        return true;
    }

    /// <summary>The message for a failed parse: the text, the position and what was expected there.</summary>
    public static string Describe(ReadOnlySpan<char> text, in ParsedAmount failure, string target)
    {
        int position = failure.ErrorPosition;
        ReadOnlySpan<char> token = failure.ErrorLength > 0 ? text.Slice(position, failure.ErrorLength) : TokenAt(text, position);
        string t = InputText.Shorten(token);
        string detail = failure.Error switch
        {
            AmountParseError.Empty => "the text is empty; expected an amount such as '8.8 billion yen' or 'USD 12.4 billion'.",
            AmountParseError.ExpectedNumber => token.IsEmpty
                ? FormattableString.Invariant($"at position {position} the text ends where a number was expected.")
                : FormattableString.Invariant($"at position {position}, '{t}' is not a number."),
            AmountParseError.UnknownPrefix => FormattableString.Invariant(
                $"at position {position}, '{t}' is neither a number nor a known currency code, symbol or name."),
            AmountParseError.UnknownSuffix => FormattableString.Invariant(
                $"at position {position}, '{t}' is neither a scale word (such as 'million' or 'bn') nor a known currency code, symbol or name."),
            AmountParseError.MissingCurrency => FormattableString.Invariant(
                $"no currency is given; expected a currency code, symbol or name at position {position} (or before the number)."),
            AmountParseError.TextAfterAmount => FormattableString.Invariant(
                $"at position {position}, '{t}' follows the number, but the currency is given already; expected a scale word (such as 'million' or 'bn') or the end."),
            AmountParseError.SecondSign => FormattableString.Invariant($"at position {position}, '{t}' is a second sign."),
            AmountParseError.GroupSeparator => FormattableString.Invariant(
                $"at position {position}, the group separator '{t}' must separate groups of three digits (to read a decimal comma, parse with a culture that uses one)."),
            AmountParseError.DecimalSeparator => FormattableString.Invariant(
                $"at position {position}, the decimal separator '{t}' must be followed by a digit."),
            AmountParseError.Overflow => FormattableString.Invariant(
                $"at position {position}, '{t}' is too large for a decimal amount (the largest is 79,228,162,514,264,337,593,543,950,335)."),
            AmountParseError.TooManyDigits => FormattableString.Invariant(
                $"at position {position}, '{t}' has more significant digits than a decimal holds exactly (28 or 29)."),
            AmountParseError.TooManyDecimals => FormattableString.Invariant(
                $"at position {position}, '{t}' has more than 28 decimal places, more than a decimal holds exactly."),
            AmountParseError.QualifierNotAllowed => FormattableString.Invariant(
                $"at position {position}, '{t}' qualifies the amount, which {target} cannot hold; use QualifiedMoney.Parse to keep the qualifier."),
            _ => FormattableString.Invariant($"at position {position} it stops making sense."),
        };
        return FormattableString.Invariant($"Cannot parse '{InputText.Shorten(text)}' as {target}: {detail}");
    }

    /// <summary>Creates the exception for a failed parse.</summary>
    public static AmountFormatException CreateException(ReadOnlySpan<char> text, in ParsedAmount failure, string target)
    {
        Exception? inner = failure.Error == AmountParseError.Overflow ? new OverflowException("Value was either too large or too small for a Decimal.") : null;
        return new AmountFormatException(text.ToString(), failure.ErrorPosition, Describe(text, failure, target), inner);
    }

    private static bool Fail(ref ParsedAmount result, AmountParseError error, int position, int length)
    {
        result.Error = error;
        result.ErrorPosition = position;
        result.ErrorLength = length;
        return false;
    }

    private static ReadOnlySpan<char> TokenAt(ReadOnlySpan<char> text, int position)
    {
        int end = position;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return text[position..end];
    }

    private static int SkipWhite(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsSign(char c, out bool negative)
    {
        negative = c is '-' or '−';
        return negative || c == '+';
    }

    private static bool StartsNumber(ReadOnlySpan<char> text, int i, ReadOnlySpan<char> decimalSeparator) =>
        char.IsAsciiDigit(text[i])
        || (text[i..].StartsWith(decimalSeparator) && i + decimalSeparator.Length < text.Length && char.IsAsciiDigit(text[i + decimalSeparator.Length]));

    /// <summary>
    /// Reads a currency written before the number (<c>$</c>, <c>US$</c>, <c>JPY</c>, <c>CN¥</c>) and returns where it ends.
    /// The token runs to the next white space, or up to where a number starts when the number is attached (<c>$63.3M</c>).
    /// </summary>
    private static int ReadPrefixToken(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> decimalSeparator, AmountParseOptions options, out Currency? currency)
    {
        int runEnd = start;
        int numberAt = -1;
        while (runEnd < text.Length && !char.IsWhiteSpace(text[runEnd]))
        {
            if (numberAt < 0 && runEnd > start && StartsAttachedNumber(text, runEnd, decimalSeparator))
            {
                numberAt = runEnd;
            }

            runEnd++;
        }

        if (numberAt < 0)
        {
            options.TryResolveCurrency(text[start..runEnd], out currency);
            return runEnd;
        }

        // A custom unit whose code holds digits ("AID2025 5") is written apart from its number.
        if (runEnd < text.Length && AmountParseOptions.IsCodeLike(text[start..runEnd]) && options.TryResolveCurrency(text[start..runEnd], out currency))
        {
            return runEnd;
        }

        options.TryResolveCurrency(text[start..numberAt], out currency);
        return numberAt;
    }

    private static bool StartsAttachedNumber(ReadOnlySpan<char> text, int i, ReadOnlySpan<char> decimalSeparator)
    {
        char c = text[i];
        if (char.IsAsciiDigit(c))
        {
            return true;
        }

        int next = i + 1;
        if (c is '-' or '−' or '+')
        {
            return next < text.Length && (char.IsAsciiDigit(text[next]) || StartsNumber(text, next, decimalSeparator));
        }

        return StartsNumber(text, i, decimalSeparator);
    }

    /// <summary>
    /// Reads digits with group separators (groups of exactly three digits) and an optional decimal part into a 96-bit
    /// mantissa. Trailing zeros of the decimal part are counted in <paramref name="trailingZeros"/>, not in the mantissa.
    /// </summary>
    private static AmountParseError ReadNumber(
        ReadOnlySpan<char> text, ref int i, AmountParseOptions options, out UInt128 mantissa, out int scale, out int trailingZeros, out int errorAt, out int errorLength)
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

            int separatorLength = whiteGroups ? (char.IsWhiteSpace(c) ? 1 : 0) : (groupSeparator.Length > 0 && text[i..].StartsWith(groupSeparator) ? groupSeparator.Length : 0);
            if (!anyDigit || separatorLength == 0)
            {
                break;
            }

            int after = i + separatorLength;
            bool threeDigitsFollow = after + 3 <= length
                && char.IsAsciiDigit(text[after]) && char.IsAsciiDigit(text[after + 1]) && char.IsAsciiDigit(text[after + 2])
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

    /// <summary>The length of the number token at <paramref name="start"/> (digits and separators), for error messages.</summary>
    private static int NumberLength(ReadOnlySpan<char> text, int start, NumberFormatInfo format)
    {
        int end = start;
        while (end < text.Length
            && (char.IsAsciiDigit(text[end])
                || text[end..].StartsWith(format.NumberDecimalSeparator)
                || (format.NumberGroupSeparator.Length > 0 && text[end..].StartsWith(format.NumberGroupSeparator))))
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
    private static AmountParseError Compose(UInt128 mantissa, int exponent, int trailingZeros, bool negative, out decimal amount)
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
        amount = new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)(uint)(mantissa >> 64), negative && mantissa != 0, (byte)scale);
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
