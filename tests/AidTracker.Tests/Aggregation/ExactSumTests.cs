using System.Numerics;
using AidTracker.Aggregation;
using CsCheck;

namespace AidTracker.Tests.Aggregation;

/// <summary>The exact accumulator against BigInteger arithmetic: sums of products are exact, and rounding happens
/// once.</summary>
public class ExactSumTests
{
    private static readonly Gen<decimal> Amounts = Gen.Frequency(
        (
            4,
            (IGen<decimal>)
                Gen.Select(Gen.Long[-999_999_999_999_999, 999_999_999_999_999], Gen.Int[0, 4])
                    .Select((m, s) => new decimal(m) / Pow10(s))
        ),
        (
            1,
            Gen.Select(Gen.Int, Gen.Int, Gen.Int[0, int.MaxValue], Gen.Bool, Gen.Int[0, 28])
                .Select((lo, mid, hi, negative, scale) => new decimal(lo, mid, hi, negative, (byte)scale))
        )
    );

    private static readonly Gen<decimal> Rates = Gen.Frequency(
        (
            4,
            (IGen<decimal>)
                Gen.Select(Gen.Long[1, long.MaxValue], Gen.Int[10, 28]).Select((m, s) => new decimal(m) / Pow10(s))
        ),
        (
            1,
            Gen.Select(Gen.Int, Gen.Int, Gen.Int[1, int.MaxValue], Gen.Int[0, 28])
                .Select((lo, mid, hi, scale) => new decimal(lo, mid, hi, false, (byte)scale))
        )
    );

    [Fact]
    public void AddProduct_ManyTerms_EqualsTheBigIntegerSum()
    {
        Gen.Select(Amounts, Rates)
            .Array[1, 30]
            .Sample(
                terms =>
                {
                    var sum = default(ExactSum);
                    BigRational expected = BigRational.Zero;
                    foreach ((decimal amount, decimal rate) in terms)
                    {
                        sum.AddProduct(amount, rate);
                        expected += BigRational.Of(amount) * BigRational.Of(rate);
                    }

                    BigInteger actual = sum.ToBigInteger(out int scale);
                    new BigRational(actual, scale).Should().Be(expected);
                },
                iter: 2_000
            );
    }

    [Fact]
    public void Merge_InAnyOrder_GivesTheSameSum()
    {
        Gen.Select(Amounts, Rates)
            .Array[3, 12]
            .Sample(
                terms =>
                {
                    var forward = default(ExactSum);
                    var backward = default(ExactSum);
                    foreach ((decimal amount, decimal rate) in terms)
                    {
                        forward.AddProduct(amount, rate);
                    }

                    var parts = new ExactSum[terms.Length];
                    for (int i = 0; i < terms.Length; i++)
                    {
                        parts[i].AddProduct(terms[i].Item1, terms[i].Item2);
                    }

                    for (int i = terms.Length - 1; i >= 0; i--)
                    {
                        backward.Add(in parts[i]);
                    }

                    forward.ToBigInteger(out int s1).Should().Be(backward.ToBigInteger(out int s2));
                    s1.Should().Be(s2);
                },
                iter: 1_000
            );
    }

    [Fact]
    public void Round_HalfToEvenFromTheExactSum()
    {
        var sum = default(ExactSum);
        sum.Add(1.005m);
        sum.Add(1.005m);
        sum.Add(1.005m);
        sum.Round(2).Should().Be(3.02m);
        sum.ToDecimal().Should().Be(3.015m);
        sum.ToDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("3.015");

        var half = default(ExactSum);
        half.Add(2.5m);
        half.Round(0).Should().Be(2m);
        half.Add(-5m);
        half.Round(0).Should().Be(-2m);
    }

    [Fact]
    public void ToDecimal_WorkedExample_IsTheDecimalProductOfTheEcbCross()
    {
        decimal rate = 1m / 156.73m * 1.0477m;
        var sum = default(ExactSum);
        sum.AddProduct(8_800_000_000m, rate);

        sum.Round(2).Should().Be(58_825_751.29m);
        sum.ToDecimal().Should().Be(8_800_000_000m * rate);
    }

