using System.Globalization;
using System.Runtime.CompilerServices;
using AidTracker.Internal;

namespace AidTracker.Rates;

/// <summary>Span-based parsing shared by the rate file readers: fields, ISO dates and decimals without allocating per
/// cell (lines come from <see cref="RateLineReader"/>).</summary>
internal static class RateCsv
{
    /// <summary>Parses <c>yyyy-MM-dd</c> into a day number (<see cref="DateOnly.DayNumber"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseDate(ReadOnlySpan<char> text, out int dayNumber)
    {
        if (!IsoDate.TryParse(text, out int year, out int month, out int day))
        {
            dayNumber = 0;
            return false;
        }

        dayNumber = new DateOnly(year, month, day).DayNumber;
        return true;
    }

    /// <summary>
    /// Parses an invariant decimal (<c>[+-]digits[.digits]</c>, no exponent, no grouping), keeping its scale
    /// (<c>1.0477</c> stays 1.0477). Short numbers are parsed directly; long ones go through
    /// <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out decimal)"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        int i = 0;
        bool negative = false;
        if (text.Length > 0 && text[0] is '-' or '+')
        {
            negative = text[0] == '-';
            i = 1;
        }

        ulong mantissa = 0;
        int digits = 0;
        int scale = 0;
        bool dot = false;
        bool any = false;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                if (dot)
                {
                    value = 0m;
                    return false;
                }

                dot = true;
                continue;
            }

            uint d = (uint)(c - '0');
            if (d > 9)
            {
                value = 0m;
                return false;
            }

            any = true;
            if (dot)
            {
                scale++;
            }

            if (mantissa == 0 && d == 0)
            {
                continue;
            }

            if (++digits > 19)
            {
                return decimal.TryParse(
                    text,
                    NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture,
                    out value
                );
            }

            mantissa = (mantissa * 10) + d;
        }

        if (!any)
        {
            value = 0m;
            return false;
        }

        if (scale > 28)
        {
            return decimal.TryParse(
                text,
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture,
                out value
            );
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }

    /// <summary>Takes the next comma-separated field from <paramref name="rest"/>; <c>false</c> when there is none
    /// left.</summary>
    public static bool TryNextField(ref ReadOnlySpan<char> rest, ref bool done, out ReadOnlySpan<char> field)
    {
        if (done)
        {
            field = default;
            return false;
        }

        int comma = rest.IndexOf(',');
        if (comma < 0)
        {
            field = rest;
            rest = default;
            done = true;
        }
        else
        {
            field = rest[..comma];
            rest = rest[(comma + 1)..];
        }

        return true;
    }
}
