using System.Text.Json;
using AidTracker.Serialization;
using BenchmarkDotNet.Attributes;

namespace AidTracker.Benchmarks;

/// <summary>
/// Writing a <see cref="Ledger"/> as JSON (deterministic, amounts as strings) next to serializing the same records as
/// plain DTOs with System.Text.Json (the baseline). Both write to a stream that discards the bytes.
/// </summary>
[MemoryDiagnoser]
public class LedgerJsonWriteBenchmarks
{
    private Ledger _ledger = Ledger.Empty;
    private PlainLedger _plain = new();

    /// <summary>Gets or sets the number of commitments.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Commitments { get; set; }

    /// <summary>Gets the sizes to run.</summary>
    public static IEnumerable<int> Sizes => LedgerBenchmarkData.Sizes;

    /// <summary>Builds the ledger and its plain twin once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _ledger = LedgerBenchmarkData.Build(Commitments);
        _plain = JsonSerializer.Deserialize(
            LedgerBenchmarkData.Write(_ledger),
            PlainLedgerContext.Default.PlainLedger
        )!;
    }

    /// <summary>The baseline: plain DTOs, System.Text.Json (source-generated), to a stream.</summary>
    /// <returns>A task.</returns>
    [Benchmark(Baseline = true)]
    public Task PlainDtos() =>
        JsonSerializer.SerializeAsync(Stream.Null, _plain, PlainLedgerContext.Default.PlainLedger);

    /// <summary>The library: LedgerJson.WriteAsync.</summary>
    /// <returns>A task.</returns>
    [Benchmark]
    public Task LedgerJsonWrite() => LedgerJson.WriteAsync(_ledger, Stream.Null);
}
