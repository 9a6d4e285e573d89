namespace AidTracker.Serialization;

/// <summary>
/// Codes of three capital letters (ISO 3166-1 alpha-3 countries, ISO 4217 currencies) read from UTF-8 as a dense key
/// below <see cref="KeyCount"/> (<c>AAA</c> is 0), to index tables of shared instances without a string per record.
/// </summary>
internal static class Alpha3
{
    /// <summary>The number of keys: 26³.</summary>
    public const int KeyCount = 26 * 26 * 26;

    /// <summary>Returns whether <paramref name="code"/> is three capital ASCII letters, and its key.</summary>
    public static bool TryKey(ReadOnlySpan<byte> code, out int key)
    {
        if (
            code is not { Length: 3 }
            || code[0] is < (byte)'A' or > (byte)'Z'
            || code[1] is < (byte)'A' or > (byte)'Z'
            || code[2] is < (byte)'A' or > (byte)'Z'
        )
        {
            key = -1;
            return false;
        }

        key = ((code[0] - 'A') * 26 * 26) + ((code[1] - 'A') * 26) + (code[2] - 'A');
        return true;
    }
}
