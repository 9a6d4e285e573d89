using System.Numerics;
using System.Runtime.CompilerServices;

namespace AidTracker.Internal;

/// <summary>
/// The one reader of <c>yyyy-MM-dd</c> dates (years 0001 to 9999), as text (<see cref="char"/>) or UTF-8
/// (<see cref="byte"/>): the rate files, the ledger's JSON and IATI's xsd:date all call it. It does not allocate. Also
/// compiled into the IATI assembly (linked), as the core keeps its internals.
/// </summary>
internal static class IsoDate
{
    /// <summary>
    /// Reads exactly ten characters <c>yyyy-MM-dd</c> of a real calendar date (the Gregorian calendar, years 1 to
    /// 9999); <c>false</c> for anything else (a sign, fewer or more digits, white space, the 30th of February).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParse<T>(ReadOnlySpan<T> text, out int year, out int month, out int day)
        where T : unmanaged, IBinaryInteger<T>
    {
        month = 0;
        day = 0;
        if (
            text.Length != 10
            || int.CreateTruncating(text[4]) != '-'
            || int.CreateTruncating(text[7]) != '-'
            || !TryDigits(text[..4], out year)
            || !TryDigits(text.Slice(5, 2), out month)
            || !TryDigits(text.Slice(8, 2), out day)
            || year < 1
            || month is < 1 or > 12
            || day < 1
            || day > DateTime.DaysInMonth(year, month)
        )
        {
            year = 0;
            return false;
        }

        return true;
    }

    /// <summary>Reads ASCII digits only (no sign, no white space) into a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryDigits<T>(ReadOnlySpan<T> text, out int value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = 0;
        foreach (T c in text)
        {
            uint d = uint.CreateTruncating(c) - '0';
            if (d > 9)
            {
                return false;
            }

            value = (value * 10) + (int)d;
        }

        return true;
    }
}
