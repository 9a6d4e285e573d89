using System.Globalization;
using System.Numerics;
using CsCheck;

namespace AidTracker.Tests.Money;

using Money = AidTracker.Money;

/// <summary>Invariants of Money checked on random inputs (CsCheck shrinks a failure to its simplest case and prints a
/// seed).</summary>
public class MoneyPropertyTests
{
    private const long Iterations = 2_000;

    /// <summary>Every ISO currency, current and withdrawn, funds and metals included.</summary>
    private static readonly Gen<Currency> AnyCurrency = Gen.OneOf([.. Currency.IsoCurrencies]);

    /// <summary>Any decimal: 96-bit mantissa, scale 0 to 28, either sign.</summary>
    private static readonly Gen<decimal> AnyDecimal = Gen.Select(Gen.Int, Gen.Int, Gen.Int, Gen.Bool, Gen.Int[0, 28])
        .Select((lo, mid, hi, negative, scale) => new decimal(lo, mid, hi, negative, (byte)scale));

    /// <summary>Amounts as people quote them: short figures times a power of ten (8.8 billion), or up to 18 digits with
    /// up to 4 decimals.</summary>
    private static readonly Gen<decimal> QuotedAmount = Gen.Frequency(
        (
            1,
            (IGen<decimal>)
                Gen.Select(Gen.Long[-999_999, 999_999], Gen.Int[0, 12], Gen.Int[0, 4])
                    .Select((m, magnitude, scale) => m * Pow10(magnitude) / Pow10(scale))
        ),
        (
            1,
            (IGen<decimal>)
                Gen.Select(Gen.Long[-999_999_999_999_999_999, 999_999_999_999_999_999], Gen.Int[0, 4])
                    .Select((m, scale) => m / Pow10(scale))
        )
    );

    private static readonly Gen<decimal> Amount = Gen.Frequency((3, (IGen<decimal>)QuotedAmount), (1, AnyDecimal));

    private static readonly Gen<AmountQualifier> AnyQualifier = Gen.OneOf(
        AmountQualifier.Exact,
        AmountQualifier.Approximately,
        AmountQualifier.AtLeast,
        AmountQualifier.AtMost
    );

    [Theory]
    [InlineData(MoneyFormat.Plain)]
    [InlineData(MoneyFormat.Words)]
    public void Parse_OfFormat_GivesBackTheSameMoney(MoneyFormat style)
    {
        Gen.Select(Amount, AnyCurrency)
            .Sample(
                (amount, currency) =>
                {
                    var money = new Money(amount, currency);
                    string text = money.ToString(style);

                    Money parsed = Money.Parse(text);

                    parsed.Should().Be(money, "'{0}' should parse back", text);
                },
                iter: Iterations
            );
    }

    [Theory]
    [InlineData(MoneyFormat.Plain)]
    [InlineData(MoneyFormat.Words)]
    public void Parse_OfFormatWithGermanSeparators_GivesBackTheSameMoney(MoneyFormat style)
    {
        var german = new NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };
        AmountParseOptions options = AmountParseOptions.Default.WithFormatProvider(german);

