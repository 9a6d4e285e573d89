using System.Numerics;
using System.Runtime.CompilerServices;

namespace AidTracker.Aggregation;

/// <summary>
/// An exact sum of amounts and of products amount × rate, kept as a 256-bit two's-complement integer at a fixed scale
/// (10^-32: amounts with up to 4 decimals times rates with up to 28), so that adding is exact, associative and
/// commutative, and much faster than <see cref="decimal"/> multiplication, which rounds every product to 28-29 digits.
/// Amounts with more than 4 decimals and rates of 3.4e10 or more (rare) go to per-scale <see cref="BigInteger"/> sums.
/// The sum is turned into a decimal only at the end (<see cref="ToDecimal"/>, <see cref="Round"/>), rounding once.
/// </summary>
/// <remarks>A mutable struct: use it by reference (in arrays), never copy it while adding.</remarks>
internal partial struct ExactSum
{
    /// <summary>The scale of the main sum: 4 decimals of amounts plus 28 of rates.</summary>
    public const int MainScale = 32;
    private const int AmountScale = 4;
    private const int RateScale = 28;

    private static readonly UInt128[] Pow10 = BuildPowers();
    private static readonly ulong[] Pow10Small =
    [
        1,
        10,
        100,
        1_000,
        10_000,
        100_000,
        1_000_000,
        10_000_000,
        100_000_000,
        1_000_000_000,
    ];
    private static readonly UInt128[] RateLimit = [.. Pow10.Take(RateScale + 1).Select(p => UInt128.MaxValue / p)];

    // 1 at scale 28: the fast path's rate of an amount added as it is
    private static readonly decimal One = 1.0000000000000000000000000000m;
    private static readonly BigInteger DecimalLimit = BigInteger.One << 96;
    private static readonly BigInteger[] BigPowers = [.. Enumerable.Range(0, 90).Select(i => BigInteger.Pow(10, i))];

    private ulong _l0;
    private ulong _l1;
    private ulong _l2;
    private ulong _l3;

    // scale -> exact sum at that scale (rare); copied on write, so copies of the struct stay independent
    private Dictionary<int, BigInteger>? _extra;

    /// <summary>Gets a value indicating whether the sum is zero.</summary>
    public readonly bool IsZero => (_l0 | _l1 | _l2 | _l3) == 0 && (_extra is null || _extra.Values.All(v => v.IsZero));

    /// <summary>Adds <paramref name="amount"/> (a rate of exactly 1).</summary>
    public void Add(decimal amount) => AddProduct(amount, One);

