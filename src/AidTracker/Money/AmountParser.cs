using System.Globalization;

namespace AidTracker;

/// <summary>
/// Reads amount phrases without allocating: <c>[qualifier] [sign] [currency] [sign] number [scale] [currency]</c>, with
/// exactly one currency. Numbers are exact: the digits are accumulated as a 96-bit integer and the decimal is built
/// from them and the power of ten (decimal places, an optional exponent and the scale word), never through
/// <c>double</c>.
/// </summary>
/// <remarks>
/// The grammar is here; the number, exact to the last digit, in <c>AmountParser.Number.cs</c>; the currency written
/// before the number in <c>AmountParser.Prefix.cs</c>; the error messages in <c>AmountParser.Errors.cs</c>.
/// </remarks>
internal static partial class AmountParser
{
    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="result"/> says where and why.</summary>
    public static bool TryParse(
        ReadOnlySpan<char> text,
        AmountParseOptions options,
        bool allowQualifier,
        out ParsedAmount result
    )
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
        AmountParseError error = ReadNumber(
            text,
            ref i,
            options,
            out UInt128 mantissa,
            out int scale,
            out int trailingZeros,
            out int errorAt,
            out int errorLength
        );
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

    private static bool Fail(ref ParsedAmount result, AmountParseError error, int position, int length)
    {
        result.Error = error;
        result.ErrorPosition = position;
        result.ErrorLength = length;
        return false;
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
}
