namespace AidTracker;

/// <summary>A currency written before the number: <c>$63.3M</c>, <c>US$ 5</c>, <c>JPY 8,800,000,000</c>.</summary>
internal static partial class AmountParser
{
    private static bool StartsNumber(ReadOnlySpan<char> text, int i, ReadOnlySpan<char> decimalSeparator) =>
        char.IsAsciiDigit(text[i])
        || (
            text[i..].StartsWith(decimalSeparator)
            && i + decimalSeparator.Length < text.Length
            && char.IsAsciiDigit(text[i + decimalSeparator.Length])
        );

    /// <summary>
    /// Reads a currency written before the number (<c>$</c>, <c>US$</c>, <c>JPY</c>, <c>CN¥</c>) and returns where it
    /// ends. The token runs to the next white space, or up to where a number starts when the number is attached
    /// (<c>$63.3M</c>).
    /// </summary>
    private static int ReadPrefixToken(
        ReadOnlySpan<char> text,
        int start,
        ReadOnlySpan<char> decimalSeparator,
        AmountParseOptions options,
        out Currency? currency
    )
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
        if (
            runEnd < text.Length
            && AmountParseOptions.IsCodeLike(text[start..runEnd])
            && options.TryResolveCurrency(text[start..runEnd], out currency)
        )
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
}
