using System.Numerics;
using System.Runtime.InteropServices;
using AidTracker.Internal;

namespace AidTracker;

public readonly partial struct Money
{
    /// <summary>
    /// Splits this amount into parts in proportion to <paramref name="ratios"/> so that the parts add up exactly to the
    /// whole: <c>USD 100</c> by <c>1, 1, 1</c> gives <c>33.34, 33.33, 33.33</c>.
    /// </summary>
    /// <remarks>
    /// <para>Each part gets its exact share rounded down to whole allocation units; the units left over are handed out
    /// one at a time to the parts with the largest remainders (largest-remainder method), ties going to the earlier
    /// part. So no part differs from its exact share by a whole unit or more, the remainder is never dumped on one
    /// part, and a part whose ratio is zero gets zero. A negative amount is split like its absolute value, every part
    /// negated.</para>
    /// <para>The allocation unit is the currency's minor unit (0.01 for USD, 1 for JPY, 0.001 for KWD). An amount with
    /// more significant decimals than that (say USD 58,825,751.2935, not yet rounded) is split at its own last decimal
    /// so that the parts still add up exactly; round it first with <see cref="Round()"/> for parts in minor units. A
    /// unit without minor units (XAU, XDR) is split at the decimals the amount is written with: <c>1.50 XAU</c> is
    /// split in hundredths, <c>1.5 XAU</c> in tenths.</para>
    /// </remarks>
    /// <param name="ratios">The ratios: zero or positive, at least one positive. Only their proportions matter.</param>
    /// <returns>The parts, one per ratio, in the order of the ratios.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratios"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">There are no ratios, a ratio is negative, or all are zero.</exception>
    public Money[] Allocate(params decimal[] ratios)
    {
        Preconditions.CheckNotNull(ratios);
        return AllocateCore(ratios);
    }

    /// <inheritdoc cref="Allocate(decimal[])" />
    public Money[] Allocate(IReadOnlyList<decimal> ratios)
    {
        Preconditions.CheckNotNull(ratios);
        return ratios switch
        {
            decimal[] array => AllocateCore(array),
            List<decimal> list => AllocateCore(CollectionsMarshal.AsSpan(list)),
            _ => AllocateCore([.. ratios]),
        };
    }

    /// <summary>
    /// Splits this amount into <paramref name="parts"/> equal parts that add up exactly to the whole: the leftover
    /// allocation units go one each to the first parts (<c>USD 100</c> in 3 is <c>33.34, 33.33, 33.33</c>). The
    /// allocation unit is chosen as for <see cref="Allocate(decimal[])"/>.
    /// </summary>
    /// <param name="parts">The number of parts, at least 1.</param>
    /// <returns>The parts; no two differ by more than one allocation unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    public Money[] Split(int parts)
    {
        if (parts < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(parts),
                parts,
                FormattableString.Invariant($"An amount can only be split into 1 or more parts, not {parts}.")
            );
        }

        Currency currency = Currency;
        int decimals = AllocationDecimals(out UInt128 units);
        UInt128 count = (uint)parts;
        UInt128 share = units / count;
        int leftover = (int)(units % count);
        var result = new Money[parts];
        for (int i = 0; i < parts; i++)
        {
            result[i] = new Money(ToDecimal(i < leftover ? share + 1 : share, decimals, _amount < 0m), currency);
        }

        return result;
    }

    private Money[] AllocateCore(ReadOnlySpan<decimal> ratios)
    {
        Preconditions.CheckArgument(
            ratios.Length > 0,
            nameof(ratios),
            "At least one ratio is needed to allocate an amount."
        );
        int ratioScale = 0;
        for (int i = 0; i < ratios.Length; i++)
        {
            if (ratios[i] < 0m)
            {
                throw new ArgumentException(
                    FormattableString.Invariant(
                        $"The ratio at index {i} is {ratios[i]}; ratios must be zero or positive."
                    ),
                    nameof(ratios)
                );
            }

            ratioScale = Math.Max(ratioScale, ratios[i].Scale);
        }

        int decimals = AllocationDecimals(out UInt128 units);
        var shares = new UInt128[ratios.Length];

        // Ratios become integer weights at a common scale, so that every share units * weight / total is an exact
        // fraction. Small weights (the usual case) fit 128-bit arithmetic; others take BigInteger.
        if (!TryAllocateSmall(ratios, ratioScale, units, shares))
        {
            AllocateLarge(ratios, ratioScale, units, shares);
        }

        Currency currency = Currency;
        var result = new Money[ratios.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = new Money(ToDecimal(shares[i], decimals, _amount < 0m), currency);
        }

        return result;
    }

    /// <summary>Allocates with 128-bit integers when the total weight is below 2^32 (units are below 2^96).</summary>
    private static bool TryAllocateSmall(ReadOnlySpan<decimal> ratios, int ratioScale, UInt128 units, UInt128[] shares)
    {
        Span<ulong> weights = ratios.Length <= 64 ? stackalloc ulong[ratios.Length] : new ulong[ratios.Length];
        ulong total = 0;
        for (int i = 0; i < ratios.Length; i++)
        {
            UInt128 weight = Mantissa128(ratios[i]);
            for (int k = ratios[i].Scale; k < ratioScale && weight <= uint.MaxValue; k++)
            {
                weight *= 10;
            }

            if (weight > uint.MaxValue || (total += (ulong)weight) > uint.MaxValue)
            {
                return false;
            }

            weights[i] = (ulong)weight;
        }

        CheckTotal(total == 0, ratios);
        var remainders = new UInt128[ratios.Length];
        UInt128 allotted = 0;
        for (int i = 0; i < ratios.Length; i++)
        {
            UInt128 product = units * weights[i];
            shares[i] = product / total;
            remainders[i] = product % total;
            allotted += shares[i];
        }

        DistributeLeftover(shares, remainders, (int)(units - allotted));
        return true;
    }

    private static void AllocateLarge(ReadOnlySpan<decimal> ratios, int ratioScale, UInt128 units, UInt128[] shares)
    {
        var weights = new BigInteger[ratios.Length];
        BigInteger total = BigInteger.Zero;
        for (int i = 0; i < ratios.Length; i++)
        {
            weights[i] = (BigInteger)Mantissa128(ratios[i]) * BigInteger.Pow(10, ratioScale - ratios[i].Scale);
            total += weights[i];
        }

        CheckTotal(total.IsZero, ratios);
        var whole = (BigInteger)units;
        var remainders = new BigInteger[ratios.Length];
        BigInteger allotted = BigInteger.Zero;
        for (int i = 0; i < ratios.Length; i++)
        {
            BigInteger share = BigInteger.DivRem(whole * weights[i], total, out remainders[i]);
            shares[i] = (UInt128)share;
            allotted += share;
        }

        DistributeLeftover(shares, remainders, (int)(whole - allotted));
    }

    private static void CheckTotal(bool allZero, ReadOnlySpan<decimal> ratios)
    {
        if (allZero)
        {
            throw new ArgumentException(
                FormattableString.Invariant(
                    $"The ratios {string.Join(", ", ratios.ToArray())} are all zero; at least one must be positive."
                ),
                nameof(ratios)
            );
        }
    }

    /// <summary>
    /// Hands the leftover units out one each, largest remainder first, ties to the earlier part. There are fewer
    /// leftover units than parts with a non-zero remainder, so no part gets more than one and a part with ratio zero
    /// gets none.
    /// </summary>
    private static void DistributeLeftover<T>(UInt128[] shares, T[] remainders, int leftover)
        where T : IComparable<T>
    {
        if (leftover == 0)
        {
            return;
        }

        var order = new (T Remainder, int Index)[remainders.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = (remainders[i], i);
        }

        Array.Sort(order, LargestRemainderFirst<T>.Instance);
        for (int k = 0; k < leftover; k++)
        {
            shares[order[k].Index]++;
        }
    }

    /// <summary>
    /// The number of decimals of the allocation unit and the absolute amount counted in those units. Uses the
    /// currency's minor units, or more decimals when the amount has more significant ones; the amount's own scale when
    /// the currency has no minor units; fewer (never fewer than the amount's significant decimals) when the count would
    /// not fit 96 bits.
    /// </summary>
    private int AllocationDecimals(out UInt128 units)
    {
        decimal magnitude = Math.Abs(_amount);
        int scale = magnitude.Scale;
        UInt128 mantissa = Mantissa128(magnitude);
        int significant = scale;
        UInt128 stripped = mantissa;
        while (significant > 0 && stripped % 10 == 0 && stripped != 0)
        {
            stripped /= 10;
            significant--;
        }

        if (mantissa == 0)
        {
            significant = 0;
        }

        int decimals = Currency.MinorUnits is int minorUnits ? Math.Max(minorUnits, significant) : scale;
        UInt128 maxMantissa = ((UInt128)uint.MaxValue << 64) | ulong.MaxValue;
        units = stripped;
        for (int d = significant; d < decimals; d++)
        {
            if (units > maxMantissa / 10)
            {
                return d;
            }

            units *= 10;
        }

        return decimals;
    }

    private static decimal ToDecimal(UInt128 units, int decimals, bool negative)
    {
        ulong low = (ulong)units;
        return new decimal(
            (int)(uint)low,
            (int)(uint)(low >> 32),
            (int)(uint)(units >> 64),
            negative && units != 0,
            (byte)decimals
        );
    }

    private static UInt128 Mantissa128(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        return ((UInt128)(uint)bits[2] << 64) | ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
    }

    /// <summary>Orders parts by descending remainder, then by position.</summary>
    private sealed class LargestRemainderFirst<T> : IComparer<(T Remainder, int Index)>
        where T : IComparable<T>
    {
        public static readonly LargestRemainderFirst<T> Instance = new();

        public int Compare((T Remainder, int Index) x, (T Remainder, int Index) y)
        {
            int byRemainder = y.Remainder.CompareTo(x.Remainder);
            return byRemainder != 0 ? byRemainder : x.Index.CompareTo(y.Index);
        }
    }
}