        Gen.Select(Amount, AnyCurrency)
            .Sample(
                (amount, currency) =>
                {
                    var money = new Money(amount, currency);

                    Money.Parse(money.ToString(style, german), options).Should().Be(money);
                },
                iter: Iterations
            );
    }

    [Fact]
    public void Parse_OfCompact_IsWithinHalfAUnitOfTheThirdSignificantDigit()
    {
        Gen.Select(Amount, AnyCurrency)
            .Sample(
                (amount, currency) =>
                {
                    var money = new Money(amount, currency);
                    string text = money.ToString(MoneyFormat.Compact);

                    Money parsed = Money.Parse(text);

                    if (Math.Abs(amount) < 1_000_000m)
                    {
                        parsed.Should().Be(money, "below a million '{0}' is the full amount", text);
                    }
                    else
                    {
                        Math.Abs(parsed.Amount - amount)
                            .Should()
                            .BeLessThanOrEqualTo(Math.Abs(amount) * 0.005m, "'{0}' keeps 3 significant digits", text);
                    }
                },
                iter: Iterations
            );
    }

    [Theory]
    [InlineData(MoneyFormat.Plain)]
    [InlineData(MoneyFormat.Words)]
    public void QualifiedParse_OfFormat_GivesBackTheSameAmountAndQualifier(MoneyFormat style)
    {
        Gen.Select(Amount, AnyCurrency, AnyQualifier)
            .Sample(
                (amount, currency, qualifier) =>
                {
                    var value = new QualifiedMoney(new Money(amount, currency), qualifier);

                    QualifiedMoney.Parse(value.ToString(style)).Should().Be(value);
                },
                iter: Iterations
            );
    }

    [Fact]
    public void Allocate_PartsAddUpAndStayWithinOneUnitOfTheExactShare()
    {
        // Small ratios take the 128-bit path; large or very precise ones the BigInteger path.
        Gen<decimal> ratio = Gen.Frequency(
            (3, (IGen<decimal>)Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 4]).Select((m, s) => m / Pow10(s))),
            (1, (IGen<decimal>)Gen.Select(Gen.Long[0, long.MaxValue], Gen.Int[0, 20]).Select((m, s) => m / Pow10(s)))
        );
        Gen.Select(QuotedAmount, AnyCurrency, ratio.Array[1, 12])
            .Where((_, _, ratios) => ratios.Sum() > 0m)
            .Sample(
                (amount, currency, ratios) =>
                {
                    var whole = new Money(amount, currency);

                    Money[] parts = whole.Allocate(ratios);

                    parts.Should().HaveCount(ratios.Length);
                    parts.Aggregate((a, b) => a + b).Should().Be(whole);
                    decimal unit = 1m / Pow10(ExpectedAllocationDecimals(whole));
                    BigInteger total = Exact(ratios.Sum());
                    for (int i = 0; i < parts.Length; i++)
                    {
                        // |part - amount * ratio / total|
                        // < unit, checked exactly: |part * total - amount * ratio| < unit * total.
                        BigInteger error = BigInteger.Abs(
                            (Exact(parts[i].Amount) * total) - (Exact(amount) * Exact(ratios[i]))
                        );
                        (error < Exact(unit) * total)
                            .Should()
                            .BeTrue("part {0} ({1}) must be within one unit of its exact share", i, parts[i]);
                        (parts[i].Amount / unit)
                            .Should()
                            .Be(decimal.Truncate(parts[i].Amount / unit), "parts are whole units");
                        if (ratios[i] == 0m)
                        {
                            parts[i].IsZero.Should().BeTrue();
                        }
                    }
                },
                iter: Iterations
            );
    }

    [Fact]
    public void Split_PartsAddUpAndDifferByAtMostOneUnit()
    {
        Gen.Select(QuotedAmount, AnyCurrency, Gen.Int[1, 50])
            .Sample(
                (amount, currency, count) =>
                {
                    var whole = new Money(amount, currency);

                    Money[] parts = whole.Split(count);

                    parts.Aggregate((a, b) => a + b).Should().Be(whole);
                    decimal unit = 1m / Pow10(ExpectedAllocationDecimals(whole));
                    (parts.Max(p => p.Amount) - parts.Min(p => p.Amount)).Should().BeLessThanOrEqualTo(unit);
                    parts
                        .Select(p => Math.Abs(p.Amount))
                        .Should()
                        .BeInDescendingOrder("leftover units go to the first parts");
                },
                iter: Iterations
            );
    }

    [Fact]
    public void Add_IsCommutativeAndAssociative()
    {
        // Sums of amounts below 10^18 with up to 8 decimals need at most 27 digits, so decimal addition is exact.
        Gen<decimal> exactRange = Gen.Select(
                Gen.Long[-1_000_000_000_000_000_000, 1_000_000_000_000_000_000],
                Gen.Int[0, 8]
            )
            .Select((m, s) => m / Pow10(s));
        Gen.Select(exactRange, exactRange, exactRange, AnyCurrency)
            .Sample(
                (a, b, c, currency) =>
                {
                    var x = new Money(a, currency);
                    var y = new Money(b, currency);
                    var z = new Money(c, currency);

                    (x + y).Should().Be(y + x);
                    ((x + y) + z).Should().Be(x + (y + z));
                },
                iter: Iterations
            );
    }

    [Fact]
    public void MoneyBag_MergeIsCommutativeAndAssociative()
    {
        Gen<Currency> few = Gen.OneOf(Currency.USD, Currency.JPY, Currency.EUR, Currency.UAH);
        Gen<QualifiedMoney> item = Gen.Select(Gen.Long[-1_000_000_000_000, 1_000_000_000_000], few, AnyQualifier)
            .Select((m, c, q) => new QualifiedMoney(new Money(m / 100m, c), q));
        Gen<MoneyBag> bag = item.Array[0, 8].Select(items => MoneyBag.From(items));
        Gen.Select(bag, bag, bag)
            .Sample(
                (a, b, c) =>
                {
                    (a + b).Equals(b + a).Should().BeTrue();
                    ((a + b) + c).Equals(a + (b + c)).Should().BeTrue();
                },
                iter: Iterations
            );
    }

    /// <summary>The allocation rule, written independently of the implementation.</summary>
    private static int ExpectedAllocationDecimals(Money money)
    {
        int significant = (money.Amount / 1.0000000000000000000000000000m).Scale;
        return money.Currency.MinorUnits is int minor ? Math.Max(minor, significant) : money.Amount.Scale;
    }

    /// <summary>A decimal as an exact integer count of 10^-28.</summary>
    private static BigInteger Exact(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        var mantissa =
            new BigInteger((uint)bits[0])
            + (new BigInteger((uint)bits[1]) << 32)
            + (new BigInteger((uint)bits[2]) << 64);
        int scale = (bits[3] >> 16) & 0xFF;
        BigInteger result = mantissa * BigInteger.Pow(10, 28 - scale);
        return value < 0m ? -result : result;
    }

    private static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
