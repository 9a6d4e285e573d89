using BenchmarkDotNet.Attributes;

namespace AidTracker.Benchmarks;

/// <summary>
/// Allocation next to a naive split (divide, round, put the rest on the last part: the baseline, which is what
/// allocation replaces with an exact, fair split).
/// </summary>
[MemoryDiagnoser]
public class MoneyAllocationBenchmarks
{
    private static readonly decimal[] Ratios = [1m, 2m, 3m, 4m, 5m];
    private readonly Money _whole = new(8_800_000_000m, Currency.JPY);

    [Benchmark(Baseline = true)]
    public Money[] NaiveSplit()
    {
        var parts = new Money[7];
        decimal share = Math.Round(_whole.Amount / 7, 0);
        for (int i = 0; i < 6; i++)
        {
            parts[i] = new Money(share, Currency.JPY);
        }

        parts[6] = new Money(_whole.Amount - (6 * share), Currency.JPY);
        return parts;
    }

    [Benchmark]
    public Money[] Split() => _whole.Split(7);

    [Benchmark]
    public Money[] AllocateByRatios() => _whole.Allocate(Ratios);
}
