using System.Globalization;
using System.Text;

namespace AidTracker.Serialization;

/// <summary>
/// Parses and formats amounts as exact decimals: an optional '-', digits and at most one '.', nothing else (no
/// exponent, no group separators, no '+', no spaces). Never through <see cref="double"/>.
/// </summary>
internal static class AmountText
{
    private const int MaxExactDigits = 28;

    public static bool TryParse(ReadOnlySpan<byte> text, out decimal value, out string? error)
    {
        value = 0m;
        int i = 0;
        if (i < text.Length && text[i] == (byte)'-')
        {
            i++;
        }

        int intStart = i;
        while (i < text.Length && char.IsAsciiDigit((char)text[i]))
        {
            i++;
        }

        int intDigits = i - intStart;
        int fracDigits = 0;
        if (i < text.Length && text[i] == (byte)'.')
        {
            i++;
            int fracStart = i;
            while (i < text.Length && char.IsAsciiDigit((char)text[i]))
            {
                i++;
            }

            fracDigits = i - fracStart;
            if (fracDigits == 0)
            {
                i = -1;
            }
        }

        if (i != text.Length || intDigits == 0)
        {
            error = Malformed(text);
            return false;
        }

        // The mantissa's digits: every digit after the leading zeros (of the integer and fraction parts together).
        int significant = intDigits + fracDigits;
        for (int k = intStart; k < text.Length && significant > 0; k++)
        {
            if (text[k] == (byte)'.')
            {
                continue;
            }

            if (text[k] != (byte)'0')
            {
                break;
            }

            significant--;
        }

        if (
            !decimal.TryParse(
                text,
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out value
            )
        )
        {
            error = FormattableString.Invariant(
                $"'{Show(text)}' is too large for an amount; the largest is 79228162514264337593543950335."
            );
            return false;
        }

        if (significant > MaxExactDigits || fracDigits > MaxExactDigits)
        {
            // A decimal holds 28 to 29 significant digits: accept only when it held every digit.
            Span<byte> check = stackalloc byte[64];
            if (
                !value.TryFormat(check, out int written, default, CultureInfo.InvariantCulture)
                || !Canonical(text).SequenceEqual(check[..written])
            )
            {
                error = string.Create(
                    CultureInfo.InvariantCulture,
                    $"'{Show(text)}' has more digits than an exact decimal amount holds (28 significant digits, 28 "
                        + $"decimal places)."
                );
                return false;
            }
        }

        error = null;
        return true;
    }

    public static int Format(decimal value, Span<byte> destination)
    {
        value.TryFormat(destination, out int written, default, CultureInfo.InvariantCulture);
        return written;
    }

    public static string Show(ReadOnlySpan<byte> text) =>
        text.Length > 60 ? Encoding.UTF8.GetString(text[..60]) + "..." : Encoding.UTF8.GetString(text);

    private static string Malformed(ReadOnlySpan<byte> text)
    {
        string shown = Show(text);
        string hint =
            text.IndexOfAny("eE"u8) >= 0 ? " exponents are not allowed: write the digits"
            : text.IndexOf((byte)',') >= 0 ? " the decimal separator is '.' and there are no group separators"
            : " expected digits with an optional leading '-' and at most one '.'";
        return FormattableString.Invariant(
            $"'{shown}' is not an exact decimal amount:{hint} (e.g. \"8800000000\" or \"63.3\")."
        );
    }

    /// <summary>The input as decimal formatting writes it: no leading zeros in the integer part (one "0" at
    /// least).</summary>
    private static ReadOnlySpan<byte> Canonical(ReadOnlySpan<byte> text)
    {
        int sign = text.Length > 0 && text[0] == (byte)'-' ? 1 : 0;
        int k = sign;
        while (k < text.Length - 1 && text[k] == (byte)'0' && text[k + 1] != (byte)'.')
        {
            k++;
        }

        if (k == sign)
        {
            return text;
        }

        byte[] canonical = new byte[text.Length - (k - sign)];
        text[..sign].CopyTo(canonical);
        text[k..].CopyTo(canonical.AsSpan(sign));
        return canonical;
    }
}
