using System.Text.Json;

namespace AidTracker.Serialization;

/// <summary>
/// Strings that repeat from record to record, such as a package's id in the "parent" of each of its parts, read without
/// allocating them again: a small cache indexed by a hash of the UTF-8 bytes, one per reading thread. A string is
/// decoded by the reader the first time (so invalid UTF-8 fails exactly as it would without the cache).
/// </summary>
internal sealed class RepeatedStrings
{
    private const int Slots = 64;
    private const int MaxLength = 64;
    private readonly byte[]?[] _bytes = new byte[Slots][];
    private readonly string?[] _strings = new string[Slots];

    /// <summary>Returns the string value the reader is on (not escaped), from the cache when it has been read
    /// before.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> utf8 = reader.ValueSpan;
        if (utf8.Length > MaxLength)
        {
            return reader.GetString()!;
        }

        var hash = default(HashCode);
        hash.AddBytes(utf8);
        int slot = hash.ToHashCode() & (Slots - 1);
        if (_bytes[slot] is byte[] known && utf8.SequenceEqual(known))
        {
            return _strings[slot]!;
        }

        string value = reader.GetString()!;
        _bytes[slot] = utf8.ToArray();
        _strings[slot] = value;
        return value;
    }
}
