using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace AidTracker.Benchmarks;

/// <summary>Parsing amount phrases next to <see cref="decimal.Parse(string, IFormatProvider)"/> of a plain number (the
/// baseline).</summary>
[MemoryDiagnoser]
public class MoneyParsingBenchmarks
{
    private const string PlainNumber = "8800000000";
    private const string Words = "8.8 billion yen";
    private const string Qualified = "over $12.4 billion";
    private const string Plain = "JPY 8,800,000,000";
    private const string Compact = "¥8.8bn";

    [GlobalSetup]
    public void Setup()
    {
        // Load the ISO table and the default options once, outside the measurement.
        _ = QualifiedMoney.Parse(Qualified);
    }

    [Benchmark(Baseline = true)]
    public decimal DecimalParse() => decimal.Parse(PlainNumber, NumberStyles.Number, CultureInfo.InvariantCulture);

    [Benchmark]
    public Money ParseWords() => Money.Parse(Words);

    [Benchmark]
    public QualifiedMoney ParseQualified() => QualifiedMoney.Parse(Qualified);

    [Benchmark]
    public Money ParsePlain() => Money.Parse(Plain);

    [Benchmark]
    public Money ParseCompact() => Money.Parse(Compact);

    [Benchmark]
    public bool TryParseBad() => Money.TryParse("12.4 bilion USD", out _);
}
