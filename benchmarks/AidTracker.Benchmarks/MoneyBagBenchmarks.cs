using BenchmarkDotNet.Attributes;

namespace AidTracker.Benchmarks;

/// <summary>Summing 1,000 amounts in 5 currencies: a <see cref="MoneyBagBuilder"/> next to a dictionary of decimals
/// keyed by code (the baseline).</summary>
[MemoryDiagnoser]
public class MoneyBagBenchmarks
{
    private const int N = 1000;
    private readonly Money[] _money = new Money[N];

    [GlobalSetup]
    public void Setup()
    {
        Currency[] currencies = [Currency.USD, Currency.EUR, Currency.JPY, Currency.GBP, Currency.UAH];
        var random = new Random(42);
        for (int i = 0; i < N; i++)
        {
            _money[i] = new Money(random.Next(1, 1_000_000_000) / 100m, currencies[i % currencies.Length]);
        }
    }

    [Benchmark(Baseline = true)]
    public Dictionary<string, decimal> DictionaryOfDecimals()
    {
        var sums = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (Money m in _money)
        {
            sums[m.Currency.Code] = sums.GetValueOrDefault(m.Currency.Code) + m.Amount;
        }

        return sums;
    }

    [Benchmark]
    public MoneyBag Builder()
    {
        var builder = new MoneyBagBuilder();
        foreach (Money m in _money)
        {
            builder.Add(m);
        }

        return builder.ToMoneyBag();
    }

    [Benchmark]
    public MoneyBag ImmutableAdd()
    {
        MoneyBag bag = MoneyBag.Empty;
        foreach (Money m in _money)
        {
            bag += m;
        }

        return bag;
    }
}
