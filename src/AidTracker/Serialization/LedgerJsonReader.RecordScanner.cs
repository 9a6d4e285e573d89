using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AidTracker.Serialization;

/// <summary>
/// Finds where a record ends in the buffer (braces outside strings), 32 bytes at a time: the fast part of delimiting
/// records, property-tested against <see cref="System.Text.Json.Utf8JsonReader.TrySkip"/>.
/// </summary>
internal sealed partial class LedgerJsonReader
{
    /// <summary>
    /// The length of the object that starts <paramref name="json"/>, found by matching braces outside strings, or -1
    /// when it does not end within <paramref name="json"/>. Malformed JSON is caught when the record is deserialized.
    /// </summary>
    /// <remarks>
    /// 32 bytes at a time where the hardware has 256-bit vectors: masks of the quotes and braces in a block, the bytes
    /// inside strings by a prefix XOR of the quotes, then only the braces outside strings are visited. A block with a
    /// backslash (an escape in a string) is stepped through byte by byte.
    /// </remarks>
    internal static int RecordEnd(ReadOnlySpan<byte> json)
    {
        int depth = 0;
        bool inString = false;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref byte first = ref MemoryMarshal.GetReference(json);
            while (i <= json.Length - Vector256<byte>.Count)
            {
                Vector256<byte> block = Vector256.LoadUnsafe(ref first, (nuint)i);
                if (Vector256.EqualsAny(block, Vector256.Create((byte)'\\')))
                {
                    int end = ScanBytes(json, ref i, i + Vector256<byte>.Count, ref depth, ref inString);
                    if (end != 0)
                    {
                        return end;
                    }

                    continue;
                }

                uint quotes = Vector256.Equals(block, Vector256.Create((byte)'"')).ExtractMostSignificantBits();
                uint braces = (
                    Vector256.Equals(block, Vector256.Create((byte)'{'))
                    | Vector256.Equals(block, Vector256.Create((byte)'}'))
                ).ExtractMostSignificantBits();

                // Bit k of the prefix XOR is set when byte k is inside a string (an opening quote counts as inside).
                uint inside = quotes;
                inside ^= inside << 1;
                inside ^= inside << 2;
                inside ^= inside << 4;
                inside ^= inside << 8;
                inside ^= inside << 16;
                if (inString)
                {
                    inside = ~inside;
                }

                inString ^= (BitOperations.PopCount(quotes) & 1) != 0;
                for (uint outside = braces & ~inside; outside != 0; outside &= outside - 1)
                {
                    int at = i + BitOperations.TrailingZeroCount(outside);
                    if (json[at] == (byte)'{')
                    {
                        depth++;
                    }
                    else if (--depth == 0)
                    {
                        return at + 1;
                    }
                }

                i += Vector256<byte>.Count;
            }
        }

        int last = ScanBytes(json, ref i, json.Length, ref depth, ref inString);
        return last != 0 ? last : -1;
    }

    /// <summary>
    /// Steps through <paramref name="json"/> from <paramref name="i"/> to at least <paramref name="until"/> (one more
    /// after an escape); returns the object's length when it ends there, else 0 with the state brought forward.
    /// </summary>
    private static int ScanBytes(ReadOnlySpan<byte> json, ref int i, int until, ref int depth, ref bool inString)
    {
        while (i < until)
        {
            byte b = json[i++];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i++; // the escaped byte (beyond the end when the escape is cut off: the caller then reads more)
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }
            }
            else if (b == (byte)'"')
            {
                inString = true;
            }
            else if (b == (byte)'{')
            {
                depth++;
            }
            else if (b == (byte)'}' && --depth == 0)
            {
                return i;
            }
        }

        return 0;
    }
}
