using System.Text;
using CsCheck;

namespace AidTracker.Tests.Shared.Fuzz;

/// <summary>
/// Mutates real inputs the way damaged, hostile or mislabelled files differ from good ones: truncation, byte flips,
/// insertions (random bytes, or tokens that mean something to the parser), deletions, duplicated ranges, huge repeats
/// of a piece, other line endings, and other encodings of the whole (UTF-16 and UTF-32 with and without byte-order
/// mark, Latin-1, an extra UTF-8 BOM).
/// </summary>
/// <remarks>
/// A case is drawn by CsCheck as (seed index, number of mutations, random seed); the mutations follow from those with
/// <see cref="Random"/>, so a CsCheck seed replays a case exactly, and shrinking tries fewer mutations first.
/// </remarks>
internal static class Mutator
{
    /// <summary>The largest input a mutation produces (a huge repeat is cut there).</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    private static readonly byte[] SpecialBytes =
    [
        0x00,
        0xFF,
        0xFE,
        0x80,
        0xC0,
        0xE2,
        0x1F,
        0x7F,
        (byte)'\n',
        (byte)'\r',
        (byte)'"',
        (byte)'\\',
        (byte)',',
        (byte)'<',
        (byte)'{',
        (byte)'-',
        (byte)'9',
    ];

    /// <summary>The kinds of mutation, for <see cref="Cases"/>' <c>exclude</c>.</summary>
    [Flags]
    public enum Kinds
    {
        None = 0,
        Truncate = 1,
        FlipBytes = 2,
        InsertBytes = 4,
        InsertToken = 8,
        DeleteRange = 16,
        DuplicateRange = 32,
        HugeRepeat = 64,
        LineEndings = 128,
        Encoding = 256,
    }

    /// <summary>Cases made from <paramref name="seeds"/> by 0 to <paramref name="maxMutations"/> mutations, none of the
    /// kinds in <paramref name="exclude"/>.</summary>
    public static Gen<FuzzCase> Cases(
        IReadOnlyList<FuzzSeed> seeds,
        IReadOnlyList<string> tokens,
        int maxMutations = 3,
        Kinds exclude = Kinds.None
    ) =>
        Gen.Select(Gen.Int[0, seeds.Count - 1], Gen.Int[0, maxMutations], Gen.Int, (index, count, seed) =>
            Mutate(seeds[index], tokens, count, seed, exclude)
        );

    /// <summary>Applies <paramref name="count"/> mutations chosen by <paramref name="seed"/>.</summary>
    public static FuzzCase Mutate(
        FuzzSeed from,
        IReadOnlyList<string> tokens,
        int count,
        int seed,
        Kinds exclude = Kinds.None
    )
    {
        var random = new Random(seed);
        byte[] bytes = from.Bytes;
        var applied = new List<string>(count);
        Kinds[] allowed = [.. Enum.GetValues<Kinds>().Where(k => k != Kinds.None && (exclude & k) == 0)];
        for (int i = 0; i < count && allowed.Length > 0; i++)
        {
            Kinds kind = allowed[random.Next(allowed.Length)];
            (bytes, string description) = Apply(kind, bytes, tokens, random);
            applied.Add(description);
            if (bytes.Length > MaxBytes)
            {
                bytes = bytes[..MaxBytes];
            }
        }

        return new FuzzCase(from.Name, string.Join("; ", applied), bytes);
    }