    [Fact]
    public void Round_Random_MatchesBigIntegerRounding()
    {
        Gen.Select(Amounts, Rates, Gen.Int[0, 4])
            .Sample(
                (amount, rate, decimals) =>
                {
                    var sum = default(ExactSum);
                    sum.AddProduct(amount, rate);
                    BigRational exact = BigRational.Of(amount) * BigRational.Of(rate);
                    BigRational bound = BigRational.Of(79_228_162_514_264_337_593_543_950_335m);
                    if (exact.Abs() * new BigRational(BigInteger.Pow(10, decimals), 0) >= bound)
                    {
                        return; // outside a decimal's range: covered by the overflow test
                    }

                    sum.Round(decimals).Should().Be(exact.RoundHalfEven(decimals));
                },
                iter: 2_000
            );
    }

    [Fact]
    public void Round_TotalBeyondDecimal_ThrowsOverflow()
    {
        var sum = default(ExactSum);
        sum.AddProduct(decimal.MaxValue, 1000m);

        Action act = () => sum.Round(2);

        act.Should().Throw<OverflowException>();
    }

    private static decimal Pow10(int exponent)
    {
        decimal p = 1m;
        for (int i = 0; i < exponent; i++)
        {
            p *= 10m;
        }

        return p;
    }

    /// <summary>A rational m × 10^-s, enough for exact reference arithmetic on decimals.</summary>
    private readonly record struct BigRational(BigInteger Mantissa, int Scale)
    {
        public static BigRational Zero => new(BigInteger.Zero, 0);

        public static BigRational Of(decimal value)
        {
            int[] bits = decimal.GetBits(value);
            var mantissa =
                new BigInteger((uint)bits[0])
                | (new BigInteger((uint)bits[1]) << 32)
                | (new BigInteger((uint)bits[2]) << 64);
            return new BigRational(bits[3] < 0 ? -mantissa : mantissa, (bits[3] >> 16) & 0xFF);
        }

        public static BigRational operator +(BigRational a, BigRational b)
        {
            int scale = Math.Max(a.Scale, b.Scale);
            return new BigRational(
                (a.Mantissa * BigInteger.Pow(10, scale - a.Scale)) + (b.Mantissa * BigInteger.Pow(10, scale - b.Scale)),
                scale
            );
        }

        public static BigRational operator *(BigRational a, BigRational b) =>
            new(a.Mantissa * b.Mantissa, a.Scale + b.Scale);

        public BigRational Abs() => new(BigInteger.Abs(Mantissa), Scale);

        public bool Equals(BigRational other)
        {
            int scale = Math.Max(Scale, other.Scale);
            return Mantissa * BigInteger.Pow(10, scale - Scale)
                == other.Mantissa * BigInteger.Pow(10, scale - other.Scale);
        }

        public override int GetHashCode() => 0;

        public static bool operator >=(BigRational a, BigRational b)
        {
            int scale = Math.Max(a.Scale, b.Scale);
            return a.Mantissa * BigInteger.Pow(10, scale - a.Scale) >= b.Mantissa * BigInteger.Pow(10, scale - b.Scale);
        }

        public static bool operator <=(BigRational a, BigRational b) => b >= a;

        public decimal RoundHalfEven(int decimals)
        {
            BigInteger divisor = BigInteger.Pow(10, Math.Max(0, Scale - decimals));
            BigInteger q = BigInteger.DivRem(
                Mantissa * BigInteger.Pow(10, Math.Max(0, decimals - Scale)),
                divisor,
                out BigInteger r
            );
            int c = (BigInteger.Abs(r) * 2).CompareTo(divisor);
            if (c > 0 || (c == 0 && !q.IsEven))
            {
                q += Mantissa.Sign;
            }

            return (decimal)q / (decimal)BigInteger.Pow(10, decimals);
        }
    }
}
