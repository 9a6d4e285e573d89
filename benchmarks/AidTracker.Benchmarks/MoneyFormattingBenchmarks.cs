using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace AidTracker.Benchmarks;

/// <summary>Formatting amounts next to <see cref="decimal.ToString(string, IFormatProvider)"/> with group separators
/// (the baseline).</summary>
[MemoryDiagnoser]
public class MoneyFormattingBenchmarks
{
    private readonly decimal _amount = 8_800_000_000m;
    private readonly Money _money = new(8_800_000_000m, Currency.JPY);

    [Benchmark(Baseline = true)]
    public string DecimalToString() => _amount.ToString("N0", CultureInfo.InvariantCulture);

    [Benchmark]
    public string FormatPlain() => _money.ToString();

    [Benchmark]
    public string FormatCompact() => _money.ToString(MoneyFormat.Compact);

    [Benchmark]
    public string FormatWords() => _money.ToString(MoneyFormat.Words);
}