    private static (byte[] Bytes, string Description) Apply(
        Kinds kind,
        byte[] bytes,
        IReadOnlyList<string> tokens,
        Random random
    )
    {
        int at = random.Next(bytes.Length + 1);
        switch (kind)
        {
            case Kinds.Truncate:
                return (bytes[..at], $"truncate at {at}");
            case Kinds.FlipBytes:
            {
                byte[] copy = [.. bytes];
                int flips = random.Next(1, 9);
                for (int i = 0; i < flips && copy.Length > 0; i++)
                {
                    int p = random.Next(copy.Length);
                    copy[p] =
                        random.Next(2) == 0
                            ? SpecialBytes[random.Next(SpecialBytes.Length)]
                            : (byte)(copy[p] ^ random.Next(1, 256));
                }

                return (copy, $"flip {flips} bytes");
            }

            case Kinds.InsertBytes:
            {
                byte[] insert = new byte[random.Next(1, 17)];
                random.NextBytes(insert);
                return (Splice(bytes, at, 0, insert), $"insert {insert.Length} random bytes at {at}");
            }

            case Kinds.InsertToken:
            {
                string token = tokens[random.Next(tokens.Count)];
                return (Splice(bytes, at, 0, Encoding.UTF8.GetBytes(token)), $"insert token {Quote(token)} at {at}");
            }

            case Kinds.DeleteRange:
            {
                int length = random.Next(bytes.Length - at + 1);
                return (Splice(bytes, at, length, []), $"delete {length} bytes at {at}");
            }

            case Kinds.DuplicateRange:
            {
                int length = Math.Min(random.Next(1, 4096), bytes.Length - at);
                byte[] piece = bytes[at..(at + length)];
                int to = random.Next(bytes.Length + 1);
                return (Splice(bytes, to, 0, piece), $"copy {length} bytes from {at} to {to}");
            }

            case Kinds.HugeRepeat:
            {
                byte[] piece =
                    random.Next(3) == 0
                        ? Encoding.UTF8.GetBytes(tokens[random.Next(tokens.Count)])
                        : bytes[at..Math.Min(bytes.Length, at + random.Next(1, 65))];
                if (piece.Length == 0)
                {
                    piece = [(byte)' '];
                }

                int times = Math.Max(1, Math.Min(random.Next(1_000, 1_000_000), MaxBytes / piece.Length));
                byte[] repeated = new byte[piece.Length * times];
                for (int i = 0; i < times; i++)
                {
                    piece.CopyTo(repeated, i * piece.Length);
                }

                return (Splice(bytes, at, 0, repeated), $"repeat {piece.Length} bytes {times:N0} times at {at}");
            }

            case Kinds.LineEndings:
            {
                string ending = random.Next(3) switch
                {
                    0 => "\r\n",
                    1 => "\r",
                    _ => "\n\n",
                };
                return (
                    Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).ReplaceLineEndings(ending)),
                    $"line endings {Quote(ending)}"
                );
            }

            default:
                return Reencode(bytes, random);
        }
    }

    private static (byte[] Bytes, string Description) Reencode(byte[] bytes, Random random)
    {
        string text = Encoding.UTF8.GetString(bytes);
        return random.Next(7) switch
        {
            0 => ([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], "UTF-16LE with BOM"),
            1 => (Encoding.Unicode.GetBytes(text), "UTF-16LE without BOM"),
            2 => (
                [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
                "UTF-16BE with BOM"
            ),
            3 => ([.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)], "UTF-32LE with BOM"),
            4 => (Encoding.Latin1.GetBytes(text), "Latin-1"),
            5 => ([0xEF, 0xBB, 0xBF, .. bytes], "extra UTF-8 BOM"),
            _ => ([.. Encoding.Unicode.GetPreamble(), .. bytes], "UTF-16LE BOM before UTF-8 bytes"),
        };
    }

    private static byte[] Splice(byte[] bytes, int at, int remove, byte[] insert)
    {
        byte[] result = new byte[bytes.Length - remove + insert.Length];
        bytes.AsSpan(0, at).CopyTo(result);
        insert.CopyTo(result, at);
        bytes.AsSpan(at + remove).CopyTo(result.AsSpan(at + insert.Length));
        return result;
    }

    private static string Quote(string token) =>
        "\""
        + (token.Length > 24 ? token[..24] + "..." : token)
            .Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\0", "\\0", StringComparison.Ordinal)
        + "\"";
}
