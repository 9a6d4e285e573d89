using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AidTracker.Benchmarks;

/// <summary>Money arithmetic next to raw decimal arithmetic: each operation has its own decimal baseline (by
/// category).</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class MoneyArithmeticBenchmarks
{
    private const int N = 1000;
    private readonly decimal[] _amounts = new decimal[N];
    private readonly Money[] _money = new Money[N];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        for (int i = 0; i < N; i++)
        {
            _amounts[i] = random.Next(1, 1_000_000_000) / 100m;
            _money[i] = new Money(_amounts[i], Currency.USD);
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Add")]
    public decimal DecimalAdd()
    {
        decimal sum = 0m;
        foreach (decimal a in _amounts)
        {
            sum += a;
        }

        return sum;
    }

    [Benchmark]
    [BenchmarkCategory("Add")]
    public Money MoneyAdd()
    {
        Money sum = Money.Zero(Currency.USD);
        foreach (Money m in _money)
        {
            sum += m;
        }

        return sum;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Multiply")]
    public decimal DecimalMultiply()
    {
        decimal sum = 0m;
        foreach (decimal a in _amounts)
        {
            sum = a * 1.0477m;
        }

        return sum;
    }

    [Benchmark]
    [BenchmarkCategory("Multiply")]
    public Money MoneyMultiply()
    {
        Money last = default;
        foreach (Money m in _money)
        {
            last = m * 1.0477m;
        }

        return last;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Round")]
    public decimal DecimalRound()
    {
        decimal last = 0m;
        foreach (decimal a in _amounts)
        {
            last = Math.Round(a * 1.0477m, 2, MidpointRounding.ToEven);
        }

        return last;
    }

    [Benchmark]
    [BenchmarkCategory("Round")]
    public Money MoneyRound()
    {
        Money last = default;
        foreach (Money m in _money)
        {
            last = (m * 1.0477m).Round();
        }

        return last;
    }
}
