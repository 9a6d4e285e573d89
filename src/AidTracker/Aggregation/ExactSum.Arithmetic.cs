using System.Numerics;
using System.Runtime.CompilerServices;

namespace AidTracker.Aggregation;

// The 256-bit arithmetic behind ExactSum: carries, borrows, the 128 × 128-bit product, and the conversions to and from
// decimal and BigInteger.
internal partial struct ExactSum
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddUnsigned(ulong p0, ulong p1, ulong p2, ulong p3)
    {
        ulong carry;
        (_l0, carry) = AddWithCarry(_l0, p0, 0);
        (_l1, carry) = AddWithCarry(_l1, p1, carry);
        (_l2, carry) = AddWithCarry(_l2, p2, carry);
        ulong before = _l3;
        _l3 = before + p3 + carry;
        CheckOverflow(before, p3, _l3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Subtract(ulong p0, ulong p1, ulong p2, ulong p3)
    {
        // Add the two's complement negation of the product.
        ulong carry;
        (p0, carry) = AddWithCarry(~p0, 1, 0);
        (p1, carry) = AddWithCarry(~p1, 0, carry);
        (p2, carry) = AddWithCarry(~p2, 0, carry);
        p3 = ~p3 + carry;
        AddUnsigned(p0, p1, p2, p3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Sum, ulong Carry) AddWithCarry(ulong a, ulong b, ulong carry)
    {
        ulong sum = a + b;
        ulong c = sum < a ? 1UL : 0UL;
        ulong total = sum + carry;
        return (total, c | (total < sum ? 1UL : 0UL));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Difference, ulong Borrow) SubtractWithBorrow(ulong a, ulong b, ulong borrow)
    {
        ulong difference = a - b;
        ulong c = a < b ? 1UL : 0UL;
        ulong total = difference - borrow;
        return (total, c | (difference < borrow ? 1UL : 0UL));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckOverflow(ulong before, ulong added, ulong after)
    {
        // Two's complement: adding two numbers of the same sign must not change the sign.
        if ((long)(~(before ^ added) & (before ^ after)) < 0)
        {
            ThrowOverflow();
        }
    }

    /// <summary>The 256-bit product of two unsigned 128-bit numbers a1:a0 and b1:b0 (a below 2^110, b below 2^128: the
    /// top bits stay clear).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Multiply(
        ulong a0,
        ulong a1,
        ulong b0,
        ulong b1,
        out ulong p0,
        out ulong p1,
        out ulong p2,
        out ulong p3
    )
    {
        ulong h00 = Math.BigMul(a0, b0, out p0);
        ulong h01 = Math.BigMul(a0, b1, out ulong l01);
        UInt128 middle = (UInt128)h00 + l01;
        UInt128 high = h01;
        if (a1 != 0)
        {
            ulong h10 = Math.BigMul(a1, b0, out ulong l10);
            ulong h11 = Math.BigMul(a1, b1, out ulong l11);
            middle += l10;
            high += (UInt128)h10 + l11 + ((UInt128)h11 << 64);
        }

        p1 = (ulong)middle;
        high += middle >> 64;
        p2 = (ulong)high;
        p3 = (ulong)(high >> 64);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Split(decimal value, out UInt128 mantissa, out int scale, out bool negative)
    {
        Bits bits = default;
        decimal.GetBits(value, bits);
        mantissa = ((UInt128)(uint)bits[2] << 64) | ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        scale = (bits[3] >> 16) & 0xFF;
        negative = bits[3] < 0;
    }

    private static BigInteger Power(int exponent) =>
        exponent < BigPowers.Length ? BigPowers[exponent] : BigInteger.Pow(10, exponent);

    private static BigInteger DivideRounded(BigInteger value, BigInteger divisor)
    {
        BigInteger quotient = BigInteger.DivRem(value, divisor, out BigInteger remainder);
        if (remainder.IsZero)
        {
            return quotient;
        }

        int half = (BigInteger.Abs(remainder) * 2).CompareTo(divisor);
        if (half > 0 || (half == 0 && !quotient.IsEven))
        {
            quotient += value.Sign;
        }

        return quotient;
    }

    private static decimal MakeDecimal(BigInteger mantissa, int scale)
    {
        while (scale > 0 && !mantissa.IsZero && (mantissa % 10).IsZero)
        {
            mantissa /= 10;
            scale--;
        }

        bool negative = mantissa.Sign < 0;
        var magnitude = (UInt128)BigInteger.Abs(mantissa);
        return new decimal(
            (int)(uint)magnitude,
            (int)(uint)(magnitude >> 32),
            (int)(uint)(magnitude >> 64),
            negative,
            (byte)(mantissa.IsZero ? 0 : scale)
        );
    }

    private static UInt128[] BuildPowers()
    {
        var powers = new UInt128[RateScale + 1];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    /// <summary>Room for the four integers of <see cref="decimal.GetBits(decimal, Span{int})"/>, without a stack
    /// allocation.</summary>
    [InlineArray(4)]
    private struct Bits
    {
        private int _element;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOverflow() =>
        throw new OverflowException("A total is outside the range of the exact accumulator (about 10^44).");
}
