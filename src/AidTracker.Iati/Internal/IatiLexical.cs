using System.Globalization;
using AidTracker.Internal;
using NodaTime;

namespace AidTracker.Iati.Internal;

/// <summary>The lexical forms of IATI's XML Schema types (xsd:decimal, xsd:date, xsd:boolean), parsed
/// culture-invariantly.</summary>
internal static class IatiLexical
{
    /// <summary>The number of significant digits that a <see cref="decimal"/> holds for every value (some 29-digit
    /// values fit too).</summary>
    public const int MaxSignificantDigits = 28;

    /// <summary>Returns the trimmed text, or <c>null</c> when it is <c>null</c>, empty or white space.</summary>
    public static string? Trimmed(string? text)
    {
        if (text is null || text.Length == 0)
        {
            return null;
        }

        if (!char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]))
        {
            return text;
        }

        string trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>
    /// Parses an xsd:decimal (<c>[+-]?(digits[.digits]|.digits)</c>, surrounding white space allowed; no exponent, no
    /// group separators) exactly. Fails, rather than rounding, for a value whose digits a <see cref="decimal"/> cannot
    /// all hold.
    /// </summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        text = text.Trim();
        int i = 0;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            i++;
        }

        int digits = 0;
        int significant = 0;
        bool leading = true;
        bool point = false;
        int trailingZeros = 0;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                if (point)
                {
                    return false;
                }

                point = true;
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            digits++;
            if (leading && c == '0')
            {
                continue;
            }

            leading = false;
            significant++;
            trailingZeros = point && c == '0' ? trailingZeros + 1 : 0;
        }

        if (
            digits == 0
            || !decimal.TryParse(
                text,
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out value
            )
        )
        {
            return false;
        }

        // decimal.Parse rounds digits it cannot hold: up to 28 significant digits always fit; beyond, check that none
        // was lost.
        return significant - trailingZeros <= MaxSignificantDigits
            || Canonical(text).SequenceEqual(Canonical(value.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The digits of a plain decimal numeral without sign, leading zeros and trailing fractional zeros, with
    /// its point.</summary>
    private static ReadOnlySpan<char> Canonical(ReadOnlySpan<char> text)
    {
        text = text.TrimStart("+-").TrimStart('0');
        return text.Contains('.') ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    /// <summary>
    /// Parses an xsd:date <c>yyyy-mm-dd</c>, allowing a time-zone suffix (<c>Z</c>, <c>+hh:mm</c>, <c>-hh:mm</c>) or a
    /// time (<c>T...</c>, as some publishers write an xsd:dateTime), both ignored: the calendar date is what IATI
    /// means.
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        text = text.Trim();
        if (text.Length < 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        if (text.Length > 10 && text[10] is not ('Z' or '+' or '-' or 'T'))
        {
            return false;
        }

        if (!IsoDate.TryParse(text[..10], out int year, out int month, out int day))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Parses an xsd:boolean: <c>1</c>, <c>true</c>, <c>0</c> or <c>false</c> (surrounding white space
    /// allowed).</summary>
    public static bool TryParseBoolean(ReadOnlySpan<char> text, out bool value)
    {
        text = text.Trim();
        if (text.SequenceEqual("1") || text.SequenceEqual("true"))
        {
            value = true;
            return true;
        }

        value = false;
        return text.SequenceEqual("0") || text.SequenceEqual("false");
    }
}
