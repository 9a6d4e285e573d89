namespace AidTracker.Internal;

/// <summary>
/// Powers and roots in <see cref="decimal"/> (28 to 29 significant digits), for loan arithmetic that must not go
/// through <see cref="double"/>.
/// </summary>
internal static class DecimalMath
{
    /// <summary>Returns <paramref name="x"/> to the power <paramref name="n"/> (n ≥ 0) by repeated squaring.</summary>
    public static decimal Power(decimal x, int n)
    {
        decimal result = 1m;
        decimal square = x;
        while (n > 0)
        {
            if ((n & 1) != 0)
            {
                result *= square;
            }

            n >>= 1;
            if (n > 0)
            {
                square *= square;
            }
        }

        return result;
    }

    /// <summary>
    /// Returns the positive <paramref name="n"/>-th root of <paramref name="x"/> (x &gt; 0, n ≥ 1) by Newton's method
    /// in decimal, to the last digit or two of a decimal (a relative error below 1e-26 for the values loans need: x
    /// near 1).
    /// </summary>
    public static decimal Root(decimal x, int n)
    {
        if (n == 1)
        {
            return x;
        }

        // Start from the double estimate, then refine in decimal: each step doubles the correct digits.
        decimal y = (decimal)Math.Pow((double)x, 1.0 / n);
        for (int i = 0; i < 100; i++)
        {
            decimal yPower = Power(y, n - 1);
            decimal next = y - (((yPower * y) - x) / (n * yPower));
            if (next == y)
            {
                break;
            }

            y = next;
        }

        return y;
    }
}