    /// <summary>Adds <paramref name="amount"/> × <paramref name="rate"/>, exactly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddProduct(decimal amount, decimal rate)
    {
        Bits bits = default;
        decimal.GetBits(amount, bits);
        int amountFlags = bits[3];
        int amountScale = (amountFlags >> 16) & 0xFF;
        ulong amountLow = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        bool amountFits = bits[2] == 0 && amountScale <= AmountScale;
        decimal.GetBits(rate, bits);
        int k = RateScale - ((bits[3] >> 16) & 0xFF);
        if (amountFits && k <= 9)
        {
            // The common case, without UInt128 arithmetic: an amount below 2^64 with at most 4 decimals, times a rate
            // with at least 19 decimals (28 - 9), both brought to the main scale with one 64-bit multiplication each.
            ulong a1 = Math.BigMul(amountLow, Pow10Small[AmountScale - amountScale], out ulong a0);
            ulong p = Pow10Small[k];
            ulong r1 =
                Math.BigMul(((ulong)(uint)bits[1] << 32) | (uint)bits[0], p, out ulong r0) + ((ulong)(uint)bits[2] * p);
            Multiply(a0, a1, r0, r1, out ulong p0, out ulong p1, out ulong p2, out ulong p3);
            if (amountFlags < 0)
            {
                Subtract(p0, p1, p2, p3);
            }
            else
            {
                AddUnsigned(p0, p1, p2, p3);
            }

            return;
        }

        AddProductSlow(amount, rate);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddProductSlow(decimal amount, decimal rate)
    {
        Split(rate, out UInt128 r, out int rateScale, out _);
        int k = RateScale - rateScale;
        if (r <= RateLimit[k])
        {
            AddCore(amount, r * Pow10[k], RateScale);
        }
        else
        {
            AddCore(amount, r, rateScale);
        }
    }

    /// <summary>
    /// Adds <paramref name="amount"/> × the rate whose value is <paramref name="rate"/> × 10^-28 (see
    /// <see cref="TryNormalizeRate"/>), exactly.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddProductNormalized(decimal amount, UInt128 rate)
    {
        Bits bits = default;
        decimal.GetBits(amount, bits);
        int flags = bits[3];
        int scale = (flags >> 16) & 0xFF;
        if (bits[2] == 0 && scale <= AmountScale)
        {
            ulong a1 = Math.BigMul(
                ((ulong)(uint)bits[1] << 32) | (uint)bits[0],
                Pow10Small[AmountScale - scale],
                out ulong a0
            );
            Multiply(a0, a1, (ulong)rate, (ulong)(rate >> 64), out ulong p0, out ulong p1, out ulong p2, out ulong p3);
            if (flags < 0)
            {
                Subtract(p0, p1, p2, p3);
            }
            else
            {
                AddUnsigned(p0, p1, p2, p3);
            }

            return;
        }

        AddCore(amount, rate, RateScale);
    }

    /// <summary>Returns <paramref name="rate"/> as an integer at scale 10^-28 when it fits in 128 bits (rates below
    /// about 3.4e10), exactly.</summary>
    public static bool TryNormalizeRate(decimal rate, out UInt128 normalized)
    {
        Split(rate, out UInt128 mantissa, out int scale, out bool negative);
        int k = RateScale - scale;
        if (!negative && mantissa != 0 && mantissa <= RateLimit[k])
        {
            normalized = mantissa * Pow10[k];
            return true;
        }

        normalized = 0;
        return false;
    }

    /// <summary>Adds another sum.</summary>
    public void Add(in ExactSum other)
    {
        ulong carry;
        (_l0, carry) = AddWithCarry(_l0, other._l0, 0);
        (_l1, carry) = AddWithCarry(_l1, other._l1, carry);
        (_l2, carry) = AddWithCarry(_l2, other._l2, carry);
        ulong before = _l3;
        _l3 = before + other._l3 + carry;
        CheckOverflow(before, other._l3, _l3);
        if (other._extra is not null)
        {
            foreach ((int scale, BigInteger value) in other._extra)
            {
                AddExtra(scale, value);
            }
        }
    }

    /// <summary>Returns the sum as a decimal with as many significant digits as a decimal holds (28-29), rounded
    /// half-to-even, trailing zeros removed.</summary>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public readonly decimal ToDecimal()
    {
        BigInteger total = ToBigInteger(out int scale);

        // Start near the right scale: about log10(2) digits per bit beyond the 96 bits of a decimal's mantissa.
        long excessBits = (long)BigInteger.Abs(total).GetBitLength() - 96;
        int start = Math.Min(28, excessBits <= 0 ? scale : scale - (int)(excessBits * 30103 / 100000));
        for (int s = Math.Max(start, 0) + 1; s >= 0; s--)
        {
            if (s > Math.Min(28, scale))
            {
                continue;
            }

            BigInteger mantissa = DivideRounded(total, Power(scale - s));
            if (BigInteger.Abs(mantissa) < DecimalLimit)
            {
                return MakeDecimal(mantissa, s);
            }
        }

        throw new OverflowException("A total is outside the range of a decimal.");
    }

    /// <summary>Returns the sum rounded half-to-even to <paramref name="decimals"/> places, exactly from the full sum
    /// (no double rounding).</summary>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public readonly decimal Round(int decimals)
    {
        BigInteger total = ToBigInteger(out int scale);
        BigInteger mantissa =
            decimals >= scale ? total * Power(decimals - scale) : DivideRounded(total, Power(scale - decimals));
        if (BigInteger.Abs(mantissa) >= DecimalLimit || decimals > 28)
        {
            throw new OverflowException("A total is outside the range of a decimal.");
        }

        return MakeDecimal(mantissa, decimals);
    }

    /// <summary>Returns the exact sum as an integer and its scale (the value is the integer × 10^-scale).</summary>
    public readonly BigInteger ToBigInteger(out int scale)
    {
        Span<byte> bytes = stackalloc byte[32];
        BitConverter.TryWriteBytes(bytes, _l0);
        BitConverter.TryWriteBytes(bytes[8..], _l1);
        BitConverter.TryWriteBytes(bytes[16..], _l2);
        BitConverter.TryWriteBytes(bytes[24..], _l3);
        var main = new BigInteger(bytes, isUnsigned: false, isBigEndian: false);
        scale = MainScale;
        if (_extra is null)
        {
            return main;
        }

        int top = Math.Max(MainScale, _extra.Keys.Max());
        BigInteger total = main * Power(top - MainScale);
        foreach ((int s, BigInteger value) in _extra)
        {
            total += value * Power(top - s);
        }

        scale = top;
        return total;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddCore(decimal amount, UInt128 rate, int rateScale)
    {
        Split(amount, out UInt128 a, out int amountScale, out bool negative);
        if (amountScale <= AmountScale && rateScale == RateScale)
        {
            a *= Pow10[AmountScale - amountScale]; // below 2^110: 96 bits times at most 10^4
            Multiply(
                (ulong)a,
                (ulong)(a >> 64),
                (ulong)rate,
                (ulong)(rate >> 64),
                out ulong p0,
                out ulong p1,
                out ulong p2,
                out ulong p3
            );
            if (negative)
            {
                Subtract(p0, p1, p2, p3);
            }
            else
            {
                AddUnsigned(p0, p1, p2, p3);
            }
        }
        else
        {
            BigInteger product = (BigInteger)a * (BigInteger)rate;
            AddExtra(amountScale + rateScale, negative ? -product : product);
        }
    }

    private void AddExtra(int scale, BigInteger value)
    {
        var extra = _extra is null ? [] : new Dictionary<int, BigInteger>(_extra);
        extra[scale] = extra.TryGetValue(scale, out BigInteger sum) ? sum + value : value;
        _extra = extra;
    }
}
