using System.Text.Json;

namespace AidTracker.Fts.Internal;

/// <summary>
/// Gives the same string instance for the same short JSON string value while one page is read: an FTS page repeats a
/// few hundred values thousands of times (statuses, boundaries, object types, the donors' and locations' ids and names,
/// usage years), and one string each instead of one per occurrence is most of what keeps the reader near a bare
/// <see cref="Utf8JsonReader"/> pass (<c>benchmarks/AidTracker.Benchmarks/FtsImportBenchmarks.cs</c>,
/// docs/benchmarks.md).
/// The text is unescaped into a stack buffer and looked up without allocating; a value seen for the first time is
/// allocated once. Long values (descriptions) and the pool past <see cref="MaxStrings"/> entries fall back to a plain
/// <see cref="Utf8JsonReader.GetString"/>: the same text as without the pool, always. One instance per page read; not
/// thread-safe.
/// </summary>
internal sealed class Utf8StringPool
{
    /// <summary>The longest value pooled, in UTF-8 bytes (unescaped, never more chars than bytes).</summary>
    public const int MaxLength = 128;

    /// <summary>The most distinct strings kept (a bound on the memory of an adversarial page).</summary>
    public const int MaxStrings = 1 << 16;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Utf8StringPool()
    {
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Returns the value of the current token, which is a <see cref="JsonTokenType.String"/>.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        int length = reader.HasValueSequence ? int.MaxValue : reader.ValueSpan.Length;
        if (length > MaxLength)
        {
            return reader.GetString()!;
        }

        Span<char> buffer = stackalloc char[MaxLength];
        ReadOnlySpan<char> text = buffer[..reader.CopyString(buffer)];
        if (_lookup.TryGetValue(text, out string? pooled))
        {
            return pooled;
        }

        string value = new(text);
        if (_strings.Count < MaxStrings)
        {
            _strings.Add(value, value);
        }

        return value;
    }
}
