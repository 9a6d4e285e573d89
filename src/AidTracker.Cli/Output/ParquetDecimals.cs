using System.Globalization;
using System.Numerics;
using Parquet.Data;

namespace AidTracker.Cli.Output;

/// <summary>
/// Turns a <see cref="decimal"/> into the unscaled integer of a Parquet <c>DECIMAL(38, scale)</c>, exactly, as a
/// Parquet.Net <see cref="BigDecimal"/>: the value's 96-bit mantissa times a power of ten, in 128-bit integers.
/// </summary>
/// <remarks>
/// Why: Parquet.Net encodes a <see cref="decimal"/> column through <c>BigDecimal.FromDecimal</c>, several
/// <see cref="BigInteger"/> operations and arrays per value; handing it the <see cref="BigDecimal"/> values it encodes
/// directly makes the three decimal columns of <c>export</c> several times cheaper to write (docs/benchmarks.md,
/// "Issue 16"). The values written are the same (ParquetExportTests compare the two writers' files).
/// </remarks>
internal static class ParquetDecimals
{
    /// <summary>The precision of every decimal column of the export.</summary>
    public const int Precision = 38;

    /// <summary>10^0 to 10^38.</summary>
    private static readonly UInt128[] Powers = BuildPowers();

    /// <summary>
    /// The value as a <c>DECIMAL(38, <paramref name="scale"/>)</c>; false when it has more than
    /// <paramref name="scale"/> decimals or more than 38 - <paramref name="scale"/> digits before the point (it
    /// would not be exact).
    /// </summary>
    public static bool TryConvert(decimal value, int scale, out BigDecimal result)
    {
        result = default;
        int shift = scale - value.Scale;
        if (scale is < 0 or > Precision || shift < 0)
        {
            return false;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = new UInt128((uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        UInt128 factor = Powers[shift];
        if (mantissa > (Powers[Precision] - 1) / factor)
        {
            return false;
        }

        var unscaled = (BigInteger)(mantissa * factor);
        result = new BigDecimal(decimal.IsNegative(value) ? -unscaled : unscaled, Precision, scale);
        return true;
    }

    /// <summary>The value as a <c>DECIMAL(38, <paramref name="scale"/>)</c>; the callers have checked that it
    /// fits, so a value that does not is a bug, reported as such.</summary>
    public static BigDecimal Convert(decimal value, int scale) =>
        TryConvert(value, scale, out BigDecimal result)
            ? result
            : throw new InvalidOperationException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The value {value} does not fit DECIMAL({Precision},{scale}) and should have been refused before."
                )
            );

    private static UInt128[] BuildPowers()
    {
        var powers = new UInt128[Precision + 1];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
